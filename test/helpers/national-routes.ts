/**
 * What the national-scale checks request: one route of every kind the API serves, with real codes and names from
 * the synthetic national dataset, and how many items each answer returns. Used by test/api/national.test.ts (rows
 * read per request) and by `npm run bench`.
 */
import type { ContentSet } from '../../src/content-model/types.ts';

/** Items a response returns: list entries, or the parts of a detail (reports, figures, regencies…). */
export function itemsOf(body: any): number {
  if (body.type === 'FeatureCollection') return body.features.length;
  const data = body.data;
  if (Array.isArray(data)) return data.length;
  let items = 1;
  for (const value of Object.values(data ?? {})) {
    if (Array.isArray(value))
      items +=
        value.length + value.reduce((n: number, v: any) => n + (Array.isArray(v?.figures) ? v.figures.length : 0), 0);
  }
  return items;
}

/** One request of every kind, on the village in the middle of the dataset, its regency, district and province. */
export function nationalRoutes(content: ContentSet): string[] {
  const village = content.villages[40_000];
  const regency = village.regencyCode;
  const province = regency.slice(0, 2);
  const district = village.districtCode;
  const name = village.name.toLowerCase().slice(0, 4);
  return [
    '/api/v1',
    '/api/v1/stats',
    `/api/v1/stats?province=${province}`,
    `/api/v1/stats?regency=${regency}&year=2023`,
    '/api/v1/stats?year=2022',
    '/api/v1/provinces',
    `/api/v1/provinces/${province}`,
    '/api/v1/regencies',
    `/api/v1/regencies?province=${province}`,
    `/api/v1/regencies/${regency}`,
    `/api/v1/regencies/${regency}/reports/2023`,
    '/api/v1/indicators',
    '/api/v1/villages',
    '/api/v1/villages?limit=1',
    '/api/v1/villages?limit=500',
    `/api/v1/villages?province=${province}`,
    `/api/v1/villages?regency=${regency}`,
    `/api/v1/villages?regency=${regency}&limit=1`,
    `/api/v1/villages?district=${district}`,
    '/api/v1/villages?status=formed',
    '/api/v1/villages?year=2023',
    `/api/v1/villages?regency=${regency}&status=target`,
    `/api/v1/villages?province=${province}&year=2022&status=proposed`,
    `/api/v1/villages?q=${encodeURIComponent(name)}`,
    `/api/v1/villages?q=${encodeURIComponent(name)}&regency=${regency}`,
    '/api/v1/villages?bbox=106.5,-6.5,107.5,-6.0',
    '/api/v1/villages?bbox=95,-11,141,6',
    '/api/v1/villages?bbox=106.5,-6.5,107.5,-6.0&status=formed&format=geojson',
    `/api/v1/villages?regency=${regency}&format=csv`,
    `/api/v1/villages/${village.code}`,
    `/api/v1/reference/villages?q=${encodeURIComponent(name)}`,
    '/api/v1/reference/villages?q=su&limit=500',
    `/api/v1/reference/villages/${village.code}`,
    `/api/v1/reference/villages?q=${encodeURIComponent(name)}&regency=${regency}`,
  ];
}
