/**
 * The village points: projected once (in the worker), placed in base pixels for the stage's size, then written
 * straight into an ImageData buffer for every frame (no canvas call per point). Desa Bersinar villages are drawn
 * after the others, by status (proposed, target, formed), so they sit on top.
 */
import type { Palette } from './palette.ts';
import { type ProjectionParams, similarity } from './projection.ts';
import { type Shape, type Sprite, sprite } from './sprites.ts';

export interface Projected {
  x: Float32Array;
  y: Float32Array;
}

/**
 * Every point in base pixels for a projection, from the points projected once with another (the worker's
 * reference frame): fitted Mercators differ by a scale and a shift only.
 */
export function placePoints(reference: Projected, from: ProjectionParams, to: ProjectionParams): Projected {
  const { s, dx, dy } = similarity(from, to);
  const count = reference.x.length;
  const x = new Float32Array(count);
  const y = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = s * reference.x[i] + dx;
    y[i] = s * reference.y[i] + dy;
  }
  return { x, y };
}

/** The drawing order (computed in the worker, with the points: codec.ts). */
export { drawOrder } from './codec.ts';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface PointFrame {
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
  transform: Transform;
}

const PRECISION_SHAPES: Shape[] = ['ring', 'diamond', 'disc'];

/** Symbol sizes by zoom: grey official villages stay small; Desa Bersinar villages stand out. */
export function symbolSizes(k: number, ratio: number) {
  const r = Math.max(1, Math.round(ratio));
  return {
    none: (k < 3 ? 1 : k < 12 ? 2 : 3) * r,
    program: (k < 3 ? 3 : k < 12 ? 4 : 5) * r,
  };
}

function stamp(
  buffer: Uint32Array,
  w: number,
  h: number,
  cx: number,
  cy: number,
  s: Sprite,
  fill: number,
  halo: number,
) {
  const { fill: f, halo: o } = s;
  for (let j = 0; j < o.length; j += 2) {
    const x = cx + o[j];
    const y = cy + o[j + 1];
    if (x >= 0 && y >= 0 && x < w && y < h) buffer[y * w + x] = halo;
  }
  for (let j = 0; j < f.length; j += 2) {
    const x = cx + f[j];
    const y = cy + f[j + 1];
    if (x >= 0 && y >= 0 && x < w && y < h) buffer[y * w + x] = fill;
  }
}

/** A sprite as offsets into a buffer `w` pixels wide, and how far it reaches from its centre. */
interface Stamp {
  sprite: Sprite;
  fill: Int32Array;
  halo: Int32Array;
  reach: number;
}

function stampFor(s: Sprite, w: number): Stamp {
  const linear = (pairs: Int16Array) => {
    const out = new Int32Array(pairs.length / 2);
    for (let j = 0; j < out.length; j++) out[j] = pairs[2 * j + 1] * w + pairs[2 * j];
    return out;
  };
  let reach = 0;
  for (const pairs of [s.fill, s.halo]) for (const v of pairs) reach = Math.max(reach, Math.abs(v));
  return { sprite: s, fill: linear(s.fill), halo: linear(s.halo), reach };
}

/** Marks a point the filters hide, in the `shown` array. */
export const HIDDEN = 255;

/**
 * Draws the points into `buffer` (width × height device pixels, cleared here). `shown[i]` is the status to draw
 * each point with after the filters (0 none … 3 formed; a village the year filter demotes is 0), or HIDDEN.
 */
export function drawPoints(
  buffer: Uint32Array,
  frame: PointFrame,
  ...input: [Projected, Uint32Array[], Uint8Array, Palette['packed'], Uint8Array]
): void {
  for (const _ of drawPointsSteps(buffer, frame, ...input, Number.POSITIVE_INFINITY));
}

/** drawPoints a slice of points per step (the map's first image: tasks.ts `runSliced`). */
export function* drawPointsSteps(
  buffer: Uint32Array,
  frame: PointFrame,
  projected: Projected,
  order: Uint32Array[],
  precision: Uint8Array,
  palette: Palette['packed'],
  shown: Uint8Array,
  slice = 16384,
): Generator<void> {
  const pass = beginPass(buffer, frame, projected, shown, palette);
  for (const bucket of order) {
    for (let from = 0; from < bucket.length; from += slice) {
      drawRange(pass, bucket, from, Math.min(bucket.length, from + slice));
      yield;
    }
  }
  finishPass(pass, precision, palette);
}

type Pass = ReturnType<typeof beginPass>;

function beginPass(
  buffer: Uint32Array,
  frame: PointFrame,
  projected: Projected,
  shown: Uint8Array,
  palette: Palette['packed'],
) {
  buffer.fill(0);
  const sizes = symbolSizes(frame.transform.k, frame.ratio);
  const noneColor = frame.transform.k < 3 ? palette.noneFaint : palette.none;
  return { buffer, frame, projected, shown, sizes, noneColor, late: lateLists(shown.length) };
}

/** Program villages kept for the end of a pass, per status: x, y and index triples (reused between frames). */
interface Late {
  xyi: Int32Array[];
  length: number[];
}

let lateCache: Late | null = null;

function lateLists(count: number): Late {
  if (lateCache?.xyi[1].length !== 3 * count) {
    lateCache = { xyi: [0, 1, 2, 3].map(() => new Int32Array(3 * count)), length: [0, 0, 0, 0] };
  }
  lateCache.length.fill(0);
  return lateCache;
}

/** Grey villages are drawn at once; Desa Bersinar villages are kept for the end (finishPass). */
function drawRange(pass: Pass, bucket: Uint32Array, from: number, to: number): void {
  const { buffer, frame, projected, shown, sizes, late } = pass;
  const { width: w, height: h, ratio, transform: t } = frame;
  const noneSprite = sprite('square', sizes.none, false);
  const side = sizes.none;
  const noneColor = pass.noneColor;
  const sx = t.k * ratio;
  const ox = t.x * ratio;
  const oy = t.y * ratio;
  const { x: px, y: py } = projected;
  const margin = sizes.program + 2;
  for (let n = from; n < to; n++) {
    const i = bucket[n];
    const status = shown[i];
    if (status === HIDDEN) continue;
    const cx = Math.round(ox + sx * px[i]);
    const cy = Math.round(oy + sx * py[i]);
    if (cx < -margin || cy < -margin || cx >= w + margin || cy >= h + margin) continue;
    if (status === 0) {
      // A grey village is a small square (sprites.ts: `side` pixels from the point right and down): written
      // directly when it lies wholly inside, which is nearly always.
      if (cx >= 0 && cy >= 0 && cx + side <= w && cy + side <= h) {
        const at = cy * w + cx;
        if (side === 1) buffer[at] = noneColor;
        else {
          for (let row = at, end = at + side * w; row < end; row += w) {
            for (let p = row; p < row + side; p++) buffer[p] = noneColor;
          }
        }
      } else stamp(buffer, w, h, cx, cy, noneSprite, noneColor, 0);
    } else {
      const at = late.length[status];
      const list = late.xyi[status];
      list[at] = cx;
      list[at + 1] = cy;
      list[at + 2] = i;
      late.length[status] = at + 3;
    }
  }
}

/** Program villages last, formed on top: a village demoted by the year filter was drawn grey above. */
function finishPass(pass: Pass, precision: Uint8Array, palette: Palette['packed']): void {
  const { buffer, frame, sizes, late } = pass;
  const { width: w, height: h } = frame;
  const statusColors = [pass.noneColor, palette.status.proposed, palette.status.target, palette.status.formed];
  const stamps = PRECISION_SHAPES.map((shape) => stampFor(sprite(shape, sizes.program, true), w));
  const halo = palette.halo;
  for (let status = 1; status < 4; status++) {
    const list = late.xyi[status];
    const end = late.length[status];
    const fill = statusColors[status];
    for (let j = 0; j < end; j += 3) {
      const cx = list[j];
      const cy = list[j + 1];
      const s = stamps[precision[list[j + 2]]] ?? stamps[2];
      const r = s.reach;
      if (cx < r || cy < r || cx + r >= w || cy + r >= h) {
        stamp(buffer, w, h, cx, cy, s.sprite, fill, halo);
        continue;
      }
      // Wholly inside (nearly always): one index per pixel, no bounds checks.
      const at = cy * w + cx;
      const haloOffsets = s.halo;
      const fillOffsets = s.fill;
      for (let o = 0; o < haloOffsets.length; o++) buffer[at + haloOffsets[o]] = halo;
      for (let o = 0; o < fillOffsets.length; o++) buffer[at + fillOffsets[o]] = fill;
    }
  }
}

/** A two-pixel ring of radius r (CSS pixels) around a base point: the selected village. */
export function drawRing(buffer: Uint32Array, frame: PointFrame, bx: number, by: number, r: number, color: number) {
  const { transform: t, ratio, width, height } = frame;
  const cx = (t.x + t.k * bx) * ratio;
  const cy = (t.y + t.k * by) * ratio;
  for (let a = 0; a < 96; a++) {
    for (const radius of [r * ratio, r * ratio + 1]) {
      const x = Math.round(cx + radius * Math.cos((a / 96) * 2 * Math.PI));
      const y = Math.round(cy + radius * Math.sin((a / 96) * 2 * Math.PI));
      if (x >= 0 && y >= 0 && x < width && y < height) buffer[y * width + x] = color;
    }
  }
}
