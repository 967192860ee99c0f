/** What lies in the current view: regencies whose bounds meet it, and the shown villages inside it. Pure. */
import type { Geometry, RegencyShape } from './geometry.ts';
import { HIDDEN, type Projected, type Transform } from './points-layer.ts';

export interface Viewport {
  width: number;
  height: number;
  transform: Transform;
}

/** The view's box in base pixels. */
function baseBox({ width, height, transform: t }: Viewport) {
  return { x0: -t.x / t.k, y0: -t.y / t.k, x1: (width - t.x) / t.k, y1: (height - t.y) / t.k };
}

export function regenciesInView(
  geometry: Geometry,
  view: Viewport,
  inFilter: (code: string) => boolean,
): RegencyShape[] {
  const b = baseBox(view);
  return geometry.regencies.filter(
    (r) =>
      inFilter(r.code) &&
      r.bounds[1][0] >= b.x0 &&
      r.bounds[0][0] <= b.x1 &&
      r.bounds[1][1] >= b.y0 &&
      r.bounds[0][1] <= b.y1,
  );
}

/** Indexes of the shown points in view, Desa Bersinar villages first; stops counting beyond `limit` + 1. */
export function villagesInView(projected: Projected, shown: Uint8Array, view: Viewport, limit: number) {
  const b = baseBox(view);
  const found: number[] = [];
  let total = 0;
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] === HIDDEN) continue;
    const x = projected.x[i];
    const y = projected.y[i];
    if (x < b.x0 || x > b.x1 || y < b.y0 || y > b.y1) continue;
    total++;
    if (found.length <= limit) found.push(i);
  }
  found.sort((a, c) => shown[c] - shown[a] || a - c);
  return { indexes: total <= limit ? found : [], total };
}
