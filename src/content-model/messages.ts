/**
 * Turns zod issues into what an editor can act on: what is wrong (with the value found) and what is expected, with
 * an example and a "did you mean" where a near miss is likely. In Bahasa Indonesia: a rule's own message is used
 * when it has one, and zod's English defaults never are (validate with VALIDATION, which blanks them).
 */
import type { z } from 'zod';
import { coreAt, type Hint, hintAt, isOptionalAt } from './hints.ts';
import { marked } from './invisible.ts';
import {
  closest,
  closestOption,
  isoFromIndonesianDate,
  numberFromCommaDecimal,
  siteFromUrl,
  slugFrom,
  sourceRefFromPath,
  urlFromText,
  villageYearFrom,
} from './suggest.ts';

type Issue = z.core.$ZodIssue;

export interface Described {
  message: string;
  expected: string;
}

/** Parse options for content: a rule without a message of its own gets '' instead of zod's English default. */
export const VALIDATION = { error: () => '' };

const TYPE_NAMES: Record<string, string> = {
  number: 'angka',
  int: 'bilangan bulat',
  string: 'teks',
  boolean: 'true atau false',
  array: 'daftar (baris-baris diawali "- ")',
  object: 'kumpulan kolom (baris-baris menjorok)',
  date: 'tanggal',
};

/** What a value of a type looks like, for fields whose rule has no hint of its own. */
const TYPE_EXPECTED: Record<string, string> = {
  number: 'angka tanpa tanda kutip, dengan titik desimal, mis. 86.6',
  int: 'bilangan bulat tanpa tanda kutip dan tanpa titik ribuan, mis. 1250',
  string: 'teks biasa',
  boolean: 'true atau false',
};

/** A value as written, shortened to `max` characters; characters an editor cannot see are shown as `[U+200B]`. */
export const show = (value: unknown, max = 60): string => {
  if (value === undefined) return 'kosong';
  if (value === null) return 'null';
  const text = marked(typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
};

/** A suggestion is shown whole: it is what the editor copies. */
const withSuggestion = (expected: string, suggestion: unknown) =>
  suggestion === undefined ? expected : `${expected}; maksud Anda ${show(suggestion, Number.POSITIVE_INFINITY)}?`;

/** The keys an object schema accepts at `path`, for suggesting the intended field name. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const core = coreAt(schema, path);
  return core?.type === 'object' ? Object.keys(core.shape) : [];
}

/** The expected form of the field at `path`: its hint, else one derived from the schema's shape. */
function expectedAt(schema: z.ZodType, path: readonly PropertyKey[], hint: Hint | undefined, type: string) {
  if (hint) return hint.expected;
  const core = coreAt(schema, path);
  const field = path.at(-1);
  if (core?.type === 'array') {
    const options: string[] | undefined =
      core.element?._zod?.def?.entries && Object.values(core.element._zod.def.entries);
    if (options) return `daftar pilihan (${options.join(', ')}), mis. [${options[0]}]`;
    return 'daftar, setiap butir di barisnya sendiri diawali "- "';
  }
  if (core?.type === 'object') {
    const under = typeof field === 'string' ? `di bawah "${field}:"` : 'setelah "- "';
    return `baris-baris menjorok 2 spasi ${under}, dengan kolom ${keysAt(schema, path).join(', ')}`;
  }
  return TYPE_EXPECTED[type] ?? TYPE_NAMES[type] ?? 'lihat docs/editing.md';
}

/** The value an editor most likely meant, for the fields that have a known slip. */
function suggestion(kind: Hint['kind'], value: unknown): unknown {
  if (typeof value === 'number') {
    if (value < 0 && (kind === 'count' || kind === 'index')) return -value; // a list dash typed before the number
    if (kind === 'index' && value > 100 && value / 100 <= 100) return value / 100; // "52 poin 72" typed as 5272
    if (kind === 'year' && value >= 0 && value < 100) return 2000 + value;
    if (kind === 'count' && !Number.isInteger(value) && value < 1000) {
      // 1.250 is how Indonesian writes one thousand two hundred and fifty; YAML reads 1.25.
      const thousands = Math.round(value * 1000);
      return Math.abs(thousands - value * 1000) < 1e-6 ? thousands : undefined;
    }
    if (kind === 'boolean' && (value === 0 || value === 1)) return value === 1;
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (kind === 'site') return siteFromUrl(value);
  if (kind === 'url') return urlFromText(value);
  if (kind === 'sourceRef') return sourceRefFromPath(value);
  if (kind === 'slug') return slugFrom(value);
  return undefined;
}

/** @example describe(issue, valueAtIssuePath, schema) → { message: '"86,60" bukan angka', expected: '…' } */
export function describe(issue: Issue, value: unknown, schema: z.ZodType, key?: string): Described {
  const params = (issue as { params?: { expected?: string; kind?: string } }).params;
  const own = issue.message === '' ? undefined : issue.message;
  const hint = hintAt(schema, issue.path);
  // Text left empty: what it should hold, or, for a field that may be left out, deleting its line.
  const fill = `${hint?.expected ?? 'teks biasa'}${isOptionalAt(schema, issue.path) ? '; atau hapus baris itu' : ''}`;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, issue.path);
      return {
        message: `kolom "${key}" tidak dikenal`,
        expected: withSuggestion(`salah satu kolom: ${known.join(', ')}`, closest(key ?? '', known)),
      };
    }
    case 'invalid_type': {
      const described = describeType(issue.expected, value, expectedAt(schema, issue.path, hint, issue.expected), hint);
      if (value === null && isOptionalAt(schema, issue.path)) described.expected += '; atau hapus baris itu';
      return described;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const field = String(issue.path.at(-1) ?? '');
      const listed =
        options.length === 1
          ? `${field}: ${options[0]} (satu-satunya nilai yang boleh)`
          : `salah satu dari: ${options.join(', ')}`;
      const expected = withSuggestion(hint?.expected ?? listed, closestOption(value, options));
      if (value === undefined) return { message: 'wajib diisi', expected };
      if (value === null) return { message: 'kosong', expected: `isi nilainya: ${expected}` };
      return { message: `${show(value)} bukan pilihan yang sah`, expected };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      const message = own ?? sizeMessage(issue.origin, small, limit);
      const empty = issue.origin === 'string' && small && limit === '1';
      const expected = empty ? fill : (hint?.expected ?? sizeExpected(issue.origin, small, limit));
      return {
        message: `${message} (tertulis ${show(value)})`,
        expected: withSuggestion(expected, suggestion(hint?.kind, value)),
      };
    }
    case 'invalid_format': {
      const expected = params?.expected ?? hint?.expected ?? 'lihat docs/editing.md';
      return {
        message: `${own ?? 'bentuknya tidak sah'} (tertulis ${show(value)})`,
        expected: withSuggestion(expected, suggestion(hint?.kind, value)),
      };
    }
    case 'invalid_union': {
      const expected = own ?? hint?.expected ?? 'lihat docs/editing.md';
      if (value === undefined) return { message: 'wajib diisi', expected };
      const meant = hint?.kind === 'year' ? villageYearFrom(value) : undefined; // the one union: a village's year
      return { message: `${show(value)} tidak sah`, expected: meant ? `${expected}; maksud Anda ${meant}?` : expected };
    }
    default: {
      let expected = params?.kind === 'empty' ? fill : (params?.expected ?? hint?.expected ?? 'lihat docs/editing.md');
      if (params?.kind === 'date' && (typeof value === 'string' || typeof value === 'number')) {
        expected = withSuggestion(expected, isoFromIndonesianDate(String(value)));
      }
      if ((params?.kind === 'lat' || params?.kind === 'lng') && typeof value === 'number') {
        const other = params.kind === 'lat' ? value >= 94 && value <= 141.5 : value >= -11.5 && value <= 6.5;
        if (other) expected = `${expected}; lat dan lng tertukar?`;
      }
      if (value === undefined) return { message: 'wajib diisi', expected };
      const written = value !== null && typeof value === 'object' ? '' : ` (tertulis ${show(value)})`;
      return { message: `${own ?? 'tidak sah'}${written}`, expected };
    }
  }
}

function sizeMessage(origin: string, small: boolean, limit: string) {
  if (origin === 'string') return small ? 'tidak boleh kosong' : `terlalu panjang (paling banyak ${limit} huruf)`;
  if (origin === 'array')
    return small ? `daftar terlalu pendek (paling sedikit ${limit} butir)` : 'daftar terlalu panjang';
  if (small && limit === '0') return 'tidak boleh negatif';
  return small ? 'angka terlalu kecil' : 'angka terlalu besar';
}

function sizeExpected(origin: string, small: boolean, limit: string) {
  if (origin === 'string') return small ? 'teks biasa' : `teks paling banyak ${limit} huruf`;
  if (origin === 'array') return small ? `sedikitnya ${limit} butir` : `paling banyak ${limit} butir`;
  if (Math.abs(Number(limit)) >= Number.MAX_SAFE_INTEGER) return 'angka yang wajar, tanpa titik ribuan, mis. 1250';
  return small ? `angka ${limit} atau lebih` : `angka ${limit} atau kurang`;
}

/** A value of the wrong type: missing, empty, a fraction where a count belongs, a number in quotes or with a comma. */
function describeType(type: string, value: unknown, expected: string, hint: Hint | undefined): Described {
  const want = TYPE_NAMES[type] ?? 'nilai yang sah';
  if (value === undefined) return { message: 'wajib diisi', expected };
  if (value === null) return { message: 'kosong', expected: `isi nilainya: ${expected}` };
  if (type === 'int' && typeof value === 'number') {
    return {
      message: `${show(value)} bukan bilangan bulat`,
      expected: withSuggestion(expected, suggestion(hint?.kind, value)),
    };
  }
  if ((type === 'number' || type === 'int') && typeof value === 'string') {
    const plain = value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : undefined;
    return {
      message: `${show(value)} bukan angka`,
      expected: withSuggestion(expected, plain ?? numberFromCommaDecimal(value)),
    };
  }
  if (type === 'boolean' && typeof value === 'string') {
    const meant = /^(ya|iya|benar|betul)$/i.test(value)
      ? true
      : /^(tidak|bukan|salah)$/i.test(value)
        ? false
        : undefined;
    return { message: `${show(value)} bukan ${want}`, expected: withSuggestion(expected, meant) };
  }
  if (type === 'string' && hint?.free && (typeof value === 'number' || typeof value === 'boolean')) {
    // YAML reads `title: 2023` or `note: ya` as a number or a boolean: quoted, it is text.
    return { message: `${show(value)} bukan ${want}`, expected: withSuggestion(expected, String(value)) };
  }
  return { message: `${show(value)} bukan ${want}`, expected: withSuggestion(expected, suggestion(hint?.kind, value)) };
}
