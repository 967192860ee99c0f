/**
 * UI strings: flat JSON with dotted keys, one folder per locale (src/i18n/<locale>/<area>.json); a test checks that
 * every locale has the same keys. `useTranslations(locale)` gives `t` bound to one locale; numbers and dates are
 * formatted for the locale too. Pages, charts, the map and embeds import these alike.
 */

import { escapeHtml } from '../lib/html.ts';
import enApiDocs from './en/apidocs.json' with { type: 'json' };
import enEmbed from './en/embed.json' with { type: 'json' };
import enMap from './en/map.json' with { type: 'json' };
import enSite from './en/site.json' with { type: 'json' };
import idApiDocs from './id/apidocs.json' with { type: 'json' };
import idEmbed from './id/embed.json' with { type: 'json' };
import idMap from './id/map.json' with { type: 'json' };
import idSite from './id/site.json' with { type: 'json' };
import { INTL_TAG, type Locale } from './locales.ts';

export * from './locales.ts';

export const STRINGS = {
  id: { ...idSite, ...idMap, ...idEmbed, ...idApiDocs },
  en: { ...enSite, ...enMap, ...enEmbed, ...enApiDocs },
} satisfies Record<Locale, Record<string, string>>;

export type StringKey = keyof typeof STRINGS.id;
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/**
 * @example const t = useTranslations('en'); t('village.count', { count: 3 })  // "{count} villages" → "3 villages"
 */
export function useTranslations(locale: Locale): Translate {
  const strings: Record<string, string> = STRINGS[locale];
  return (key, values) => {
    const text = strings[key] ?? key;
    return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : text;
  };
}

/**
 * For the few strings that carry markup of our own (`<code>`, links), rendered with `set:html`: the values put into
 * them are escaped, so only the translation files can add markup.
 */
export function useHtmlTranslations(locale: Locale): Translate {
  const t = useTranslations(locale);
  return (key, values) =>
    t(key, values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeHtml(String(v))])));
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** 1234.5 → "1.234,5" (id) or "1,234.5" (en). */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 2): string {
  const key = `${locale}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dateFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};
/** "2023-12-22" → "22 Desember 2023" (id) or "22 December 2023" (en). */
export function formatDate(locale: Locale, iso: string): string {
  dateFormats[locale] ??= new Intl.DateTimeFormat(INTL_TAG[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dateFormats[locale].format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
