/**
 * A last pass after simplification and quantization, which can collapse or flip a small ring: d3-geo would read
 * a flipped exterior as "the whole globe except this speck" and fill the world. Flipped or empty holes and
 * polygons are dropped; a feature's only remaining polygon is turned around instead, so no regency disappears.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { signedArea } from './rewind.ts';

type Ring = number[];
type Polygon = Ring[];

const reversed = (ring: Ring): Ring => ring.map((arc) => ~arc).reverse();

export function repairWinding(topology: Topology): { topology: Topology; dropped: number; reversed: number } {
  let dropped = 0;
  let turned = 0;
  const area = (ring: Ring) => {
    const f = feature(topology, { type: 'Polygon', arcs: [ring] } as never) as unknown as {
      geometry: { coordinates: [number, number][][] };
    };
    return signedArea(f.geometry.coordinates[0]);
  };
  const regencies = topology.objects.regencies as GeometryCollection;
  for (const g of regencies.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const polygons: Polygon[] = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    const kept: Polygon[] = [];
    for (const [exterior, ...holes] of polygons) {
      // Clockwise exteriors have a negative signed area, counter-clockwise holes a positive one.
      if (area(exterior) >= 0) {
        dropped++;
        continue;
      }
      const goodHoles = holes.filter((h) => area(h) > 0);
      dropped += holes.length - goodHoles.length;
      kept.push([exterior, ...goodHoles]);
    }
    if (kept.length === 0) {
      const largest = polygons
        .map((p) => Math.abs(area(p[0])))
        .reduce((best, a, i, all) => (a > all[best] ? i : best), 0);
      kept.push([reversed(polygons[largest][0])]);
      turned++;
      dropped--;
    }
    Object.assign(g, kept.length === 1 ? { type: 'Polygon', arcs: kept[0] } : { type: 'MultiPolygon', arcs: kept });
  }
  return { topology, dropped, reversed: turned };
}
