/**
 * Which of a regency's unshared arcs are inland borders rather than coast. The source draws many borders twice,
 * each regency on its own and already simplified, so neighbours do not share those lines and gaps of up to a few
 * kilometres lie between them (wider once simplified again). The map strokes each regency's inland arcs in its own
 * colour under the fills (src/map/render.ts), which closes those gaps without fattening any coastline, and draws
 * them as borders. An unshared arc is inland when most of it lies within NEAR degrees of another regency's line.
 * Stored in the topology as a foreign member, `inland: { within, across }`: the arc indexes, sorted and
 * delta-coded (about 5 KB gzip), split by whether a regency of another province lies along the arc.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Degrees: an unshared arc is inland when 60% of it lies this close to another regency (~2 km). */
const NEAR = 0.02;
/** Degrees between the samples taken along every arc. */
const STEP = 0.01;

export interface Inland {
  /** Inland unshared arcs with only regencies of the same province along them; delta-coded arc indexes. */
  within: number[];
  /** Those with a regency of another province along them (drawn as province borders). */
  across: number[];
}

const deltas = (sorted: number[]) => sorted.map((v, i) => v - (i > 0 ? sorted[i - 1] : 0));

export function inlandArcs(topology: Topology): Inland {
  const regencies = topology.objects.regencies as GeometryCollection;
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  // Absolute positions of each arc (the arcs are delta-encoded when quantized).
  const positions = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => {
      [x, y] = topology.transform ? [x + dx, y + dy] : [dx, dy];
      return [tx + x * sx, ty + y * sy];
    });
  });
  const owners = new Map<number, Set<string>>();
  for (const g of regencies.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const ring of polygons.flat()) {
      for (const ref of ring) {
        const index = ref < 0 ? ~ref : ref;
        owners.set(index, (owners.get(index) ?? new Set()).add(String(g.id)));
      }
    }
  }
  // Every arc sampled every STEP degrees into a grid of NEAR-sized cells, with its owners.
  const cell = (x: number, y: number) => `${Math.floor(x / NEAR)},${Math.floor(y / NEAR)}`;
  const grid = new Map<string, { x: number; y: number; owners: Set<string> }[]>();
  const densify = (points: number[][]) =>
    points.flatMap((p, i) => {
      if (i === 0) return [p];
      const q = points[i - 1];
      const n = Math.ceil(Math.hypot(p[0] - q[0], p[1] - q[1]) / STEP);
      return Array.from({ length: n }, (_, k) => [
        q[0] + ((p[0] - q[0]) * (k + 1)) / n,
        q[1] + ((p[1] - q[1]) * (k + 1)) / n,
      ]);
    });
  const samples = positions.map(densify);
  for (const [index, set] of owners) {
    for (const [x, y] of samples[index]) {
      const list = grid.get(cell(x, y)) ?? [];
      list.push({ x, y, owners: set });
      grid.set(cell(x, y), list);
    }
  }
  /** The other regencies whose lines pass within NEAR of a point. */
  const nearOthers = ([x, y]: number[], owner: string) => {
    const found = new Set<string>();
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const s of grid.get(cell(x + i * NEAR, y + j * NEAR)) ?? []) {
          if (Math.hypot(s.x - x, s.y - y) > NEAR) continue;
          for (const o of s.owners) if (o !== owner) found.add(o);
        }
      }
    }
    return found;
  };
  const within: number[] = [];
  const across: number[] = [];
  for (const [index, set] of owners) {
    if (set.size !== 1) continue;
    const [owner] = set;
    const points = samples[index];
    const near = points.map((p) => nearOthers(p, owner));
    if (near.filter((n) => n.size > 0).length < 0.6 * points.length) continue;
    const otherProvince = near.some((n) => [...n].some((o) => o.slice(0, 2) !== owner.slice(0, 2)));
    (otherProvince ? across : within).push(index);
  }
  return { within: deltas(within.sort((a, b) => a - b)), across: deltas(across.sort((a, b) => a - b)) };
}
