/** SQL for the villages resource. Bound parameters only; rows mapped to domain objects here. */
import type { D1Database } from '@cloudflare/workers-types';
import { type Source, sourceColumns, toSource } from '../../lib/schemas.ts';
import type { Village, VillageDetail } from './schemas.ts';

type Row = Record<string, unknown>;

export interface VillageFilter {
  regency?: string;
  status?: Village['status'];
}

const SELECT = `
  SELECT v.*, r.name AS regency_name, r.slug AS regency_slug
  FROM villages v JOIN regencies r ON r.code = v.regency_code`;

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

/** Villages matching every given filter, ordered by code. */
export async function listVillages(db: D1Database, filter: VillageFilter): Promise<Village[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE (?1 IS NULL OR v.regency_code = ?1) AND (?2 IS NULL OR v.status = ?2) ORDER BY v.code`)
    .bind(filter.regency ?? null, filter.status ?? null)
    .all<Row>();
  const sources = await sourcesOf(
    db,
    results.map((r) => r.code as string),
  );
  return results.map((row) => toVillage(row, sources.get(row.code as string) ?? []));
}

/** One village with its description, or null when it is not in the program. */
export async function getVillage(db: D1Database, code: string): Promise<VillageDetail | null> {
  const row = await db.prepare(`${SELECT} WHERE v.code = ?`).bind(code).first<Row>();
  if (!row) return null;
  const sources = await sourcesOf(db, [code]);
  return { ...toVillage(row, sources.get(code) ?? []), description: row.description as string };
}
