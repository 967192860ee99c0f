/**
 * Finding a place by name or code: provinces and regencies from the map's data (in the page), villages by code
 * from the points file. Village names are searched through the API (src/map/search-ui.ts). Pure functions.
 */
import { numberToCode, type Points } from './codec.ts';
import type { MapData } from './model.ts';

export type Kind = 'province' | 'regency' | 'village';

export interface Hit {
  kind: Kind;
  code: string;
  name: string;
  /** Where it is: the province of a regency, the regency of a village. */
  context: string;
}

/** Lower case, accents and punctuation off, single spaces: "Kep. Seribu" → "kep seribu". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const PREFIXES = /^(kabupaten|kab|kota|provinsi) /;

export interface AreaIndex {
  entries: (Hit & { folded: string; bare: string })[];
}

export function areaIndex(data: MapData): AreaIndex {
  const provinceName = new Map(data.provinces);
  const entries = [
    ...data.provinces.map(([code, name]) => ({ kind: 'province' as const, code, name, context: '' })),
    ...data.regencies.map(([code, name]) => ({
      kind: 'regency' as const,
      code,
      name,
      context: provinceName.get(code.slice(0, 2)) ?? '',
    })),
  ].map((e) => {
    const folded = fold(e.name);
    return { ...e, folded, bare: folded.replace(PREFIXES, '') };
  });
  return { entries };
}

/** Best first: exact name, name starts with the query, a word starts with it, contains it; codes by prefix. */
export function searchAreas(index: AreaIndex, query: string, limit = 8): Hit[] {
  const q = fold(query);
  if (!q) return [];
  const codeQuery = /^\d{2}(\.\d{0,2})?$/.test(query.trim()) ? query.trim() : null;
  const scored: { hit: Hit; score: number }[] = [];
  for (const e of index.entries) {
    let score = -1;
    if (codeQuery && e.code.startsWith(codeQuery)) score = e.code === codeQuery ? 0 : 1;
    else if (e.bare === q || e.folded === q) score = 0;
    else if (e.bare.startsWith(q) || e.folded.startsWith(q)) score = 1;
    else if (` ${e.folded}`.includes(` ${q}`)) score = 2;
    else if (e.folded.includes(q)) score = 3;
    if (score >= 0) scored.push({ hit: { kind: e.kind, code: e.code, name: e.name, context: e.context }, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.hit.code.length - b.hit.code.length || a.hit.name.localeCompare(b.hit.name))
    .slice(0, limit)
    .map((s) => s.hit);
}

/** Village codes starting with a (district or longer) code prefix, e.g. "61.03.10" or "61.03.10.2001". */
export function searchVillageCodes(points: Points, query: string, limit = 8): string[] {
  const q = query.trim();
  if (!/^\d{2}\.\d{2}\.\d{2}(\.\d{0,4})?$/.test(q)) return [];
  const digits = q.replace(/\./g, '');
  const lo = Number(digits.padEnd(10, '0'));
  const hi = Number(digits.padEnd(10, '9'));
  let a = 0;
  let b = points.count;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (points.codes[mid] < lo) a = mid + 1;
    else b = mid;
  }
  const found: string[] = [];
  for (let i = a; i < points.count && points.codes[i] <= hi && found.length < limit; i++) {
    found.push(numberToCode(points.codes[i]));
  }
  return found;
}
