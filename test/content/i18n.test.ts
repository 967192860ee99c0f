/** Every locale has exactly the same UI string keys, and placeholders match across locales. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

async function stringsOf(locale: string) {
  const dir = join('src/i18n', locale);
  const areas = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const entries: Record<string, Record<string, string>> = {};
  for (const area of areas) entries[area] = JSON.parse(await readFile(join(dir, area), 'utf8'));
  return entries;
}

describe('UI strings', () => {
  it('every locale has the same files and keys, each a non-empty string with the same placeholders', async () => {
    const [reference, ...others] = await Promise.all(LOCALES.map(stringsOf));
    for (const other of others) {
      expect(Object.keys(other)).toEqual(Object.keys(reference));
      for (const [area, strings] of Object.entries(reference)) {
        expect(Object.keys(other[area]).sort(), area).toEqual(Object.keys(strings).sort());
        for (const [key, text] of Object.entries(strings)) {
          expect(text.trim(), `${area} ${key}`).not.toBe('');
          expect(placeholders(other[area][key]), `${area} ${key}`).toEqual(placeholders(text));
        }
      }
    }
  });
});
