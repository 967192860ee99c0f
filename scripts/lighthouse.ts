/**
 * `npm run lighthouse`: Lighthouse (mobile) on every page type of the built site, in both languages, served by the
 * built Worker on workerd with a synced local D1 (as the browser tests do). Prints one row per page: the category
 * scores and the page's transfer size. Scores vary with the machine's load; run it on an idle machine.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readOfficial, readOracle } from '../test/helpers/oracle.ts';
import { LOCALES, type PageType, pagePaths, prefix } from '../test/helpers/pages.ts';
import { startServer } from '../test/helpers/server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.ts';

const only = process.argv.slice(2);
const server = await startServer();
const chrome = await launch({ chromePath: await chromiumPath(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
const rows: string[][] = [];
try {
  const paths = Object.entries(pagePaths(readOracle(), readOfficial())) as [PageType, string][];
  for (const locale of LOCALES) {
    for (const [type, path] of paths) {
      if (type === 'not-found' || (only.length > 0 && !only.includes(type))) continue;
      const result = await lighthouse(`${server.origin}${prefix(locale, path)}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
      });
      if (!result) throw new Error(`no Lighthouse result for ${path}`);
      const { categories, audits } = result.lhr;
      const scores = Object.values(categories).map(
        (c) => `${c.title.split(' ')[0]} ${Math.round((c.score ?? 0) * 100)}`,
      );
      const bytes = (audits['total-byte-weight']?.numericValue ?? 0) / 1024;
      rows.push([`${type} (${locale})`, ...scores, `${bytes.toFixed(1)} KB`]);
      console.log(rows.at(-1)?.join('  '));
      const failing = Object.values(categories)
        .flatMap((c) => c.auditRefs)
        .map((ref) => audits[ref.id])
        .filter(
          (a) =>
            a &&
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual',
        );
      for (const a of failing.slice(0, 6))
        console.log(`    ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    }
  }
} finally {
  await chrome.kill();
  server.stop();
}
