/**
 * Regency shapes in the page's pixel space: one Path2D per regency (built from the worker's flat arrays for the
 * stage's size, then drawn at any zoom with a canvas transform), their bounds and centroids, province and regency
 * border paths, and the neighbour graph for arrow-key navigation. The topology itself is read in the worker
 * (prepare.ts); building the paths here takes a few milliseconds, in slices (`geometrySteps`).
 */
import type { FlatLines, GeometryData } from './prepare.ts';
import { type ProjectionParams, similarity } from './projection.ts';

export type Box = [[number, number], [number, number]];

export interface RegencyShape {
  code: string;
  name: string;
  /** Its place among all regencies sorted by name. */
  rank: number;
  province: string;
  path: Path2D;
  /** The regency's unshared inland borders (see inland.ts), stroked under the fills to close gaps; or null. */
  inland: Path2D | null;
  /** Bounds and centroid in base pixels (before zoom). */
  bounds: Box;
  centroid: [number, number];
}

export interface Geometry {
  regencies: RegencyShape[];
  byCode: Map<string, RegencyShape>;
  neighbors: Map<string, string[]>;
  provinceBorders: Path2D;
  regencyBorders: Path2D;
  /** Indonesia's outline (fallback base map without regencies), or null. */
  outline: Path2D | null;
  /** Base pixels per degree of longitude (for widths given in degrees). */
  pxPerDegree: number;
  /** The projection the shapes are in. */
  params: ProjectionParams;
}

type Similarity = ReturnType<typeof similarity>;

/** Lines `from` … `to - 1` of flat lines into a Path2D, mapped by a similarity. */
function addLines(into: Path2D, lines: FlatLines, from: number, to: number, closed: boolean, m: Similarity) {
  const { coords, starts } = lines;
  const { s, dx, dy } = m;
  for (let line = from; line < to; line++) {
    const a = starts[line];
    const b = starts[line + 1];
    if (b <= a) continue;
    into.moveTo(s * coords[2 * a] + dx, s * coords[2 * a + 1] + dy);
    for (let i = a + 1; i < b; i++) into.lineTo(s * coords[2 * i] + dx, s * coords[2 * i + 1] + dy);
    if (closed) into.closePath();
  }
}

/** Lines into one path, yielding every `batch` lines (a generator step is a slice of work). */
function* linesPath(lines: FlatLines, closed: boolean, m: Similarity, batch = 400): Generator<void, Path2D> {
  const path = new Path2D();
  const count = lines.starts.length - 1;
  for (let from = 0; from < count; from += batch) {
    addLines(path, lines, from, Math.min(count, from + batch), closed, m);
    yield;
  }
  return path;
}

/**
 * The shapes for a projection, one regency per step: run it whole (`buildGeometry`) or a slice at a time
 * between other tasks (tasks.ts `runSliced`).
 */
export function* geometrySteps(data: GeometryData, params: ProjectionParams): Generator<void, Geometry> {
  const m = similarity(data.params, params);
  const { s, dx, dy } = m;
  const regencies: RegencyShape[] = [];
  for (let r = 0; r < data.codes.length; r++) {
    const code = data.codes[r];
    const path = new Path2D();
    addLines(path, data.rings, data.ringsOf[r], data.ringsOf[r + 1], true, m);
    let inland: Path2D | null = null;
    if (data.inlandOf[r + 1] > data.inlandOf[r]) {
      inland = new Path2D();
      addLines(inland, data.inland, data.inlandOf[r], data.inlandOf[r + 1], false, m);
    }
    const [x0, y0, x1, y1] = data.bounds.subarray(4 * r, 4 * r + 4);
    regencies.push({
      code,
      name: data.names[r],
      rank: data.nameRank[r],
      province: code.slice(0, 2),
      path,
      inland,
      bounds: [
        [s * x0 + dx, s * y0 + dy],
        [s * x1 + dx, s * y1 + dy],
      ],
      centroid: [s * data.centroids[2 * r] + dx, s * data.centroids[2 * r + 1] + dy],
    });
    yield;
  }
  const provinceBorders = yield* linesPath(data.provinceBorders, false, m);
  const regencyBorders = yield* linesPath(data.regencyBorders, false, m);
  const outline = data.outline ? yield* linesPath(data.outline, true, m) : null;
  return {
    regencies,
    byCode: new Map(regencies.map((r) => [r.code, r])),
    neighbors: new Map(data.codes.map((code, i) => [code, (data.neighbors[i] ?? []).map((j) => data.codes[j])])),
    provinceBorders,
    regencyBorders,
    outline,
    pxPerDegree: (params.k * Math.PI) / 180,
    params,
  };
}

/** The shapes for a projection, at once (a resize). */
export function buildGeometry(data: GeometryData, params: ProjectionParams): Geometry {
  const steps = geometrySteps(data, params);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The union of some boxes. */
export function unionBox(boxes: Box[]): Box | null {
  if (boxes.length === 0) return null;
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}
