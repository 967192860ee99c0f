/**
 * Finding official villages by name, for `npm run find:village` and for the checker's suggestions. Names are folded
 * as in the API's name search (case, accents, punctuation) and spaces are ignored: "Sido Luhur" = "Sidoluhur".
 */
import { distance } from 'fastest-levenshtein';
import { searchName } from '../lib/search-name.ts';
import type { OfficialArea, Reference } from './reference.ts';

/** `Sido Luhur` → `sidoluhur`. */
export const foldedName = (name: string) => searchName(name).replace(/ /g, '');

/** Official villages under a code (`61`, `61.03`, `61.03.10`), or all of them. */
export function villagesUnder(ref: Reference, code?: string): OfficialArea[] {
  const all = [...ref.villages.values()];
  return code ? all.filter((v) => v.code.startsWith(`${code}.`)) : all;
}

export interface NameMatch {
  village: OfficialArea;
  /** How the folded name matches the folded query; `near` is a near miss, found only when nothing else is. */
  how: 'exact' | 'prefix' | 'contains' | 'near';
  /** Edits between the folded names, for near misses. */
  edits: number;
}

const RANK = { exact: 0, prefix: 1, contains: 2, near: 3 };
/** How many edits a near miss may have: one per four letters, from one to three. */
const nearLimit = (folded: string) => Math.max(1, Math.min(3, Math.floor(folded.length / 4)));

function near(candidates: OfficialArea[], folded: string): NameMatch[] {
  const limit = nearLimit(folded);
  return candidates
    .map((village) => ({ village, how: 'near' as const, edits: distance(folded, foldedName(village.name)) }))
    .filter((m) => m.edits <= limit);
}

/** Villages whose folded name equals, starts with or contains the folded query; near misses when none does. */
export function findByName(candidates: OfficialArea[], query: string): NameMatch[] {
  const folded = foldedName(query);
  if (folded === '') return [];
  const found: NameMatch[] = [];
  for (const village of candidates) {
    const name = foldedName(village.name);
    const how =
      name === folded ? 'exact' : name.startsWith(folded) ? 'prefix' : name.includes(folded) ? 'contains' : '';
    if (how) found.push({ village, how, edits: 0 });
  }
  const matches = found.length > 0 ? found : near(candidates, folded);
  return matches.sort(
    (a, b) => RANK[a.how] - RANK[b.how] || a.edits - b.edits || a.village.code.localeCompare(b.village.code),
  );
}

/**
 * The villages of `regency` an entry named `name` most likely means: those with the same folded name, else the
 * nearest names; those in `district` only, when it holds one.
 */
export function likelyVillages(ref: Reference, name: string, regency: string, district?: string) {
  const candidates = villagesUnder(ref, regency);
  const folded = foldedName(name);
  const same = candidates.filter((v) => foldedName(v.name) === folded);
  const nearest = near(candidates, folded).sort((a, b) => a.edits - b.edits);
  const best = same.length > 0 ? same : nearest.filter((m) => m.edits === nearest[0].edits).map((m) => m.village);
  const inDistrict = best.filter((v) => v.parentCode === district);
  return { villages: inDistrict.length > 0 ? inDistrict : best, sameName: same.length > 0 };
}
