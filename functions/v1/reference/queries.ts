/** Search of the official village list (idn-area-data in D1) by name prefix. */
import type { D1Database } from '@cloudflare/workers-types';
import { searchName } from '../../../src/lib/search-name.ts';
import type { LocationPrecision, VillageStatus } from '../../../src/lib/vocabulary.ts';
import { CELL_ROW } from '../../../src/sync/cells.ts';
import { type Key, readPage } from '../../lib/page.ts';
import { type Source, sourceColumns, toOffice, toProgram } from '../../lib/schemas.ts';

type Row = Record<string, unknown>;

import type { OfficialVillage } from './schemas.ts';

export interface ReferencePage {
  villages: OfficialVillage[];
  nextKey: Key | null;
}

/**
 * Official villages whose name starts with `q` (case and accents ignored), ordered by name then code, optionally
 * within one regency; both through an index on the name, so only matching rows are read.
 */
export async function searchOfficialVillages(
  db: D1Database,
  q: string,
  regency: string | undefined,
  limit: number,
  after: string[] | null,
): Promise<ReferencePage> {
  const prefix = searchName(q);
  const where = ['v.search_name >= ? AND v.search_name < ?'];
  const binds: (string | number)[] = [prefix, `${prefix}~`];
  if (regency) {
    where.push('v.regency_code = ?');
    binds.push(regency);
  }
  if (after) {
    where.push('(v.search_name, v.code) > (?, ?)');
    binds.push(...after);
  }
  const sql = `
    SELECT v.code, v.name, v.search_name, d.code AS d_code, d.name AS d_name, r.code AS r_code, r.name AS r_name,
           p.code AS p_code, p.name AS p_name, pv.status, pv.year, pv.year_before
    FROM ref_villages v INDEXED BY ${regency ? 'ref_villages_by_regency_name' : 'ref_villages_by_search_name'}
    JOIN ref_districts d ON d.code = v.district_code
    JOIN ref_regencies r ON r.code = d.regency_code
    JOIN ref_provinces p ON p.code = r.province_code
    LEFT JOIN villages pv ON pv.code = v.code
    WHERE ${where.join(' AND ')}
    ORDER BY v.search_name, v.code LIMIT ?`;
  const { rows, nextKey } = await readPage(db.prepare(sql).bind(...binds, limit + 1), limit, ['search_name', 'code']);
  return {
    villages: rows.map((row) => ({
      code: row.code as string,
      name: row.name as string,
      district: { code: row.d_code as string, name: row.d_name as string },
      regency: { code: row.r_code as string, name: row.r_name as string },
      province: { code: row.p_code as string, name: row.p_name as string },
      program: toProgram(row),
    })),
    nextKey,
  };
}

const AREA_COLUMNS = `v.code, v.name, v.lat, v.lng, v.location_precision,
  d.code AS d_code, d.name AS d_name, r.code AS r_code, r.name AS r_name, p.code AS p_code, p.name AS p_name`;

/**
 * Desa Bersinar villages nearest to an official village, nearest first, among those in a square of cells around its
 * point: (2k + 1)² cells of the grid `size` (column `cell<size>`), read through that grid's index.
 */
const nearestSql = (size: number, k: number) => {
  const column = `cell${String(size).replace('.', '')}`;
  return `
  WITH here AS (SELECT lat, lng FROM ref_villages WHERE code = ?1 AND lat IS NOT NULL),
       k(d) AS (VALUES ${Array.from({ length: 2 * k + 1 }, (_, i) => `(${i - k})`).join(', ')}),
       cells AS (SELECT (CAST((here.lat + 90) / ${size} AS INTEGER) + a.d) * ?2 + CAST((here.lng + 180) / ${size} AS INTEGER) + b.d AS cell
                 FROM here, k a, k b)
  SELECT v.code, v.name, v.status, v.year, v.year_before, v.district_name, v.regency_name, v.regency_slug,
         ((v.lat - here.lat) * (v.lat - here.lat) + (v.lng - here.lng) * (v.lng - here.lng)) AS d2
  FROM here, villages v INDEXED BY villages_by_${column}
  WHERE v.${column} IN (SELECT cell FROM cells) AND v.code <> ?1
  ORDER BY d2, v.code LIMIT ?3`;
};
/**
 * Wider and wider squares, each tried only when the one before found too few: about ±1.5 km, ±6 km, ±40 km, then
 * ±70 km. A dense area stops early (a few dozen rows read); a sparse one reads little in the wider squares.
 */
const NEAREST_RINGS = [nearestSql(0.01, 1), nearestSql(0.01, 5), nearestSql(0.25, 1), nearestSql(0.25, 2)];

const DETAIL_SQL = `
  SELECT ${AREA_COLUMNS},
         pv.status, pv.year, pv.year_before, pv.source_name, pv.note, pv.sources, pv.description,
         pv.lat AS pv_lat, pv.lng AS pv_lng, pv.location_precision AS pv_precision,
         g.slug AS g_slug, g.office_name, g.office_head, g.office_address, ${sourceColumns('n', 'office')}
  FROM ref_villages v
  JOIN ref_districts d ON d.code = v.district_code
  JOIN ref_regencies r ON r.code = d.regency_code
  JOIN ref_provinces p ON p.code = r.province_code
  LEFT JOIN villages pv ON pv.code = v.code
  LEFT JOIN regencies g ON g.code = r.code
  LEFT JOIN news n ON n.id = g.office_source_id
  WHERE v.code = ?1`;

const KM_PER_DEGREE = 111.32;
export const NEAREST_COUNT = 5;

/**
 * One official village with everything its page shows, in one round trip (a D1 batch) where Desa Bersinar villages
 * are dense, a second or third only where they are sparse: the data version, the village with its district, regency
 * and province, its place in the program (status, sources, description), its regency's BNNK office when the regency
 * is in the atlas, and the nearest Desa Bersinar villages.
 * @returns null when the code is not an official village.
 */
export async function getOfficialVillage(db: D1Database, code: string) {
  const [version, detail, nearest] = await db.batch<Row>([
    db.prepare('SELECT version, synced_at FROM data_version WHERE id = 1'),
    db.prepare(DETAIL_SQL).bind(code),
    db.prepare(NEAREST_RINGS[0]).bind(code, CELL_ROW, NEAREST_COUNT),
  ]);
  let nearby = nearest.results;
  for (const sql of NEAREST_RINGS.slice(1)) {
    if (nearby.length >= NEAREST_COUNT || !detail.results[0]?.lat) break;
    nearby = (await db.prepare(sql).bind(code, CELL_ROW, NEAREST_COUNT).all<Row>()).results;
  }
  const row = detail.results[0];
  const dataVersion = version.results[0];
  if (!dataVersion) return { dataVersion: null, village: null };
  if (!row)
    return {
      dataVersion: { version: String(dataVersion.version), syncedAt: String(dataVersion.synced_at) },
      village: null,
    };
  const surveyed = row.pv_lat !== null && row.pv_lat !== undefined;
  return {
    dataVersion: { version: String(dataVersion.version), syncedAt: String(dataVersion.synced_at) },
    village: {
      code: row.code as string,
      name: row.name as string,
      district: { code: row.d_code as string, name: row.d_name as string },
      regency: { code: row.r_code as string, name: row.r_name as string, slug: (row.g_slug as string | null) ?? null },
      province: { code: row.p_code as string, name: row.p_name as string },
      location: surveyed
        ? { lat: row.pv_lat as number, lng: row.pv_lng as number, precision: row.pv_precision as LocationPrecision }
        : row.lat === null
          ? null
          : { lat: row.lat as number, lng: row.lng as number, precision: row.location_precision as LocationPrecision },
      program: row.status
        ? {
            status: row.status as VillageStatus,
            year: row.year as number | null,
            yearBefore: row.year_before as number | null,
            sourceName: row.source_name as string | null,
            note: row.note as string | null,
            description: row.description as string,
            sources: JSON.parse(row.sources as string) as Source[],
          }
        : null,
      office: toOffice(row),
      nearest: nearby.map((n) => ({
        code: n.code as string,
        name: n.name as string,
        status: n.status as VillageStatus,
        year: n.year as number | null,
        yearBefore: n.year_before as number | null,
        district: n.district_name as string,
        regency: { name: n.regency_name as string, slug: n.regency_slug as string },
        distanceKm: Math.round(Math.sqrt(n.d2 as number) * KM_PER_DEGREE * 10) / 10,
      })),
    },
  };
}
export type OfficialVillageDetail = NonNullable<Awaited<ReturnType<typeof getOfficialVillage>>['village']>;
