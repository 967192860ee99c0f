/** Search of the official village list (idn-area-data in D1) by name prefix. */
import type { D1Database } from '@cloudflare/workers-types';
import { searchName } from '../../../src/lib/search-name.ts';
import type { VillageStatus } from '../../../src/lib/vocabulary.ts';
import { type Key, readPage } from '../../lib/page.ts';
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
      program: row.status
        ? {
            status: row.status as VillageStatus,
            year: row.year as number | null,
            yearBefore: row.year_before as number | null,
          }
        : null,
    })),
    nextKey,
  };
}
