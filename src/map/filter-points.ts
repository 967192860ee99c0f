/** Which points the filters show, and as what: one pass over all points whenever the filters change. */
import { POINT_STATUSES, type Points } from './codec.ts';
import { inProgramBy, type MapVillage } from './model.ts';
import { HIDDEN } from './points-layer.ts';
import type { MapState } from './state.ts';

export interface Shown {
  /** Per point: the status index to draw, or HIDDEN. */
  shown: Uint8Array;
  /** Points shown, per status index. */
  counts: [number, number, number, number];
}

/** Desa Bersinar villages by numeric code (the points' own code column). */
export function programByNumber(villages: MapVillage[], toNumber: (code: string) => number) {
  return new Map(villages.map((v) => [toNumber(v.code), v]));
}

/** Where each Desa Bersinar village is among the points (binary search on the sorted codes), found once. */
const placed = new WeakMap<Map<number, MapVillage>, { index: number; village: MapVillage }[]>();
function programPoints(points: Points, program: Map<number, MapVillage>) {
  let found = placed.get(program);
  if (!found) {
    found = [];
    for (const [code, village] of program) {
      let [lo, hi] = [0, points.count - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (points.codes[mid] === code) {
          found.push({ index: mid, village });
          break;
        }
        if (points.codes[mid] < code) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    placed.set(program, found);
  }
  return found;
}

/** One pass over typed arrays (no lookup per point): the program's villages are patched in first. */
export function filterPoints(points: Points, program: Map<number, MapVillage>, state: MapState): Shown {
  const status = points.status.slice();
  for (const { index, village } of programPoints(points, program)) {
    const s = POINT_STATUSES.indexOf(village.status);
    status[index] = s > 0 && !inProgramBy(village, state.year) ? 0 : s;
  }
  const shown = new Uint8Array(points.count);
  const counts: Shown['counts'] = [0, 0, 0, 0];
  const wanted = POINT_STATUSES.map((s) => state.status.includes(s));
  const province = state.province ? Number(state.province) : null;
  const regency = state.regency ? Number(state.regency.replace('.', '')) : null;
  // Codes are sorted: an area is one run of points.
  let [from, to] = [0, points.count];
  const area = regency !== null ? [regency * 1e6, 1e6] : province !== null ? [province * 1e8, 1e8] : null;
  if (area) {
    from = lowerBound(points.codes, area[0]);
    to = lowerBound(points.codes, area[0] + area[1]);
  }
  shown.fill(HIDDEN);
  for (let i = from; i < to; i++) {
    const s = status[i];
    if (!wanted[s]) continue;
    shown[i] = s;
    counts[s]++;
  }
  return { shown, counts };
}

/** The first index whose code is at least `value`. */
function lowerBound(codes: Float64Array, value: number): number {
  let [lo, hi] = [0, codes.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (codes[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
