/** One real address of every page type of the site, from the oracle's content, in a locale. */
import type { Official, Oracle } from './oracle.ts';

export type PageType =
  | 'home'
  | 'regencies'
  | 'regency'
  | 'report'
  | 'news'
  | 'article'
  | 'village'
  | 'village-outside'
  | 'find'
  | 'search'
  | 'data'
  | 'api-docs'
  | 'map'
  | 'not-found';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const prefix = (locale: Locale, path: string) => (locale === 'id' ? path : `/en${path}`);

/** Path (without locale prefix) of one page of every type. */
export function pagePaths(oracle: Oracle, official: Official): Record<PageType, string> {
  const regency = [...oracle.regencies].sort((a, b) => a.slug.localeCompare(b.slug))[0];
  const report = oracle.reports[0];
  const inAtlas = new Set(oracle.villages.map((v) => v.code));
  const outside = official.villages.find(
    (v) => !inAtlas.has(v.code) && v.code.startsWith(oracle.villages[0].code.slice(0, 5)),
  );
  if (!regency || !report || !outside) throw new Error('the content lacks a regency, a report or a village');
  return {
    home: '/',
    regencies: '/kabupaten/',
    regency: `/kabupaten/${regency.slug}/`,
    report: `/kabupaten/${report.regency}/laporan/${report.year}/`,
    news: '/berita/',
    article: `/berita/${oracle.news[0].id}/`,
    village: `/desa/${oracle.villages[0].code}/`,
    'village-outside': `/desa/${outside.code}/`,
    find: `/cari-desa/?q=${encodeURIComponent(oracle.villages[0].name)}`,
    search: '/cari/',
    data: '/data/',
    'api-docs': '/data/api/',
    map: '/peta/',
    'not-found': '/tidak-ada-halaman-ini/',
  };
}
