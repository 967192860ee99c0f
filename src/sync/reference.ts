/**
 * The official reference (provinces, regencies, districts, villages) as D1 statements. It is rewritten only when
 * the reference itself changes (new idn-area-data release), inside the same batch as the content.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';
import type { Reference } from '../content-model/reference.ts';
import type { VillageLocation } from '../content-model/types.ts';
import { searchName } from '../lib/search-name.ts';
import { sha256 } from './hash.ts';
import { jsonInsertStatements } from './json-insert.ts';

export interface ReferencePlan {
  source: string;
  version: string;
  tables: { table: string; columns: string[]; rows: (string | number | null)[][] }[];
}

/** Where an official village is, when known (see content-model/geo.ts locateVillages). */
export type Locate = (code: string) => VillageLocation | null;

/**
 * @param locate official centroids (from GEO_DIR); without it villages have no location in the reference.
 * @example planReference(await loadReference(), 'idn-area-data@4.0.1', await locateVillages(codes))
 */
export async function planReference(
  ref: Reference,
  source: string,
  locate: Locate = () => null,
): Promise<ReferencePlan> {
  const tables = [
    {
      table: 'ref_provinces',
      columns: ['code', 'name'],
      rows: [...ref.provinces.values()].map((p) => [p.code, p.name]),
    },
    {
      table: 'ref_regencies',
      columns: ['code', 'province_code', 'name'],
      rows: [...ref.regencies.values()].map((r) => [r.code, r.parentCode ?? '', r.name]),
    },
    {
      table: 'ref_districts',
      columns: ['code', 'regency_code', 'name'],
      rows: [...ref.districts.values()].map((d) => [d.code, d.parentCode ?? '', d.name]),
    },
    {
      table: 'ref_villages',
      columns: ['code', 'district_code', 'regency_code', 'name', 'search_name', 'lat', 'lng', 'location_precision'],
      rows: [...ref.villages.values()].map((v) => {
        const at = locate(v.code);
        return [
          v.code,
          v.parentCode ?? '',
          v.code.slice(0, 5),
          v.name,
          searchName(v.name),
          at?.lat ?? null,
          at?.lng ?? null,
          at?.precision ?? null,
        ];
      }),
    },
  ];
  return { source, version: await sha256(JSON.stringify(tables)), tables };
}

/** DELETE + chunked `INSERT … SELECT FROM json_each(?)`: a few dozen statements for 90,000 rows. */
export function referenceStatements(db: D1Database, plan: ReferencePlan, syncedAt: string): D1PreparedStatement[] {
  const statements = plan.tables.map((t) => db.prepare(`DELETE FROM ${t.table}`));
  for (const t of plan.tables) statements.push(...jsonInsertStatements(db, t.table, t.columns, t.rows));
  statements.push(
    db
      .prepare('INSERT OR REPLACE INTO reference_version (id, source, version, synced_at) VALUES (1, ?, ?, ?)')
      .bind(plan.source, plan.version, syncedAt),
  );
  return statements;
}
