/**
 * Chooses how a village list is read: which index drives it (named with INDEXED BY, so the cost does not depend
 * on the planner's guesses) and therefore the sort key, which the opaque cursor carries. Every filter not served
 * by the index is a residual condition on the rows the index yields.
 */

import { searchName } from '../../../src/lib/search-name.ts';
import { cellsOf } from '../../../src/sync/cells.ts';

export interface VillageFilter {
  province?: string;
  regency?: string;
  district?: string;
  status?: 'proposed' | 'target' | 'formed';
  year?: number;
  q?: string;
  bbox?: { west: number; south: number; east: number; north: number };
}

export interface ListPlan {
  index: string;
  /** Columns of the sort key, in order; the cursor holds their values for the last row. */
  order: string[];
  where: string[];
  binds: (string | number)[];
}

type Area = { column: string; value: string; byStatus: string; byCode: string };

export function planVillageList(filter: VillageFilter): ListPlan {
  const where: string[] = [];
  const binds: (string | number)[] = [];
  const add = (condition: string, ...values: (string | number)[]) => {
    where.push(condition);
    binds.push(...values);
  };
  const areas: Area[] = [
    {
      column: 'district_code',
      value: filter.district ?? '',
      byStatus: 'villages_by_district',
      byCode: 'villages_by_district_code',
    },
    {
      column: 'regency_code',
      value: filter.regency ?? '',
      byStatus: 'villages_by_regency',
      byCode: 'villages_by_regency_code',
    },
    {
      column: 'province_code',
      value: filter.province ?? '',
      byStatus: 'villages_by_province',
      byCode: 'villages_by_province_code',
    },
  ].filter((a) => a.value !== '');
  for (const area of areas) add(`v.${area.column} = ?`, area.value);
  if (filter.status) add('v.status = ?', filter.status);
  if (filter.year !== undefined) add('v.year = ?', filter.year);
  if (filter.q) {
    const prefix = searchName(filter.q);
    add('v.search_name >= ? AND v.search_name < ?', prefix, `${prefix}~`);
  }
  if (filter.bbox) {
    const { west, south, east, north } = filter.bbox;
    add('v.lat BETWEEN ? AND ? AND v.lng BETWEEN ? AND ?', south, north, west, east);
    add('v.cell IN (SELECT value FROM json_each(?))', JSON.stringify(cellsOf(west, south, east, north)));
  }

  // The narrowest area drives (a regency or district is small enough to read whole for residual name matches).
  const narrowArea = areas.find((a) => a.column !== 'province_code');
  if (filter.q && !narrowArea)
    return { index: 'villages_by_search_name', order: ['search_name', 'code'], where, binds };
  if (filter.bbox && !areas[0]) return { index: 'villages_by_cell', order: ['cell', 'code'], where, binds };
  if (areas[0]) return { index: filter.status ? areas[0].byStatus : areas[0].byCode, order: ['code'], where, binds };
  if (filter.status) return { index: 'villages_by_status', order: ['code'], where, binds };
  if (filter.year !== undefined) return { index: 'villages_by_year', order: ['code'], where, binds };
  return { index: '', order: ['code'], where, binds };
}
