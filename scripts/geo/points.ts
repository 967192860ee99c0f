/**
 * Every official village as a point with its Desa Bersinar status, strongest location first: surveyed (content),
 * the centroid of its official boundary, or — for the villages the boundary source does not have yet — the centroid
 * of its district, flagged as such. Without the geo folder only content villages with a surveyed point remain.
 */
import type { ContentSet } from '../../src/content-model/types.ts';
import type { PointInput } from '../../src/map/codec.ts';
import type { GeoSource } from './source.ts';

export interface PointCounts {
  villageCentroid: number;
  districtCentroid: number;
  surveyed: number;
  unlocated: number;
}

export function villagePoints(villageCodes: Iterable<string>, content: ContentSet, geo: GeoSource | null) {
  const program = new Map(content.villages.map((v) => [v.code, v]));
  const counts: PointCounts = { villageCentroid: 0, districtCentroid: 0, surveyed: 0, unlocated: 0 };
  const points: PointInput[] = [];
  for (const code of villageCodes) {
    const village = program.get(code);
    const status = village?.status ?? 'none';
    const surveyed = village?.location?.precision === 'surveyed' ? village.location : null;
    const centroid = geo?.villages.get(code);
    const district = centroid ? null : geo?.districts.get(code.slice(0, 8));
    if (surveyed) {
      points.push({ code, lng: surveyed.lng, lat: surveyed.lat, status, precision: 'surveyed' });
      counts.surveyed++;
    } else if (centroid) {
      points.push({ code, ...centroid, status, precision: 'village-centroid' });
      counts.villageCentroid++;
    } else if (district) {
      points.push({ code, ...district, status, precision: 'district-centroid' });
      counts.districtCentroid++;
    } else counts.unlocated++;
  }
  return { points, counts };
}
