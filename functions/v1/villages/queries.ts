/** SQL for the villages resource. Bound parameters only; rows mapped to domain objects here. */
import type { D1Database } from '@cloudflare/workers-types';
import { type Source, sourceColumns, toSource } from '../../lib/schemas.ts';
import type { ListPlan } from './plan.ts';
import type { Village, VillageDetail } from './schemas.ts';

type Row = Record<string, unknown>;

const COLUMNS = `v.code, v.name, v.source_name, v.status, v.year, v.year_before, v.regency_code, v.district_code,
  v.district_name, v.province_code, v.lat, v.lng, v.location_precision, v.note, v.search_name, v.cell,
  r.name AS regency_name, r.slug AS regency_slug`;
const SELECT = `SELECT ${COLUMNS}, v.description FROM villages v JOIN regencies r ON r.code = v.regency_code`;

function toVillage(row: Row, sources: Source[]): Village {
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
    sources,
  };
}

async function sourcesOf(db: D1Database, codes: string[]): Promise<Map<string, Source[]>> {
  const bySource = new Map<string, Source[]>(codes.map((c) => [c, []]));
  if (codes.length === 0) return bySource;
  const { results } = await db
    .prepare(
      `SELECT s.village_code, ${sourceColumns('n', 'src')} FROM village_sources s JOIN news n ON n.id = s.news_id
       WHERE s.village_code IN (SELECT value FROM json_each(?)) ORDER BY s.village_code, s.position`,
    )
    .bind(JSON.stringify(codes))
    .all<Row>();
  for (const row of results) bySource.get(row.village_code as string)?.push(toSource(row, 'src'));
  return bySource;
}

export interface VillagePage {
  villages: Village[];
  /** Sort key of the last village when more follow, for the next cursor. */
  nextKey: (string | number)[] | null;
}

/** Sort-key types of a plan, to check a decoded cursor against. */
export const cursorShape = (plan: ListPlan): ('string' | 'number')[] =>
  plan.order.map((c) => (c === 'cell' ? 'number' : 'string'));

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
  const sql = `SELECT ${COLUMNS} FROM villages v${indexed} JOIN regencies r ON r.code = v.regency_code
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${plan.order.map((c) => `v.${c}`).join(', ')} LIMIT ?`;
  const { results } = await db
    .prepare(sql)
    .bind(...binds, limit + 1)
    .all<Row>();
  const page = results.slice(0, limit);
  const last = page.at(-1);
  const sources = await sourcesOf(
    db,
    page.map((r) => r.code as string),
  );
  return {
    villages: page.map((row) => toVillage(row, sources.get(row.code as string) ?? [])),
    nextKey: results.length > limit && last ? plan.order.map((c) => last[c] as string | number) : null,
  };
}

/** One village with its description, or null when it is not in the program. */
export async function getVillage(db: D1Database, code: string): Promise<VillageDetail | null> {
  const row = await db.prepare(`${SELECT} WHERE v.code = ?`).bind(code).first<Row>();
  if (!row) return null;
  const sources = await sourcesOf(db, [code]);
  return { ...toVillage(row, sources.get(code) ?? []), description: row.description as string };
}
