/** The site's languages: Bahasa Indonesia at `/` (default), English under `/en/`. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/** BCP 47 tags for Intl formatting and `hreflang`. */
export const INTL_TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** `/peta/` in a locale: `/peta/` (id) or `/en/peta/` (en). Paths are absolute, without the locale prefix. */
export function localizePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path === '/' ? '/' : path}`;
}

/** The locale of a URL path and the path without its locale prefix: `/en/peta/` → `['en', '/peta/']`. */
export function splitLocale(pathname: string): [Locale, string] {
  const match = /^\/(en)(\/.*|$)/.exec(pathname);
  return match ? ['en', match[2] || '/'] : [DEFAULT_LOCALE, pathname];
}

/** getStaticPaths params for the `[...lang]` segment: undefined for the default locale, else the locale. */
export const langParam = (locale: Locale) => (locale === DEFAULT_LOCALE ? undefined : locale);
