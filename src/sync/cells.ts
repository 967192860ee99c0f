/** A 1° grid over the globe: the cell of a point, and the cells a bounding box covers (for bbox queries). */

export const cellOf = (lat: number, lng: number) => Math.floor(lat + 90) * 360 + Math.floor(lng + 180);

/** Cells covering [west, south, east, north], in ascending order. */
export function cellsOf(west: number, south: number, east: number, north: number): number[] {
  const cells: number[] = [];
  for (let row = Math.floor(south + 90); row <= Math.floor(north + 90); row++) {
    for (let col = Math.floor(west + 180); col <= Math.floor(east + 180); col++) cells.push(row * 360 + col);
  }
  return cells;
}
