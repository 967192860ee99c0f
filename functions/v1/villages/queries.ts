/**
 * SQL for the villages resource. Bound parameters only; rows mapped to domain objects here. A village is one row:
 * the sync copies its regency name and its sources into it, so a page of villages costs about one row each.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { type Key, readPage } from '../../lib/page.ts';
import type { Source } from '../../lib/schemas.ts';
import type { ListPlan } from './plan.ts';
import type { Village, VillageDetail } from './schemas.ts';

type Row = Record<string, unknown>;

const COLUMNS = `v.code, v.name, v.source_name, v.status, v.year, v.year_before, v.regency_code, v.regency_name,
  v.regency_slug, v.district_code, v.district_name, v.province_code, v.lat, v.lng, v.location_precision, v.note,
  v.sources, v.search_name, v.cell001, v.cell025, v.cell1, v.cell2, v.cell4, v.cell8`;

function toVillage(row: Row): Village {
  return {
    code: row.code as string,
    name: row.name as string,
    sourceName: row.source_name as string | null,
    status: row.status as Village['status'],
    year: row.year as number | null,
    yearBefore: row.year_before as number | null,
    regency: { code: row.regency_code as string, name: row.regency_name as string, slug: row.regency_slug as string },
    district: { code: row.district_code as string, name: row.district_name as string },
    provinceCode: row.province_code as string,
    location:
      row.lat === null
        ? null
        : {
            lat: row.lat as number,
            lng: row.lng as number,
            precision: row.location_precision as NonNullable<Village['location']>['precision'],
          },
    note: row.note as string | null,
    sources: JSON.parse(row.sources as string) as Source[],
  };
}

export interface VillagePage {
  villages: Village[];
  /** Sort key of the last village when more follow, for the next cursor. */
  nextKey: Key | null;
}

/** Sort-key types of a plan, to check a decoded cursor against. */
export const cursorShape = (plan: ListPlan): ('string' | 'number')[] =>
  plan.order.map((c) => (c.startsWith('cell') ? 'number' : 'string'));

/** One page of villages matching every filter, in the plan's order, after `after` (a previous page's key). */
export async function listVillages(
  db: D1Database,
  plan: ListPlan,
  limit: number,
  after: (string | number)[] | null,
): Promise<VillagePage> {
  const where = [...plan.where];
  const binds = [...plan.binds];
  if (after) {
    where.push(`(${plan.order.map((c) => `v.${c}`).join(', ')}) > (${plan.order.map(() => '?').join(', ')})`);
    binds.push(...after);
  }
  const indexed = plan.index ? ` INDEXED BY ${plan.index}` : '';
  const sql = `SELECT ${COLUMNS} FROM villages v${indexed}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${plan.order.map((c) => `v.${c}`).join(', ')} LIMIT ?`;
  const { rows, nextKey } = await readPage(db.prepare(sql).bind(...binds, limit + 1), limit, plan.order);
  return { villages: rows.map(toVillage), nextKey };
}

/** One village with its description, or null when it is not in the program. */
export async function getVillage(db: D1Database, code: string): Promise<VillageDetail | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS}, v.description FROM villages v WHERE v.code = ?`)
    .bind(code)
    .first<Row>();
  return row ? { ...toVillage(row), description: row.description as string } : null;
}
