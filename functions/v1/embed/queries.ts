/**
 * SQL for embeds and badges (src/pages/embed, src/pages/badge, src/pages/oembed.ts) where the API's queries read
 * more than a widget shows: a badge is requested on every view of a partner's page, so it costs one row (plus the
 * data version) in one round trip. The figures themselves come from the API's getStats. Bound parameters only.
 */
import type { D1Database } from '@cloudflare/workers-types';
import type { VillageStatus } from '../../../src/lib/vocabulary.ts';
import { countsOf, toProgram } from '../../lib/schemas.ts';
import type { DataVersion } from '../meta/queries.ts';

type Row = Record<string, unknown>;

const VERSION_SQL = 'SELECT version, synced_at FROM data_version WHERE id = 1';
const versionOf = (row: Row | undefined): DataVersion | null =>
  row ? { version: String(row.version), syncedAt: String(row.synced_at) } : null;

export interface EmbedRegency {
  code: string;
  name: string;
  /** The atlas's page for it, when the atlas has content for the regency. */
  slug: string | null;
  villages: Record<VillageStatus, number>;
}

const REGENCY_SQL = `
  SELECT r.code, r.name, g.slug, s.proposed, s.target, s.formed
  FROM ref_regencies r
  LEFT JOIN regencies g ON g.code = r.code
  LEFT JOIN summary_villages s ON s.scope = 'regency' AND s.code = r.code AND s.year_key = 'all'
  WHERE r.code = ?1`;

/** Any official regency with its villages by status (zero outside the atlas) and its slug; null when not official. */
export async function getEmbedRegency(db: D1Database, code: string) {
  const [version, regency] = await db.batch<Row>([db.prepare(VERSION_SQL), db.prepare(REGENCY_SQL).bind(code)]);
  const row = regency.results[0];
  return {
    dataVersion: versionOf(version.results[0]),
    regency: row
      ? ({
          code: row.code as string,
          name: row.name as string,
          slug: (row.slug as string | null) ?? null,
          villages: countsOf(row),
        } satisfies EmbedRegency)
      : null,
  };
}

/** A regency by its slug on the site (`/kabupaten/sanggau/`), for oEmbed. */
export async function getRegencyCodeBySlug(db: D1Database, slug: string) {
  const [version, regency] = await db.batch<Row>([
    db.prepare(VERSION_SQL),
    db.prepare('SELECT code FROM regencies WHERE slug = ?1').bind(slug),
  ]);
  return { dataVersion: versionOf(version.results[0]), code: (regency.results[0]?.code as string) ?? null };
}

const VILLAGE_SQL = `
  SELECT v.code, v.name, d.name AS d_name, r.code AS r_code, r.name AS r_name, p.name AS p_name,
         pv.status, pv.year, pv.year_before
  FROM ref_villages v
  JOIN ref_districts d ON d.code = v.district_code
  JOIN ref_regencies r ON r.code = d.regency_code
  JOIN ref_provinces p ON p.code = r.province_code
  LEFT JOIN villages pv ON pv.code = v.code
  WHERE v.code = ?1`;

/**
 * Any of the official villages, in the program or not, shaped like the API's official village (the fields a
 * widget reads); null when the code is not official.
 */
export async function getEmbedVillage(db: D1Database, code: string) {
  const [version, village] = await db.batch<Row>([db.prepare(VERSION_SQL), db.prepare(VILLAGE_SQL).bind(code)]);
  const row = village.results[0];
  return {
    dataVersion: versionOf(version.results[0]),
    village: row
      ? {
          code: row.code as string,
          name: row.name as string,
          district: { name: row.d_name as string },
          regency: { code: row.r_code as string, name: row.r_name as string },
          province: { name: row.p_name as string },
          program: toProgram(row),
        }
      : null,
  };
}

export interface VillagePoint {
  /** null when the village has no known location (it is still counted). */
  lat: number | null;
  lng: number | null;
  /** null: an official village not in the program. */
  status: VillageStatus | null;
}

/**
 * Every official village of a regency with its location (a surveyed point from content first, else the centroid
 * of its official boundary or district) and its status in the program: one indexed range of ref_villages.
 */
export async function listRegencyPoints(db: D1Database, regency: string): Promise<VillagePoint[]> {
  const { results } = await db
    .prepare(
      `SELECT COALESCE(pv.lat, v.lat) AS lat, COALESCE(pv.lng, v.lng) AS lng, pv.status
       FROM ref_villages v INDEXED BY ref_villages_by_regency_name
       LEFT JOIN villages pv ON pv.code = v.code
       WHERE v.regency_code = ?1 ORDER BY v.code`,
    )
    .bind(regency)
    .all<Row>();
  return results.map((r) => ({
    lat: (r.lat as number | null) ?? null,
    lng: (r.lng as number | null) ?? null,
    status: (r.status as VillageStatus | null) ?? null,
  }));
}

/** The ids of the indicator catalogue, for telling a mistyped indicator from one without figures here. */
export async function listIndicatorIds(db: D1Database): Promise<string[]> {
  const { results } = await db.prepare('SELECT id FROM indicators ORDER BY position, id').all<Row>();
  return results.map((r) => r.id as string);
}
