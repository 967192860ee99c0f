/**
 * Where a widget links back to on the site, and the badge URLs: one place for the paths embeds use (they follow
 * src/lib/paths.ts). Pure; ships in embed.js and the generator.
 */
import { localizePath } from '../i18n/locales.ts';
import { areaKind, type EmbedLocale } from './options.ts';

/**
 * The page of an area: the nation → home, a province → its section of the regency list, a regency → its page when
 * the atlas has one (a slug), else the map zoomed to it; a village → its page.
 * @example areaPage('61.03', 'sanggau', 'en')  // "/en/kabupaten/sanggau/"
 */
export function areaPage(area: string, slug: string | null, lang: EmbedLocale): string {
  const kind = areaKind(area);
  const path =
    kind === 'village'
      ? `/desa/${area}/`
      : kind === 'regency'
        ? slug
          ? `/kabupaten/${slug}/`
          : `/peta/?regency=${area}`
        : kind === 'province'
          ? `/kabupaten/#province-${area}`
          : '/';
  return localizePath(lang, path);
}

/** The map page zoomed to a regency. */
export const mapPage = (regency: string, lang: EmbedLocale) => localizePath(lang, `/peta/?regency=${regency}`);

/** The SVG badge of a village or regency: `/badge/desa/61.03.10.2001.svg?lang=en`. */
export function badgePath(area: string, lang: EmbedLocale): string {
  const folder = areaKind(area) === 'village' ? 'desa' : 'kabupaten';
  return `/badge/${folder}/${area}.svg${lang === 'id' ? '' : '?lang=en'}`;
}
