/**
 * Simplification of a topology, shared borders kept shared: Visvalingam weights from topojson-simplify, then
 * (1) slivers and specks dropped (polygons and holes under a minimum area, except each feature's largest polygon,
 * so a small-island regency never disappears) and (2) arcs thinned to the points above a weight, while every ring
 * keeps at least a triangle ("keep shapes").
 */
import { feature } from 'topojson-client';
import { filter, planarRingArea, presimplify, quantile } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

type Ring = number[];
type WeightedArc = [number, number, number][];
interface Geometry {
  type: string;
  arcs?: Ring[] | Ring[][];
  geometries?: Geometry[];
}

export interface SimplifyOptions {
  /** Share of the removable points kept, 0–1 (mapshaper's "-simplify 3%" is 0.03). */
  retain: number;
  /** Polygons and holes smaller than this (square degrees) are dropped, except each feature's largest polygon. */
  minArea: number;
}

const polygonsOf = (g: Geometry): Ring[][] =>
  g.type === 'Polygon' ? [g.arcs as Ring[]] : g.type === 'MultiPolygon' ? (g.arcs as Ring[][]) : [];

function ringArea(topology: Topology, ring: Ring): number {
  const polygon = feature(topology, { type: 'Polygon', arcs: [ring] } as never) as unknown as {
    geometry: { coordinates: number[][][] };
  };
  return planarRingArea(polygon.geometry.coordinates[0] as [number, number][]);
}

/** The rings to keep: large enough, or the exterior of each feature's largest polygon. */
function ringsToKeep(topology: Topology, minArea: number): Set<Ring> {
  const keep = new Set<Ring>();
  for (const object of Object.values(topology.objects)) {
    for (const g of (object as Geometry).geometries ?? [object as Geometry]) {
      const polygons = polygonsOf(g);
      const areas = polygons.map((p) => ringArea(topology, p[0]));
      const largest = areas.indexOf(Math.max(...areas));
      polygons.forEach((p, i) => {
        if (i !== largest && areas[i] < minArea) return;
        keep.add(p[0]);
        for (const hole of p.slice(1)) if (ringArea(topology, hole) >= minArea) keep.add(hole);
      });
    }
  }
  return keep;
}

/** Points kept per arc: weight above the threshold, plus the best points of any ring that would fall below 3. */
function thin(arcs: WeightedArc[], rings: Ring[], minWeight: number): [number, number][][] {
  const kept = arcs.map((arc) => arc.map((p) => p[2] >= minWeight));
  const count = (a: number) => kept[a].reduce((n, k) => n + (k ? 1 : 0), 0);
  for (const ring of rings) {
    const indexes = ring.map((a) => (a < 0 ? ~a : a));
    let vertices = indexes.reduce((n, a) => n + count(a) - 1, 0);
    if (vertices >= 3) continue;
    const candidates = indexes
      .flatMap((a) => arcs[a].map((p, i) => ({ a, i, w: p[2] })))
      .filter(({ a, i }) => !kept[a][i])
      .sort((x, y) => y.w - x.w);
    for (const c of candidates) {
      if (vertices >= 3) break;
      kept[c.a][c.i] = true;
      vertices++;
    }
  }
  return arcs.map((arc, a) => arc.filter((_, i) => kept[a][i]).map((p) => [p[0], p[1]] as [number, number]));
}

/** A simplified copy of an unquantized topology (coordinates in degrees). */
export function simplifyTopology(topology: Topology, options: SimplifyOptions): Topology {
  const weighted = presimplify(topology as never) as unknown as Topology;
  const keep = ringsToKeep(weighted, options.minArea);
  const filtered = filter(weighted as never, ((ring: Ring) => keep.has(ring)) as never) as unknown as Topology;
  const rings = Object.values(filtered.objects).flatMap((o) =>
    ((o as Geometry).geometries ?? [o as Geometry]).flatMap((g) => polygonsOf(g).flat()),
  );
  const minWeight = quantile(filtered as never, options.retain) as number;
  return { ...filtered, arcs: thin(filtered.arcs as unknown as WeightedArc[], rings, minWeight) } as Topology;
}
