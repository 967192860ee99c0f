import type { D1Database } from '@cloudflare/workers-types';
import { countsOf } from '../../lib/schemas.ts';
import type { Province } from './schemas.ts';

type Row = Record<string, unknown>;

const SQL = `
  SELECT p.code, p.name, p.regencies, s.proposed, s.target, s.formed
  FROM summary_provinces p
  LEFT JOIN summary_villages s ON s.scope = 'province' AND s.code = p.code AND s.year_key = 'all'`;

const toProvince = (row: Row): Province => ({
  code: row.code as string,
  name: row.name as string,
  regencies: row.regencies as number,
  villages: countsOf(row),
});

/** All 38 official provinces with what the atlas holds for each. */
export async function listProvinces(db: D1Database): Promise<Province[]> {
  const { results } = await db.prepare(`${SQL} ORDER BY p.code`).all<Row>();
  return results.map(toProvince);
}

export async function getProvince(db: D1Database, code: string): Promise<Province | null> {
  const row = await db.prepare(`${SQL} WHERE p.code = ?`).bind(code).first<Row>();
  return row ? toProvince(row) : null;
}
