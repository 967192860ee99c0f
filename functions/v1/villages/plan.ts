/**
 * Chooses how a village list is read: which index drives it (named with INDEXED BY, so the cost does not depend
 * on the planner's guesses) and therefore the sort key, which the opaque cursor carries. Every filter not served
 * by the index is a residual condition on the rows the index yields.
 */
import { searchName } from '../../../src/lib/search-name.ts';
import type { VillageStatus } from '../../../src/lib/vocabulary.ts';
import { cellColumn as cellColumnOf, coveringCells } from '../../../src/sync/cells.ts';

export interface VillageFilter {
  province?: string;
  regency?: string;
  district?: string;
  status?: VillageStatus;
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

const AREAS = [
  { key: 'district', column: 'district_code', index: 'villages_by_district' },
  { key: 'regency', column: 'regency_code', index: 'villages_by_regency' },
  { key: 'province', column: 'province_code', index: 'villages_by_province' },
] as const;

export function planVillageList(filter: VillageFilter): ListPlan {
  const where: string[] = [];
  const binds: (string | number)[] = [];
  const add = (condition: string, ...values: (string | number)[]) => {
    where.push(condition);
    binds.push(...values);
  };
  const areas = AREAS.filter((a) => filter[a.key] !== undefined);
  for (const area of areas) add(`v.${area.column} = ?`, filter[area.key] as string);
  if (filter.status) add('v.status = ?', filter.status);
  if (filter.year !== undefined) add('v.year = ?', filter.year);
  if (filter.q) {
    const prefix = searchName(filter.q);
    add('v.search_name >= ? AND v.search_name < ?', prefix, `${prefix}~`);
  }
  let cellColumn: string | undefined;
  if (filter.bbox) {
    const { west, south, east, north } = filter.bbox;
    const { size, cells } = coveringCells(west, south, east, north);
    cellColumn = cellColumnOf(size);
    add('v.lat BETWEEN ? AND ? AND v.lng BETWEEN ? AND ?', south, north, west, east);
    add(`v.${cellColumn} IN (${cells.map(() => '?').join(', ')})`, ...cells);
  }

  // The narrowest area drives; a name prefix within it uses the area's name index.
  const area = areas[0];
  if (filter.q) {
    const index = area ? `${area.index}_name` : 'villages_by_search_name';
    return { index, order: ['search_name', 'code'], where, binds };
  }
  if (area) return { index: filter.status ? area.index : `${area.index}_code`, order: ['code'], where, binds };
  if (cellColumn) return { index: `villages_by_${cellColumn}`, order: [cellColumn, 'code'], where, binds };
  if (filter.status) return { index: 'villages_by_status', order: ['code'], where, binds };
  if (filter.year !== undefined) return { index: 'villages_by_year', order: ['code'], where, binds };
  return { index: '', order: ['code'], where, binds };
}
