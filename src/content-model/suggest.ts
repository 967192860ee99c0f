/** "Did you mean …?" for the near misses editors make: typos in ids and codes, Indonesian dates, comma decimals. */
import { distance, closest as nearest } from 'fastest-levenshtein';

/** The closest candidate within `maxDistance` edits (case-insensitive), if any. */
export function closest(value: string, candidates: Iterable<string>, maxDistance = 3): string | undefined {
  const list = [...candidates];
  if (list.length === 0 || value === '') return undefined;
  const best = nearest(
    value.toLowerCase(),
    list.map((c) => c.toLowerCase()),
  );
  const index = list.findIndex((c) => c.toLowerCase() === best);
  return distance(value.toLowerCase(), best) <= Math.max(1, Math.min(maxDistance, Math.floor(value.length / 2)))
    ? list[index]
    : undefined;
}

const MONTHS = [
  ['januari', 'jan'],
  ['februari', 'feb', 'pebruari'],
  ['maret', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['agustus', 'agu', 'agt', 'ags'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov', 'nopember'],
  ['desember', 'des'],
];

const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  const ok = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return ok ? date.toISOString().slice(0, 10) : undefined;
};

/**
 * `22/12/2023`, `22-12-2023`, `22 Desember 2023`, `Jumat, 22 Des 2023`, `2023-2-13`, `2023-13-02` (day and
 * month swapped), `20231222` → the ISO date meant.
 */
export function isoFromIndonesianDate(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (isoLike) {
    const [y, a, b] = isoLike.slice(1).map(Number);
    return iso(y, a, b) ?? iso(y, b, a);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS.findIndex((names) => names.includes(named[2]));
    if (month >= 0) return iso(Number(named[3]), month + 1, Number(named[1]));
  }
  return undefined;
}

/** `86,60` → 86.6; `1.250` (Indonesian thousands) is left alone because it is ambiguous. */
export function numberFromCommaDecimal(value: string): number | undefined {
  const match = /^\s*(-?\d+),(\d+)\s*$/.exec(value);
  return match ? Number(`${match[1]}.${match[2]}`) : undefined;
}

/** Indonesian words editors use for the status values. */
const STATUS_WORDS: Record<string, string> = {
  terbentuk: 'formed',
  dibentuk: 'formed',
  sudah: 'formed',
  sasaran: 'target',
  ditargetkan: 'target',
  usulan: 'proposed',
  diusulkan: 'proposed',
  usul: 'proposed',
};

/** The allowed value an editor most likely meant. */
export function closestOption(value: unknown, options: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const word = STATUS_WORDS[value.trim().toLowerCase()];
  if (word && options.includes(word)) return word;
  return closest(value, options);
}

/** `https://jambi-independent.co.id/berita/…` → `jambi-independent.co.id` (what `source.site` holds). */
export function siteFromUrl(value: string): string | undefined {
  const host = /^(?:[a-z]+:\/\/)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:[:/?#]|$)/i.exec(value.trim())?.[1];
  return host?.toLowerCase();
}

/** `metro7.co.id/berita/…` → `https://metro7.co.id/berita/…`: an address without its scheme. */
export function urlFromText(value: string): string | undefined {
  const text = value.trim();
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i.test(text) ? `https://${text}` : undefined;
}

/**
 * A news file's path, as copied from a file manager, → its id: `content/regencies/sanggau/news/2023-12-22-x.md`,
 * `sanggau/news/2023-12-22-x.md`, `Sanggau/2023-12-22-x.md` → `sanggau/2023-12-22-x`.
 */
export function sourceRefFromPath(value: string): string | undefined {
  const parts = value.trim().replace(/\\/g, '/').replace(/\.md$/i, '').toLowerCase().split('/').filter(Boolean);
  const file = parts.at(-1);
  const folder = parts.at(parts.at(-2) === 'news' ? -3 : -2);
  const id = `${folder}/${file}`;
  return folder && file && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id) && id !== value ? id : undefined;
}

/** `Family Resilience` → `family-resilience`: an id in lower case with hyphens. */
export function slugFrom(value: string): string | undefined {
  const slug = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug && slug !== value ? slug : undefined;
}

/**
 * What a village's year was meant to be, written as YAML: `2023an` → `2023`, `sebelum 2023` → `{ before: 2023 }`,
 * `{ befor: 2023 }` → `{ before: 2023 }`.
 */
export function villageYearFrom(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.values(value);
    return entries.length === 1 && Number.isInteger(entries[0]) ? `{ before: ${entries[0]} }` : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const before = /^\s*(?:sebelum(?:nya)?|before|<)\s*(?:tahun\s*)?(\d{4})\s*$/i.exec(value);
  if (before) return `{ before: ${before[1]} }`;
  return /^\s*(?:tahun\s*)?(\d{4})(?:\D.*)?$/i.exec(value)?.[1];
}
