/**
 * Arrow keys on the map move between regencies: to the neighbour (shared border, topojson-client `neighbors`)
 * lying most nearly in the arrow's direction; island regencies without land neighbours jump to the nearest
 * regency that way across the sea. Pure: works on centroids in screen-independent base pixels.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

const ANGLES: Record<Direction, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

export const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

interface Place {
  code: string;
  centroid: [number, number];
}

/** Cost of a candidate: distance, stretched the further it lies off the direction; Infinity outside ±75°. */
function cost(from: Place, to: Place, direction: Direction): number {
  const dx = to.centroid[0] - from.centroid[0];
  const dy = to.centroid[1] - from.centroid[1];
  const distance = Math.hypot(dx, dy);
  if (distance === 0) return Number.POSITIVE_INFINITY;
  let off = Math.abs(Math.atan2(dy, dx) - ANGLES[direction]);
  if (off > Math.PI) off = 2 * Math.PI - off;
  return off > (75 * Math.PI) / 180 ? Number.POSITIVE_INFINITY : distance * (1 + 2 * off);
}

function best(from: Place, candidates: Place[], direction: Direction): string | null {
  let found: string | null = null;
  let lowest = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const value = cost(from, c, direction);
    if (value < lowest) [found, lowest] = [c.code, value];
  }
  return found;
}

/** The regency to move to from `from`, or null when there is nothing that way. */
export function nextRegency(from: Place, neighbours: Place[], all: Place[], direction: Direction): string | null {
  return best(from, neighbours, direction) ?? best(from, all, direction);
}
