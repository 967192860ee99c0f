/**
 * National scale: the synthetic dataset (every official village with a status, every regency with 5 years of
 * reports) in a real local D1, and what each public request costs in D1 rows read (`meta.rows_read`).
 * Target (issue #4): at most 10 rows per returned item plus a small constant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/app.ts';
import { nationalDatabase } from '../helpers/national.ts';
import { itemsOf, nationalRoutes } from '../helpers/national-routes.ts';
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

async function cost(path: string) {
  counting.take();
  const response = await app.request(path, {}, { ...national.env, DB: counting.db, LIMITER: undefined });
  const rowsRead = counting.take();
  const text = await response.text();
  const items = path.includes('format=csv') ? text.trim().split('\n').length - 1 : itemsOf(JSON.parse(text));
  return { status: response.status, rowsRead, items, text };
}

describe('rows read per request on the national dataset', () => {
  const paths = () => nationalRoutes(national.content);

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
