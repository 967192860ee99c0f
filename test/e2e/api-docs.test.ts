/**
 * The API docs pages (/data/api/, /en/data/api/) on the built Worker: every route of the served OpenAPI document is
 * documented with a runnable example that answers 200, every problem type the API can point to has its anchor.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../functions/lib/problem.ts';
import { API_BASE, type DocOperation, type OpenApiDoc, operationsOf } from '../helpers/api.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: BrowserContext;
let operations: DocOperation[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const doc = (await (await fetch(`${server.origin}${API_BASE}/openapi.json`)).json()) as OpenApiDoc;
  operations = operationsOf(doc);
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const PAGES = [
  ['/data/api/', 'id'],
  ['/en/data/api/', 'en'],
] as const;

/** Opens a docs page, checking it answers 200 in its language and loads no script. */
async function open(path: string, lang: string): Promise<Page> {
  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const response = await page.goto(`${server.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  expect(scripts, `${path} loads no script`).toEqual([]);
  return page;
}

/** A documented path template as a pattern for the paths of its examples. */
const templatePattern = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/?]+')}(\\?|$)`);

describe.each(PAGES)('API docs page %s', (path, lang) => {
  it('documents every route of the OpenAPI document, with its parameters', async () => {
    expect(operations.length).toBeGreaterThan(0);
    const page = await open(path, lang);
    for (const op of operations) {
      const section = page.locator(`[data-endpoint="${op.method} ${op.path}"]`);
      expect(await section.count(), `${op.method} ${op.path}`).toBe(1);
      expect(await section.locator('[data-path]').textContent()).toBe(op.path);
      if (op.summary) expect(await section.textContent()).toContain(op.summary);
      for (const param of op.parameters.filter((p) => p.in === 'query' || p.in === 'path')) {
        const row = section.locator(`[data-param="${param.name}"]`);
        expect(await row.count(), `${op.path} documents ${param.name}`).toBe(1);
        for (const value of param.schema.enum ?? []) expect(await row.textContent()).toContain(String(value));
      }
    }
    const documented = await page.locator('[data-endpoint]').count();
    expect(documented, 'no endpoint on the page that the document lacks').toBe(operations.length);
    await page.close();
  });

  it('gives each endpoint an example that answers 200 from the real server, and its curl command', async () => {
    const page = await open(path, lang);
    for (const op of operations) {
      const section = page.locator(`[data-endpoint="${op.method} ${op.path}"]`);
      const href = (await section.locator('a[data-example]').getAttribute('href')) ?? '';
      expect(href, `${op.path} example`).toMatch(templatePattern(op.path));
      const response = await page.request.get(`${server.origin}${href}`);
      expect(response.status(), href).toBe(200);
      const command = (await section.locator('pre').textContent()) ?? '';
      expect(command).toMatch(/^curl /);
      expect(command).toContain(`${href}'`);
    }
    await page.close();
  });

  it('has an anchor for every problem type, as the API points to them', async () => {
    const page = await open(path, lang);
    for (const type of Object.keys(PROBLEM_TYPES)) {
      expect(await page.locator(`[id="problem-${type}"]`).count(), type).toBe(1);
    }
    const problem = (await (await fetch(`${server.origin}${API_BASE}/villages?status=~`)).json()) as { type: string };
    const anchor = new URL(problem.type, server.origin).hash;
    expect(await page.locator(anchor).count(), problem.type).toBe(1);
    await page.close();
  });

  it('links every other example to a working request, and the error example to its problem', async () => {
    const page = await open(path, lang);
    const hrefs = (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const working = await hrefs('main a[href^="/api/"]:not([data-problem-example])');
    expect(working.length).toBeGreaterThan(operations.length);
    for (const href of new Set(working)) {
      expect((await page.request.get(`${server.origin}${href}`)).status(), href).toBe(200);
    }
    const problems = await hrefs('main a[data-problem-example]');
    expect(problems).toHaveLength(1);
    const response = await page.request.get(`${server.origin}${problems[0]}`);
    expect(response.status(), problems[0]).toBe(400);
    expect(response.headers()['content-type']).toMatch(/^application\/problem\+json/);
    await page.close();
  });
});

it('is linked from the data page', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/data/`);
  expect(await page.locator('a[href="/data/api/"]').count()).toBeGreaterThan(0);
  await page.close();
});
