/**
 * Village and district names per regency (`names/<regency code>.json`), from the official reference: the map loads
 * one when a regency is selected or zoomed into, so 83,762 names never travel at once and work without the API.
 */
import type { Reference } from '../../src/content-model/reference.ts';

export interface RegencyNames {
  districts: Record<string, string>;
  villages: Record<string, string>;
}

export function namesByRegency(reference: Reference): Map<string, RegencyNames> {
  const byRegency = new Map<string, RegencyNames>();
  for (const code of reference.regencies.keys()) byRegency.set(code, { districts: {}, villages: {} });
  for (const d of reference.districts.values()) {
    const names = byRegency.get(d.parentCode ?? '');
    if (names) names.districts[d.code] = d.name;
  }
  for (const v of reference.villages.values()) {
    const names = byRegency.get(v.code.slice(0, 5));
    if (names) names.villages[v.code] = v.name;
  }
  return byRegency;
}
