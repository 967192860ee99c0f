/**
 * The official reference (provinces, regencies, districts, villages) as D1 statements. It is rewritten only when
 * the reference itself changes (new idn-area-data release), inside the same batch as the content.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';
import type { Reference } from '../content-model/reference.ts';
import { sha256 } from './hash.ts';

/** Lower case, accents and punctuation folded, single spaces: "Soka'an" → "soka an", "Pulau Ende" → "pulau ende". */
export function searchName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface ReferencePlan {
  source: string;
  version: string;
  tables: { table: string; columns: string[]; rows: string[][] }[];
}

export async function planReference(ref: Reference, source: string): Promise<ReferencePlan> {
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
      columns: ['code', 'district_code', 'name', 'search_name'],
      rows: [...ref.villages.values()].map((v) => [v.code, v.parentCode ?? '', v.name, searchName(v.name)]),
    },
  ];
  return { source, version: await sha256(JSON.stringify(tables)), tables };
}

/** Rows per statement: each statement binds one JSON array, well under D1's 100 KB statement and 2 MB value limits. */
const CHUNK = 2_000;

/** DELETE + chunked `INSERT … SELECT FROM json_each(?)`: a few dozen statements for 90,000 rows. */
export function referenceStatements(db: D1Database, plan: ReferencePlan, syncedAt: string): D1PreparedStatement[] {
  const statements = plan.tables.map((t) => db.prepare(`DELETE FROM ${t.table}`));
  for (const t of plan.tables) {
    const select = t.columns.map((_column, i) => `value ->> '$[${i}]'`).join(', ');
    const sql = `INSERT INTO ${t.table} (${t.columns.join(', ')}) SELECT ${select} FROM json_each(?)`;
    for (let i = 0; i < t.rows.length; i += CHUNK) {
      statements.push(db.prepare(sql).bind(JSON.stringify(t.rows.slice(i, i + CHUNK))));
    }
  }
  statements.push(
    db
      .prepare('INSERT OR REPLACE INTO reference_version (id, source, version, synced_at) VALUES (1, ?, ?, ?)')
      .bind(plan.source, plan.version, syncedAt),
  );
  return statements;
}
