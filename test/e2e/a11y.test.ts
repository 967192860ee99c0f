/** axe-core (WCAG 2.2 A/AA rules) on every page type, in both languages, in light and dark, on a phone and a desktop. */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { readOfficial, readOracle } from '../helpers/oracle.ts';
import { LOCALES, type PageType, pagePaths, prefix } from '../helpers/pages.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: BrowserContext;
const paths = pagePaths(readOracle(), readOfficial());
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe('accessibility (axe-core)', () => {
  for (const locale of LOCALES) {
    for (const [type, path] of Object.entries(paths) as [PageType, string][]) {
      it(`${type} in ${locale}: no violations in light and dark, at 360 px and 1280 px`, {
        timeout: 120_000,
      }, async () => {
        const page = await browser.newPage();
        const found: string[] = [];
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const width of [360, 1280]) {
            await page.setViewportSize({ width, height: 800 });
            await page.goto(`${server.origin}${prefix(locale, path)}`, { waitUntil: 'networkidle' });
            const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
            for (const v of violations) {
              const nodes = v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ');
              found.push(`${scheme} ${width}px: ${v.id} (${v.impact}) ${v.help} — ${nodes}`);
            }
          }
        }
        expect(found).toEqual([]);
        await page.close();
      });
    }
  }
});
