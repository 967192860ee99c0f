/**
 * Turns zod issues into what an editor can act on: what is wrong (with the value found) and what is expected,
 * with a "did you mean" where a near miss is likely. In Bahasa Indonesia.
 */
import type { z } from 'zod';
import { closest, closestOption, isoFromIndonesianDate, numberFromCommaDecimal } from './suggest.ts';

type Issue = z.core.$ZodIssue;

export interface Described {
  message: string;
  expected: string;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'angka',
  int: 'bilangan bulat',
  string: 'teks',
  boolean: 'true atau false',
  array: 'daftar (baris-baris diawali "- ")',
  object: 'kumpulan kolom (baris-baris menjorok)',
  date: 'tanggal',
};

export const show = (value: unknown): string => {
  if (value === undefined) return 'kosong';
  if (value === null) return 'null';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const withSuggestion = (expected: string, suggestion: unknown) =>
  suggestion === undefined ? expected : `${expected}; maksud Anda ${show(suggestion)}?`;

/** The keys an object schema accepts at `path`, for suggesting the intended field name. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: any = schema;
  for (const key of path) {
    node = unwrap(node);
    if (node?.shape && typeof key === 'string') node = node.shape[key];
    else if (node?.element && typeof key === 'number') node = node.element;
    else return [];
  }
  node = unwrap(node);
  return node?.shape ? Object.keys(node.shape) : [];
}

function unwrap(node: any): any {
  let current = node;
  for (let i = 0; i < 5 && current?._zod?.def; i++) {
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else break;
  }
  return current;
}

/** @example describe(issue, valueAtIssuePath, schema) → { message: '"86,60" bukan angka', expected: '…' } */
export function describe(issue: Issue, value: unknown, schema: z.ZodType, key?: string): Described {
  const expectedParam = (issue as { params?: { expected?: string; kind?: string } }).params;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, issue.path);
      return {
        message: `kolom "${key}" tidak dikenal`,
        expected: withSuggestion(`salah satu kolom: ${known.join(', ')}`, closest(key ?? '', known)),
      };
    }
    case 'invalid_type':
      return describeType(issue.expected, value);
    case 'invalid_value': {
      const options = issue.values.map(String);
      const expected = withSuggestion(`salah satu dari: ${options.join(', ')}`, closestOption(value, options));
      if (value === undefined) return { message: 'wajib diisi', expected };
      return { message: `${show(value)} bukan pilihan yang sah`, expected };
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `>= ${issue.minimum}` : `<= ${issue.maximum}`;
      const shortYear = issue.code === 'too_small' && typeof value === 'number' && value >= 0 && value < 100;
      return {
        message: `${issue.message} (tertulis ${show(value)})`,
        expected: withSuggestion(expectedParam?.expected ?? bound, shortYear ? 2000 + value : undefined),
      };
    }
    case 'invalid_union':
      return { message: `${show(value)} tidak sah`, expected: issue.message };
    default: {
      let expected = expectedParam?.expected ?? issue.message;
      if (expectedParam?.kind === 'date' && typeof value === 'string') {
        expected = withSuggestion(expected, isoFromIndonesianDate(value));
      }
      if ((expectedParam?.kind === 'lat' || expectedParam?.kind === 'lng') && typeof value === 'number') {
        const other = expectedParam.kind === 'lat' ? value >= 94 && value <= 141.5 : value >= -11.5 && value <= 6.5;
        if (other) expected = `${expected}; lat dan lng tertukar?`;
      }
      if (value === undefined) return { message: 'wajib diisi', expected };
      const written = value !== null && typeof value === 'object' ? '' : ` (tertulis ${show(value)})`;
      return { message: `${issue.message}${written}`, expected };
    }
  }
}

/** A value of the wrong type: missing, empty, a fraction where a count belongs, a number in quotes or with a comma. */
function describeType(expectedType: string, value: unknown): Described {
  const want = TYPE_NAMES[expectedType] ?? expectedType;
  if (value === undefined) return { message: 'wajib diisi', expected: want };
  if (value === null) return { message: 'kosong', expected: `isi nilainya: ${want}` };
  if (expectedType === 'int' && typeof value === 'number') {
    // 1.250 is how Indonesian writes one thousand two hundred and fifty; YAML reads 1.25.
    const thousands = Number.isInteger(Math.round(value * 1000)) && value < 1000 ? Math.round(value * 1000) : undefined;
    return {
      message: `${show(value)} bukan bilangan bulat`,
      expected: withSuggestion('bilangan bulat tanpa titik ribuan', thousands),
    };
  }
  if ((expectedType === 'number' || expectedType === 'int') && typeof value === 'string') {
    const plain = value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : undefined;
    return {
      message: `${show(value)} bukan angka`,
      expected: withSuggestion(
        'angka tanpa tanda kutip, dengan titik desimal (86.6)',
        plain ?? numberFromCommaDecimal(value),
      ),
    };
  }
  if (expectedType === 'boolean' && typeof value === 'string') {
    const meant = /^(ya|iya|benar|betul)$/i.test(value)
      ? true
      : /^(tidak|bukan|salah)$/i.test(value)
        ? false
        : undefined;
    return { message: `${show(value)} bukan ${want}`, expected: withSuggestion(want, meant) };
  }
  return { message: `${show(value)} bukan ${want}`, expected: want };
}
