/**
 * Grid cells for bounding-box queries: a point's cell at several sizes, and the cells a box covers at the finest
 * size that keeps the list short (the list is bound as literal parameters, which D1 limits to 100 per query).
 */

export const CELL_SIZES = [0.01, 0.25, 1, 2, 4, 8] as const;
export type CellSize = (typeof CELL_SIZES)[number];
export const MAX_CELLS = 60;
/** Row multiplier: larger than the number of columns of the finest grid (360 / 0.01 = 36,000). */
export const CELL_ROW = 100_000;
const ROW = CELL_ROW;

/** The column holding a village's cell at `size`: cell001, cell025, cell1, cell2, cell4, cell8. */
export const cellColumn = (size: CellSize) => `cell${String(size).replace('.', '')}`;

export const cellOf = (lat: number, lng: number, size: CellSize) =>
  Math.floor((lat + 90) / size) * ROW + Math.floor((lng + 180) / size);

function cellsAt(size: CellSize, west: number, south: number, east: number, north: number): number[] {
  const cells: number[] = [];
  for (let row = Math.floor((south + 90) / size); row <= Math.floor((north + 90) / size); row++) {
    for (let col = Math.floor((west + 180) / size); col <= Math.floor((east + 180) / size); col++) {
      cells.push(row * ROW + col);
    }
  }
  return cells;
}

/** The finest grid whose cells covering [west, south, east, north] number at most MAX_CELLS, ascending. */
export function coveringCells(west: number, south: number, east: number, north: number) {
  for (const size of CELL_SIZES) {
    const cells = cellsAt(size, west, south, east, north);
    if (cells.length <= MAX_CELLS) return { size, cells };
  }
  throw new RangeError('bounding box too large for the coarsest grid');
}
