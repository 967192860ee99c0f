/**
 * National scale: the synthetic dataset (every official village with a status, every regency with 5 years of
 * reports) in a real local D1, and what each public request costs in D1 rows read (`meta.rows_read`).
 * Target (issue #4): at most 10 rows per returned item plus a small constant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/app.ts';
import { nationalDatabase } from '../helpers/national.ts';
import { readOfficial } from '../helpers/oracle.ts';
import { countingDatabase } from '../helpers/rows-read.ts';

const ROWS_PER_ITEM = 10;
/** The fixed part of a request: the data version, a scope name, a few index pages. */
const CONSTANT = 25;

let national: Awaited<ReturnType<typeof nationalDatabase>>;
let counting: ReturnType<typeof countingDatabase>;

beforeAll(async () => {
  national = await nationalDatabase();
  counting = countingDatabase(national.db);
}, 120_000);
afterAll(() => national?.dispose());

/** Items a response returns: list entries, or the parts of a detail (reports, figures, regencies…). */
function itemsOf(body: any): number {
  if (body.type === 'FeatureCollection') return body.features.length;
  const data = body.data;
  if (Array.isArray(data)) return data.length;
  let items = 1;
  for (const value of Object.values(data ?? {})) {
    if (Array.isArray(value))
      items +=
        value.length + value.reduce((n: number, v: any) => n + (Array.isArray(v?.figures) ? v.figures.length : 0), 0);
  }
  return items;
}

async function cost(path: string) {
  counting.take();
  const response = await app.request(path, {}, { ...national.env, DB: counting.db, LIMITER: undefined });
  const rowsRead = counting.take();
  const text = await response.text();
  const items = path.includes('format=csv') ? text.trim().split('\n').length - 1 : itemsOf(JSON.parse(text));
  return { status: response.status, rowsRead, items, text };
}

describe('rows read per request on the national dataset', () => {
  const paths = () => {
    const village = national.content.villages[40_000];
    const regency = village.regencyCode;
    const province = regency.slice(0, 2);
    const district = village.districtCode;
    const name = village.name.toLowerCase().slice(0, 4);
    return [
      '/api/v1',
      '/api/v1/stats',
      `/api/v1/stats?province=${province}`,
      `/api/v1/stats?regency=${regency}&year=2023`,
      '/api/v1/stats?year=2022',
      '/api/v1/provinces',
      `/api/v1/provinces/${province}`,
      '/api/v1/regencies',
      `/api/v1/regencies?province=${province}`,
      `/api/v1/regencies/${regency}`,
      `/api/v1/regencies/${regency}/reports/2023`,
      '/api/v1/indicators',
      '/api/v1/villages',
      '/api/v1/villages?limit=1',
      '/api/v1/villages?limit=500',
      `/api/v1/villages?province=${province}`,
      `/api/v1/villages?regency=${regency}`,
      `/api/v1/villages?regency=${regency}&limit=1`,
      `/api/v1/villages?district=${district}`,
      '/api/v1/villages?status=formed',
      '/api/v1/villages?year=2023',
      `/api/v1/villages?regency=${regency}&status=target`,
      `/api/v1/villages?province=${province}&year=2022&status=proposed`,
      `/api/v1/villages?q=${encodeURIComponent(name)}`,
      `/api/v1/villages?q=${encodeURIComponent(name)}&regency=${regency}`,
      '/api/v1/villages?bbox=106.5,-6.5,107.5,-6.0',
      '/api/v1/villages?bbox=95,-11,141,6',
      '/api/v1/villages?bbox=106.5,-6.5,107.5,-6.0&status=formed&format=geojson',
      `/api/v1/villages?regency=${regency}&format=csv`,
      `/api/v1/villages/${village.code}`,
      `/api/v1/reference/villages?q=${encodeURIComponent(name)}`,
      '/api/v1/reference/villages?q=su&limit=500',
      `/api/v1/reference/villages?q=${encodeURIComponent(name)}&regency=${regency}`,
    ];
  };

  it(`reads at most ${ROWS_PER_ITEM} rows per returned item + ${CONSTANT} on every public route`, async () => {
    const report: string[] = [];
    const failures: string[] = [];
    for (const path of paths()) {
      const { status, rowsRead, items } = await cost(path);
      expect(status, path).toBe(200);
      const budget = ROWS_PER_ITEM * items + CONSTANT;
      report.push(`${String(rowsRead).padStart(6)} rows  ${String(items).padStart(4)} items  ${path}`);
      if (rowsRead > budget) failures.push(`${path}: ${rowsRead} rows for ${items} items (budget ${budget})`);
    }
    console.log(
      `rows read on the national dataset (${national.content.villages.length} villages):\n${report.join('\n')}`,
    );
    expect(failures).toEqual([]);
  });

  it('follows cursors through a whole regency at the same cost per page', async () => {
    const regency = national.content.villages[40_000].regencyCode;
    const expected = national.content.villages
      .filter((v) => v.regencyCode === regency)
      .map((v) => v.code)
      .sort();
    const seen: string[] = [];
    let next: string | undefined = `/api/v1/villages?regency=${regency}&limit=50`;
    while (next) {
      const { rowsRead, items, text } = await cost(next);
      const body = JSON.parse(text);
      expect(rowsRead).toBeLessThanOrEqual(ROWS_PER_ITEM * items + CONSTANT);
      seen.push(...body.data.map((v: { code: string }) => v.code));
      next = body.links.next;
    }
    expect(seen).toEqual(expected);
  });

  it('synced the whole country in one batch', () => {
    // Every official village of idn-area-data's villages.csv (83,762 rows) has one row.
    expect(national.result.tables.find((t) => t.table === 'villages')?.total).toBe(readOfficial().villages.length);
    console.log(`national sync: ${Math.round(national.syncMs)} ms`);
  });
});
