/**
 * /admin/ on the built Worker, in headless Chromium with no network beyond 127.0.0.1: the real Sveltia CMS, signed in
 * with "Work with Local Repository" on a copy of the content (local-repo.ts), lists every collection of the generated
 * config and writes files the content schema still accepts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { EntryCollection, Field } from '@sveltia/cms';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { backendFromEnv } from '../../src/cms/backend.ts';
import { COLLECTIONS } from '../../src/cms/collections.ts';
import { cmsConfig } from '../../src/cms/config.ts';
import { readVendorFile } from '../../src/cms/vendor.ts';
import { BEFORE_LABEL } from '../../src/cms/village-year.ts';
import { parseMarkdownFile } from '../../src/content-model/frontmatter.ts';
import { villageSchema } from '../../src/content-model/schema.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { startServer } from '../helpers/server.ts';
import { contentFiles, contentSnapshot, entryCollections, escapeRegExp, filesByCollection } from './layout.ts';
import { readRepoFile, useFakeRepository } from './local-repo.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: BrowserContext;
let collections: EntryCollection[];
let files: Map<string, string[]>;
let snapshot: Record<string, string>;
const blocked: { url: string; type: string }[] = [];

/** Sveltia's own English UI strings, so no button text is typed in here. */
async function sveltiaStrings(): Promise<Record<string, string>> {
  const root = dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));
  return JSON.parse(await readFile(join(root, 'locales/en-US.json'), 'utf8'));
}
let ui: Record<string, string>;

beforeAll(async () => {
  [server, browser, ui] = await Promise.all([startServer(), launchBrowser(), sveltiaStrings()]);
  const config = parse(await (await fetch(`${server.origin}/admin/config.yml`)).text());
  collections = entryCollections(config);
  const all = await contentFiles();
  files = filesByCollection(config, all);
  snapshot = await contentSnapshot(all);
  const local = new URL(server.origin).host;
  await browser.route('**/*', (route) => {
    const request = route.request();
    if (new URL(request.url()).host === local) return route.continue();
    blocked.push({ url: request.url(), type: request.resourceType() });
    return route.abort();
  });
  await useFakeRepository(browser, snapshot);
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** /admin/ signed in to the local repository (once per browser; Sveltia keeps the folder afterwards). */
async function openCms(page: Page, hash = '') {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/admin/${hash}`);
  const local = page.getByRole('button', { name: ui.work_with_local_repo });
  const list = page.getByRole('tree', { name: 'Collection List' });
  await local.or(list).first().waitFor();
  if (await local.isVisible()) await local.click();
  await list.waitFor();
  return errors;
}

const fieldAt = (fields: readonly Field[], path: string): Field => {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head) as Field & { fields?: Field[] };
  if (!field) throw new Error(`no field ${path}`);
  return rest.length ? fieldAt(field.fields ?? [], rest.join('.')) : field;
};
const getAt = (data: any, path: string) => path.split('.').reduce((v, k) => v?.[k], data);
const setAt = (data: any, path: string, value: unknown) => {
  const keys = path.split('.');
  keys.slice(0, -1).reduce((v, k) => v[k], data)[keys[keys.length - 1]] = value;
};
/** What a file's frontmatter has, lists collapsed: files of the same shape exercise the same widgets. */
const shape = (value: unknown, prefix = ''): string[] =>
  Array.isArray(value)
    ? value.flatMap((v) => shape(v, `${prefix}[]`))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [`${prefix}.${k}`, ...shape(v, `${prefix}.${k}`)])
      : [];
const entryRoute = (c: EntryCollection, file: string) =>
  `#/collections/${c.name}/entries/${relative(c.folder, file).replace(/\.md$/, '')}`;

/**
 * Offline, Sveltia only misses its web fonts (jsDelivr) and two status fetches (its update check, GitHub's status);
 * every script it runs, the import-mapped Immutable included, comes from the site.
 */
function expectNothingExternalButFontsAndChecks() {
  expect(blocked.filter((r) => r.type !== 'font' && r.type !== 'fetch')).toEqual([]);
}

async function save(page: Page) {
  await page.getByRole('button', { name: ui.save, exact: true }).click();
  await page.waitForURL((url) => !url.hash.includes('/entries/'));
}

describe('CMS at /admin/', () => {
  it('serves the config generated from the schema, and Sveltia from node_modules', async () => {
    const served = parse(await (await fetch(`${server.origin}/admin/config.yml`)).text());
    const expected = cmsConfig({ ...backendFromEnv(process.env), news: server.content.news });
    expect(served).toEqual(JSON.parse(JSON.stringify(expected)));
    const script = await fetch(`${server.origin}/admin/sveltia-cms.js`);
    expect(Buffer.from(await script.arrayBuffer()).equals(await readVendorFile('sveltia-cms.js'))).toBe(true);
  });

  it('loads offline in Chromium and lists every collection with its entries', async () => {
    const page = await browser.newPage();
    const errors = await openCms(page);
    const list = page.getByRole('tree', { name: 'Collection List' });
    expect(collections.map((c) => c.name)).toEqual(COLLECTIONS.map((c) => c.name));
    for (const c of collections) {
      const item = list.getByRole('treeitem', { name: c.label, exact: true });
      const text = (await item.textContent()) ?? '';
      const count = text.match(new RegExp(`${escapeRegExp(c.label ?? c.name)}\\s*(\\d+)`))?.[1];
      expect(Number(count), c.name).toBe(files.get(c.name)?.length);
    }
    expect(errors).toEqual([]);
    expectNothingExternalButFontsAndChecks();
    await page.close();
  });

  it('saves every kind of entry as a file the schema accepts, changed only where edited', async () => {
    const page = await browser.newPage();
    await openCms(page);
    for (const c of collections) {
      const schema = COLLECTIONS.find((s) => s.name === c.name)?.schema;
      const idPath = c.identifier_field ?? 'title';
      const label = fieldAt(c.fields, idPath).label ?? idPath;
      const samples = new Map<string, string>();
      for (const file of files.get(c.name) ?? []) {
        const key = [...new Set(shape(parseMarkdownFile(snapshot[file]).data))].sort().join();
        if (!samples.has(key)) samples.set(key, file);
      }
      expect(samples.size, c.name).toBeGreaterThan(0);
      for (const file of samples.values()) {
        const original = parseMarkdownFile(snapshot[file]);
        await page.goto(`${server.origin}/admin/${entryRoute(c, file)}`);
        const box = page.getByRole('textbox', { name: label, exact: true }).first();
        expect(await box.inputValue(), file).toBe(getAt(original.data, idPath));
        const edited = `${getAt(original.data, idPath)} (uji)`;
        await box.fill(edited);
        await save(page);
        await expect.poll(() => readRepoFile(page, file)).toContain(edited);
        const saved = parseMarkdownFile(await readRepoFile(page, file));
        const expected = structuredClone(original.data);
        setAt(expected, idPath, edited);
        expect(schema?.parse(saved.data), file).toEqual(schema?.parse(expected));
        expect(saved.body.trim(), file).toBe(original.body.trim());
      }
    }
    expectNothingExternalButFontsAndChecks();
    await page.close();
  }, 180_000);

  it('creates a village inside the regency folder that is open, as a file the schema accepts', async () => {
    const page = await browser.newPage();
    await openCms(page);
    const villages = collections.find((c) => c.name === 'villages') as EntryCollection;
    const model = (files.get('villages') ?? [])
      .map((file) => ({ file, data: parseMarkdownFile(snapshot[file]).data as Record<string, any> }))
      .find(({ data }) => typeof data.year === 'number');
    if (!model) throw new Error('no village with a plain year in the content');
    const folder = dirname(relative(villages.folder, model.file));
    const name = `${model.data.name} Baru`;
    const expected: Record<string, any> = { ...model.data, name, sources: [model.data.sources[0]] };
    delete expected.note;
    delete expected.sourceName;
    const label = (path: string) => fieldAt(villages.fields, path).label ?? path;
    const option = (path: string, value: unknown) =>
      (fieldAt(villages.fields, path) as { options: { label: string; value: unknown }[] }).options.find(
        (o) => o.value === value,
      )?.label ?? String(value);

    await page.goto(`${server.origin}/admin/#/collections/villages/new?path=${folder}`);
    await page.getByRole('textbox', { name: label('code'), exact: true }).fill(expected.code);
    await page.getByRole('textbox', { name: label('name'), exact: true }).fill(name);
    await page.getByRole('radio', { name: option('status', expected.status), exact: true }).check();
    await page.getByRole('spinbutton').or(page.locator(`input[type=number]`)).first().fill(String(expected.year));
    await page.getByRole('combobox', { name: label('sources'), exact: true }).click();
    await page.getByRole('option', { name: option('sources', expected.sources[0]) }).click();
    await save(page);

    const file = `${villages.folder}/${folder}/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.md`;
    await expect.poll(() => readRepoFile(page, file).catch(() => '')).toContain(name);
    const saved = parseMarkdownFile(await readRepoFile(page, file));
    expect(villageSchema.parse(saved.data)).toEqual(villageSchema.parse(expected));
    expectNothingExternalButFontsAndChecks();
    await page.close();
  }, 60_000);

  it('edits a village year as a year, or as { before: year } with the "sebelum" box', async () => {
    const page = await browser.newPage();
    await openCms(page);
    const villages = collections.find((c) => c.name === 'villages') as EntryCollection;
    const yearIn = (text: string) => (parseMarkdownFile(text).data as { year?: unknown }).year;
    const file = (files.get('villages') ?? []).find((f) => typeof yearIn(snapshot[f]) === 'number');
    if (!file) throw new Error('no village with a plain year in the content');
    const year = yearIn(snapshot[file]) as number;
    const before = page.getByRole('checkbox', { name: BEFORE_LABEL });
    const yearOf = async () => yearIn(await readRepoFile(page, file));

    await page.goto(`${server.origin}/admin/${entryRoute(villages, file)}`);
    expect(await before.isChecked()).toBe(false);
    await before.check();
    await save(page);
    await expect.poll(yearOf).toEqual({ before: year });

    await page.goto(`${server.origin}/admin/${entryRoute(villages, file)}`);
    expect(await before.isChecked()).toBe(true);
    await before.uncheck();
    await save(page);
    await expect.poll(yearOf).toBe(year);
    expectNothingExternalButFontsAndChecks();
    await page.close();
  }, 60_000);
});
