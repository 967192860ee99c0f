/**
 * What is under the pointer: the nearest shown village within a few pixels (d3-quadtree over base pixels, Desa
 * Bersinar villages first since they are drawn on top), else the regency whose shape contains the point.
 */
import { type Quadtree, quadtree } from 'd3-quadtree';
import type { Geometry, RegencyShape } from './geometry.ts';
import { HIDDEN, type Projected, type Transform } from './points-layer.ts';

export interface HitIndex {
  program: Quadtree<number>;
  others: Quadtree<number>;
}

/** Quadtrees of the shown points (rebuild when the filters or the size change). */
export function buildHitIndex(projected: Projected, shown: Uint8Array): HitIndex {
  const steps = hitIndexSteps(projected, shown);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a couple of thousand points per step, so the map can build it while the page is idle (tasks.ts
 * `runSliced`) rather than on the first hover or tap. The trees come out as one `addAll` would build them: each
 * is first made to cover all its points.
 */
export function* hitIndexSteps(projected: Projected, shown: Uint8Array, batch = 2048): Generator<void, HitIndex> {
  const program: number[] = [];
  const others: number[] = [];
  for (let i = 0; i < shown.length; i++) {
    if (i % (8 * batch) === 0) yield;
    if (shown[i] === HIDDEN || Number.isNaN(projected.x[i])) continue;
    (shown[i] > 0 ? program : others).push(i);
  }
  const trees: Quadtree<number>[] = [];
  for (const ids of [program, others]) {
    const tree = quadtree<number>()
      .x((i) => projected.x[i])
      .y((i) => projected.y[i]);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of ids) {
      const [x, y] = [projected.x[i], projected.y[i]];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    if (ids.length > 0) tree.cover(x0, y0).cover(x1, y1);
    for (let from = 0; from < ids.length; from += batch) {
      yield;
      tree.addAll(ids.slice(from, from + batch));
    }
    trees.push(tree);
  }
  return { program: trees[0], others: trees[1] };
}

/** The village nearest to a screen point within `radius` screen pixels, or null. */
export function pointAt(index: HitIndex, t: Transform, sx: number, sy: number, radius: number): number | null {
  const bx = (sx - t.x) / t.k;
  const by = (sy - t.y) / t.k;
  return index.program.find(bx, by, (radius + 3) / t.k) ?? index.others.find(bx, by, radius / t.k) ?? null;
}

let probe: CanvasRenderingContext2D | null = null;

/** The regency containing a screen point, or null (sea, or outside every shape). */
export function regencyAt(geometry: Geometry, t: Transform, sx: number, sy: number): RegencyShape | null {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return null;
  const bx = (sx - t.x) / t.k;
  const by = (sy - t.y) / t.k;
  for (const r of geometry.regencies) {
    const [[x0, y0], [x1, y1]] = r.bounds;
    if (bx < x0 || bx > x1 || by < y0 || by > y1) continue;
    if (probe.isPointInPath(r.path, bx, by)) return r;
  }
  return null;
}
