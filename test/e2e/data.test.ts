/** Downloads, feeds and sitemaps as the built site serves them, checked against the content files. */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOfficial, readOracle } from '../helpers/oracle.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const oracle = readOracle();
const official = readOfficial();

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

const get = async (path: string) => {
  const response = await fetch(`${server.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response;
};
/** Data rows of an RFC 4180 document (CRLF records; fields here hold no line breaks but quoted ones may). */
const csvRecords = (text: string) =>
  text
    .split('\r\n')
    .filter((line) => line !== '')
    .slice(1);

describe('downloads', () => {
  it('the zip holds README, field descriptions, licences, every CSV and the JSON, with one row per content entry', async () => {
    const zip = unzipSync(new Uint8Array(await (await get('/data/atlas-desa-bersinar.zip')).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(
      [
        'FIELDS.md',
        'LICENSES.md',
        'README.md',
        'atlas-desa-bersinar.json',
        'figures.csv',
        'indicators.csv',
        'regencies.csv',
        'sources.csv',
        'villages.csv',
      ].sort(),
    );
    const licences = strFromU8(zip['LICENSES.md']);
    for (const name of ['CC BY 4.0', 'ODbL', 'MIT License', 'Cahya DSN']) expect(licences).toContain(name);
    const figures = oracle.reports.reduce((n, r) => n + r.figures.length, 0);
    expect(csvRecords(strFromU8(zip['villages.csv']))).toHaveLength(oracle.villages.length);
    expect(csvRecords(strFromU8(zip['figures.csv']))).toHaveLength(figures);
    expect(csvRecords(strFromU8(zip['regencies.csv']))).toHaveLength(oracle.regencies.length);
    expect(csvRecords(strFromU8(zip['sources.csv']))).toHaveLength(oracle.news.length);
    const json = JSON.parse(strFromU8(zip['atlas-desa-bersinar.json']));
    const { villages } = json.tables;
    const codes = villages.rows.map((row: unknown[]) => row[villages.columns.indexOf('code')]);
    expect(codes.sort()).toEqual(oracle.villages.map((v) => v.code).sort());
    expect(json.tables.figures.rows).toHaveLength(figures);
    // every field described in FIELDS.md is a column of its CSV
    const fields = strFromU8(zip['FIELDS.md']);
    const header = strFromU8(zip['villages.csv']).split('\r\n')[0].split(',');
    for (const column of header) expect(fields).toContain(`\`${column}\``);
  });

  it('the CSV and JSON files the data page links to are the ones in the zip', async () => {
    const zip = unzipSync(new Uint8Array(await (await get('/data/atlas-desa-bersinar.zip')).arrayBuffer()));
    for (const name of ['villages.csv', 'figures.csv', 'atlas-desa-bersinar.json']) {
      expect(await (await get(`/data/${name}`)).text()).toBe(strFromU8(zip[name]));
      expect(await (await get('/data/')).text()).toContain(`href="/data/${name}"`);
    }
  });

  it('percent of target in figures.csv is computed from target and realization', async () => {
    const text = await (await get('/data/figures.csv')).text();
    const [header, ...rows] = text
      .split('\r\n')
      .filter(Boolean)
      .map((l) => l.split(','));
    const col = (name: string) => header.indexOf(name);
    for (const row of rows.filter((r) => r[col('target')] && r[col('realization')] && Number(r[col('target')]) > 0)) {
      const expected = Math.round((Number(row[col('realization')]) * 1000) / Number(row[col('target')])) / 10;
      expect(Number(row[col('percent_of_target')])).toBe(expected);
    }
  });
});

describe('feeds and sitemaps', () => {
  it('the national feed in both languages lists every source; each regency has its own feed', async () => {
    for (const path of ['/rss.xml', '/en/rss.xml']) {
      const xml = await (await get(path)).text();
      expect(xml.match(/<item>/g)?.length).toBe(oracle.news.length);
    }
    for (const regency of oracle.regencies) {
      const xml = await (await get(`/kabupaten/${regency.slug}/rss.xml`)).text();
      expect(xml.match(/<item>/g)?.length ?? 0).toBe(oracle.news.filter((n) => n.regency === regency.folder).length);
    }
  });

  it('the sitemap index lists the pages and one village sitemap per province, with every official village in both languages', async () => {
    const index = await (await get('/sitemap-index.xml')).text();
    expect(index.match(/sitemap-desa-\d\d\.xml/g)?.length).toBe(official.provinces.length);
    const province = official.provinces[0].code;
    const xml = await (await get(`/sitemap-desa-${province}.xml`)).text();
    const villages = official.villages.filter((v) => v.code.startsWith(`${province}.`));
    expect(xml.match(/<url>/g)?.length).toBe(villages.length * 2);
    expect(xml).toContain(`/en/desa/${villages[0].code}/`);
    expect(await (await get('/robots.txt')).text()).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
  });
});
