/** The village list as GeoJSON and CSV. */
import { toCsv, toFeatureCollection } from '../../lib/formats.ts';
import type { Village } from './schemas.ts';

export function villagesGeoJson(body: { data: Village[]; meta: unknown; links: unknown }) {
  return toFeatureCollection(
    body.data.map(({ location, ...village }) => ({
      id: village.code,
      lng: location?.lng ?? null,
      lat: location?.lat ?? null,
      properties: { ...village, locationPrecision: location?.precision ?? null },
    })),
    { meta: body.meta, links: body.links },
  );
}

const COLUMNS = [
  'code',
  'name',
  'source_name',
  'status',
  'year',
  'year_before',
  'province_code',
  'regency_code',
  'regency_name',
  'district_code',
  'district_name',
  'lat',
  'lng',
  'location_precision',
  'source_ids',
  'source_publishers',
];

export function villagesCsv(villages: Village[]): string {
  return toCsv(
    COLUMNS,
    villages.map((v) => [
      v.code,
      v.name,
      v.sourceName,
      v.status,
      v.year,
      v.yearBefore,
      v.provinceCode,
      v.regency.code,
      v.regency.name,
      v.district.code,
      v.district.name,
      v.location?.lat,
      v.location?.lng,
      v.location?.precision,
      v.sources.map((s) => s.id).join(' '),
      v.sources.map((s) => s.publisher).join('; '),
    ]),
  );
}
