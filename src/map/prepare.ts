/**
 * The map's heavy lifting before its first frame, off the main thread (src/map/worker.ts; load.ts runs the same
 * functions in the page when no worker can be had): the TopoJSON turned into regency rings, border lines and
 * neighbours, and villages.bin decoded, both projected with the map's Mercator into a fixed reference frame. The
 * results are flat typed arrays, transferred to the page without copying; the page turns them into Path2D shapes
 * for its size (geometry.ts). Pure functions, no DOM.
 */
import type { Feature } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodePoints, drawOrder, type Points } from './codec.ts';
import { mercator, type ProjectionParams, REFERENCE } from './projection.ts';

/** Polylines (or rings) in one coordinate array: line i is the vertices `starts[i]` … `starts[i + 1] - 1`. */
export interface FlatLines {
  /** x, y pairs in the reference frame. */
  coords: Float32Array;
  /** One more than the number of lines. */
  starts: Uint32Array;
}

export interface GeometryData {
  /** The Mercator the coordinates are in (REFERENCE). */
  params: ProjectionParams;
  codes: string[];
  names: string[];
  /** Each regency's place when sorted by name in the reader's language (Intl.Collator: slow to set up, so here). */
  nameRank: Uint16Array;
  /** Every regency's rings; regency r owns rings `ringsOf[r]` … `ringsOf[r + 1] - 1`. */
  rings: FlatLines;
  ringsOf: Uint32Array;
  /** Every regency's unshared inland borders (scripts/geo/inland.ts), grouped the same way by `inlandOf`. */
  inland: FlatLines;
  inlandOf: Uint32Array;
  /** x0, y0, x1, y1 per regency. */
  bounds: Float32Array;
  /** x, y per regency: the area-weighted centroid of all its rings. */
  centroids: Float32Array;
  /** Indexes of each regency's neighbours (shared borders, topojson-client `neighbors`). */
  neighbors: number[][];
  provinceBorders: FlatLines;
  regencyBorders: FlatLines;
  /** Indonesia's outline (fallback base map without regencies), or null. */
  outline: FlatLines | null;
}

export interface PointsData {
  points: Points;
  /** Every point in the reference frame. */
  x: Float32Array;
  y: Float32Array;
  /** Indexes by status bucket (0 none … 3 formed), each in code order: the drawing order. */
  order: Uint32Array[];
}

/** Growable flat lines. */
class LinesWriter {
  private coords = new Float32Array(4096);
  private size = 0;
  private starts: number[] = [0];
  private project: (lng: number, lat: number) => [number, number];

  constructor(project: (lng: number, lat: number) => [number, number]) {
    this.project = project;
  }

  get count(): number {
    return this.starts.length - 1;
  }

  /** A line of [lng, lat] positions, projected here. */
  add(line: number[][]): void {
    this.addFlat(line.flatMap(([lng, lat]) => this.project(lng, lat)));
  }

  /** x, y pairs already projected. */
  addFlat(xy: ArrayLike<number>): void {
    if (this.size + xy.length > this.coords.length) {
      const grown = new Float32Array(Math.max(2 * this.coords.length, this.size + xy.length));
      grown.set(this.coords);
      this.coords = grown;
    }
    for (let i = 0; i < xy.length; i++) this.coords[this.size++] = xy[i];
    this.starts.push(this.size / 2);
  }

  done(): FlatLines {
    return { coords: this.coords.slice(0, this.size), starts: Uint32Array.from(this.starts) };
  }
}

const polygonRings = (f: Feature): number[][][] =>
  f.geometry?.type === 'Polygon'
    ? f.geometry.coordinates
    : f.geometry?.type === 'MultiPolygon'
      ? f.geometry.coordinates.flat()
      : [];

/** The build's list of inland unshared arcs (scripts/geo/inland.ts), decoded and grouped by their regency. */
function inlandOf(topology: Topology, geometries: GeometryCollection['geometries']) {
  const stored = (topology as { inland?: { within: number[]; across: number[] } }).inland;
  const undelta = (deltas: number[] = []) => {
    let value = 0;
    return deltas.map((d) => {
      value += d;
      return value;
    });
  };
  const within = undelta(stored?.within);
  const across = undelta(stored?.across);
  const ownerOf = new Map<number, number>();
  geometries.forEach((g, index) => {
    for (const ref of arcRefs(g)) ownerOf.set(ref < 0 ? ~ref : ref, index);
  });
  const byOwner = new Map<number, number[]>();
  for (const arc of [...within, ...across]) {
    const owner = ownerOf.get(arc);
    if (owner === undefined) continue;
    const list = byOwner.get(owner);
    if (list) list.push(arc);
    else byOwner.set(owner, [arc]);
  }
  return { within, across, byOwner };
}

type Geometry = GeometryCollection['geometries'][number];

/** A polygon's or multipolygon's rings, as lists of arc references. */
const ringsOf = (g: Geometry): number[][] =>
  g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [];
const arcRefs = (g: Geometry): number[] => ringsOf(g).flat();

/** Every arc decoded (the quantized deltas, as topojson-client does) and projected (mercator, inlined): x, y pairs. */
function projectedArcs(topology: Topology, { k, tx, ty }: ProjectionParams) {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [dx, dy] = topology.transform?.translate ?? [0, 0];
  const quantized = topology.transform !== undefined;
  const radians = Math.PI / 180;
  return topology.arcs.map((arc) => {
    const out = new Float64Array(2 * arc.length);
    let [x, y] = [0, 0];
    for (let i = 0; i < arc.length; i++) {
      const position = arc[i];
      if (quantized) {
        x += position[0];
        y += position[1];
      } else [x, y] = position;
      const lng = quantized ? x * sx + dx : x;
      const lat = quantized ? y * sy + dy : y;
      out[2 * i] = tx + k * lng * radians;
      out[2 * i + 1] = ty - k * Math.log(Math.tan(Math.PI / 4 + (lat * radians) / 2));
    }
    return out;
  });
}

/**
 * Regency rings (arcs joined as topojson-client's `feature` joins them), bounds and centroids (the planar polygon
 * formula over every ring, in projected units), border lines (the arcs two regencies share, as topojson-client's
 * `mesh` picks them, plus the unshared inland ones: both sides are drawn where the source differs, one line per
 * arc) and the neighbour graph (topojson-client `neighbors`), in the reference frame. Works on the arcs directly:
 * each is decoded and projected once.
 */
export function prepareGeometry(topology: Topology, params: ProjectionParams = REFERENCE): GeometryData {
  const project = mercator(params);
  const geometries = (topology.objects.regencies as GeometryCollection).geometries;
  const arcs = projectedArcs(topology, params);
  const inland = inlandOf(topology, geometries);

  const rings = new LinesWriter(project);
  const inlandLines = new LinesWriter(project);
  const ringStarts = new Uint32Array(geometries.length + 1);
  const inlandStarts = new Uint32Array(geometries.length + 1);
  const bounds = new Float32Array(4 * geometries.length);
  const centroids = new Float32Array(2 * geometries.length);
  const codes: string[] = [];
  const names: string[] = [];
  const ring: number[] = [];
  geometries.forEach((g, r) => {
    const code = String(g.id);
    codes.push(code);
    names.push(String((g.properties as { name?: string } | undefined)?.name ?? code));
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    let [area, cx, cy] = [0, 0, 0];
    for (const refs of ringsOf(g)) {
      // Each arc after the first starts where the last one ended: that point is taken once.
      ring.length = 0;
      for (const ref of refs) {
        const arc = arcs[ref < 0 ? ~ref : ref];
        if (ring.length) ring.length -= 2;
        const n = arc.length / 2;
        for (let k = 0; k < n; k++) {
          const at = ref < 0 ? n - 1 - k : k;
          ring.push(arc[2 * at], arc[2 * at + 1]);
        }
      }
      while (ring.length > 0 && ring.length < 8) ring.push(ring[0], ring[1]);
      rings.addFlat(ring);
      const n = ring.length / 2;
      for (let i = 0; i < n; i++) {
        const [x, y] = [ring[2 * i], ring[2 * i + 1]];
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
        const p = i === 0 ? n - 1 : i - 1;
        const [px, py] = [ring[2 * p], ring[2 * p + 1]];
        const cross = px * y - x * py;
        area += cross;
        cx += (px + x) * cross;
        cy += (py + y) * cross;
      }
    }
    ringStarts[r + 1] = rings.count;
    for (const arc of inland.byOwner.get(r) ?? []) inlandLines.addFlat(arcs[arc]);
    inlandStarts[r + 1] = inlandLines.count;
    bounds.set([x0, y0, x1, y1], 4 * r);
    const flat = Math.abs(area) < 1e-9;
    centroids.set(flat ? [(x0 + x1) / 2, (y0 + y1) / 2] : [cx / (3 * area), cy / (3 * area)], 2 * r);
  });

  // Borders: an arc two different regencies share (mesh's `a !== b`), by whether their provinces differ.
  const first = new Int32Array(arcs.length).fill(-1);
  const last = new Int32Array(arcs.length).fill(-1);
  geometries.forEach((g, index) => {
    for (const ref of arcRefs(g)) {
      const arc = ref < 0 ? ~ref : ref;
      if (first[arc] < 0) first[arc] = index;
      last[arc] = index;
    }
  });
  const provinceBorders = new LinesWriter(project);
  const regencyBorders = new LinesWriter(project);
  const province = (index: number) => String(geometries[index].id).slice(0, 2);
  for (let arc = 0; arc < arcs.length; arc++) {
    if (first[arc] < 0 || first[arc] === last[arc]) continue;
    (province(first[arc]) === province(last[arc]) ? regencyBorders : provinceBorders).addFlat(arcs[arc]);
  }
  for (const arc of inland.across) provinceBorders.addFlat(arcs[arc]);
  for (const arc of inland.within) regencyBorders.addFlat(arcs[arc]);

  const outline = topology.objects.outline ? feature(topology, topology.objects.outline) : null;
  const outlineLines = new LinesWriter(project);
  if (outline) {
    for (const line of 'features' in outline ? outline.features.flatMap(polygonRings) : polygonRings(outline)) {
      outlineLines.add(line);
    }
  }
  const collator = new Intl.Collator();
  const byName = names.map((_, i) => i).sort((a, b) => collator.compare(names[a], names[b]));
  const nameRank = new Uint16Array(names.length);
  byName.forEach((r, place) => {
    nameRank[r] = place;
  });
  return {
    params,
    codes,
    names,
    nameRank,
    rings: rings.done(),
    ringsOf: ringStarts,
    inland: inlandLines.done(),
    inlandOf: inlandStarts,
    bounds,
    centroids,
    neighbors: neighbors(geometries as never),
    provinceBorders: provinceBorders.done(),
    regencyBorders: regencyBorders.done(),
    outline: outline ? outlineLines.done() : null,
  };
}

/** Every point in the reference frame, and the drawing order. */
export function preparePoints(points: Points, params: ProjectionParams = REFERENCE): PointsData {
  const project = mercator(params);
  const x = new Float32Array(points.count);
  const y = new Float32Array(points.count);
  for (let i = 0; i < points.count; i++) {
    const [px, py] = project(points.lng[i], points.lat[i]);
    x[i] = px;
    y[i] = py;
  }
  return { points, x, y, order: drawOrder(points.status) };
}

/**
 * villages.bin as served: gzip-compressed at build time (`villages.bin.gz`: hosts compress no
 * application/octet-stream, so the file travels compressed whatever the server does), or already inflated by a
 * server that sent it with `Content-Encoding`.
 */
export async function inflatePoints(buffer: ArrayBuffer): Promise<ArrayBuffer> {
  const head = new Uint8Array(buffer, 0, Math.min(2, buffer.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return buffer;
  const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/** The buffers every transferable array of a result lives in (so postMessage moves them instead of copying). */
export function transferables(value: GeometryData | PointsData): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [];
  if ('points' in value) {
    const p = value.points;
    arrays.push(p.codes, p.lng, p.lat, p.status, p.precision, value.x, value.y, ...value.order);
  } else {
    for (const lines of [value.rings, value.inland, value.provinceBorders, value.regencyBorders, value.outline]) {
      if (lines) arrays.push(lines.coords, lines.starts);
    }
    arrays.push(value.ringsOf, value.inlandOf, value.bounds, value.centroids, value.nameRank);
  }
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** Decodes villages.bin (inflating it first when needed) and projects the points. */
export async function pointsFromFile(buffer: ArrayBuffer) {
  const start = performance.now();
  const points = decodePoints(await inflatePoints(buffer));
  const decoded = performance.now();
  const data = preparePoints(points);
  return { data, decodeMs: decoded - start, projectMs: performance.now() - decoded };
}

/** Parses the topology (bytes of JSON) and prepares its geometry. */
export function geometryFromFile(buffer: ArrayBuffer) {
  const start = performance.now();
  const topology = JSON.parse(new TextDecoder().decode(buffer)) as Topology;
  const data = prepareGeometry(topology);
  return { data, prepareMs: performance.now() - start };
}
