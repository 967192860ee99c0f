/**
 * Formatting and translation for code that runs in the browser (embed.js, the generator) as well as in the Worker:
 * the same Intl rules as src/i18n/index.ts, without importing every locale's strings into a small bundle.
 */
import type { EmbedLocale } from './options.ts';

export type Tr = (key: string, values?: Record<string, string | number>) => string;

const TAGS: Record<EmbedLocale, string> = { id: 'id-ID', en: 'en-GB' };

/** `t` over one locale's strings, with `{name}` placeholders (the site's rule). */
export function translator(strings: Record<string, string>): Tr {
  return (key, values) => {
    const text = strings[key] ?? key;
    return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : text;
  };
}

/** 1234.5 → "1.234,5" (id) or "1,234.5" (en). */
export const formatCount = (locale: EmbedLocale, value: number, digits = 1) =>
  new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: digits }).format(value);

/** "2026-11-30T22:37:26Z" → "30 November 2026" (id) / "30 November 2026" (en), read in UTC. */
export const formatDay = (locale: EmbedLocale, iso: string) =>
  new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );
