/**
 * Winding for d3-geo. The source GeoJSON follows RFC 7946 (exterior rings counter-clockwise); d3-geo reads rings on
 * the sphere and takes a counter-clockwise exterior as "everything except this area", so exteriors must be
 * clockwise and holes counter-clockwise. Planar orientation in lng/lat is enough at the size of a regency.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed planar area: positive when counter-clockwise (x east, y north). */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum;
}

const oriented = (ring: Position[], clockwise: boolean) =>
  signedArea(ring) < 0 === clockwise ? ring : ring.slice().reverse();

/** Exterior rings clockwise, holes counter-clockwise (d3-geo's convention). */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const polygon = (rings: Position[][]) => rings.map((ring, i) => oriented(ring, i === 0));
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: polygon(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(polygon) };
}
