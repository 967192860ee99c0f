/**
 * Which widget a page of the site embeds as (oEmbed, the discovery links): a regency page or one of its yearly
 * reports → its figures; a village page → its status; the map → the map of its regency (from `regency` or the
 * `selected` village or regency), a province's figures or the nation's; home and data pages → the nation's
 * figures; an iframe widget URL → itself. Pure: the area's existence is checked against D1 afterwards.
 */
import { splitLocale } from '../../i18n/locales.ts';
import { areaKind, type EmbedOptions, parseOptions, WIDGETS, type Widget } from '../options.ts';

export type PageTarget =
  /** A regency page: its code is found by slug. */
  { kind: 'regency-page'; slug: string; options: EmbedOptions } | { kind: 'widget'; options: EmbedOptions };

const base = (widget: Widget, lang: 'id' | 'en', area = '', year: number | null = null): EmbedOptions => ({
  widget,
  area,
  indicator: null,
  year,
  lang,
  theme: 'auto',
  view: 'full',
  id: null,
});

/** Map query state → widget: `regency`, else the regency of `selected`, else `province`, else the nation. */
function mapTarget(params: URLSearchParams, lang: 'id' | 'en'): PageTarget {
  const selected = params.get('selected') ?? '';
  const kind = areaKind(selected);
  const regency =
    areaKind(params.get('regency') ?? '') === 'regency'
      ? (params.get('regency') as string)
      : kind === 'regency' || kind === 'village'
        ? selected.slice(0, 5)
        : null;
  if (regency) return { kind: 'widget', options: base('peta', lang, regency) };
  const province = areaKind(params.get('province') ?? '') === 'province' ? (params.get('province') as string) : '';
  return { kind: 'widget', options: base('angka', lang, province || (kind === 'province' ? selected : '')) };
}

/**
 * @param origins the site's own origins (the configured SITE_URL and the one serving the request)
 * @returns null for a foreign or unknown URL
 * @example matchPage('https://site/en/kabupaten/sanggau/', ['https://site'])  // regency-page sanggau, lang en
 */
export function matchPage(url: string, origins: string[]): PageTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!origins.includes(parsed.origin)) return null;
  const pathname = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  const widget = /^\/embed\/([a-z]+)\/$/.exec(pathname)?.[1] as Widget | undefined;
  if (widget && WIDGETS.includes(widget)) {
    const { options, problems } = parseOptions(widget, (name) => parsed.searchParams.get(name));
    return problems.length === 0 ? { kind: 'widget', options } : null;
  }
  const [lang, path] = splitLocale(pathname);
  if (path === '/' || path === '/data/') return { kind: 'widget', options: base('angka', lang) };
  if (path === '/peta/') return mapTarget(parsed.searchParams, lang);
  const regency = /^\/kabupaten\/([a-z0-9-]+)\/(?:laporan\/(\d{4})\/)?$/.exec(path);
  if (regency) {
    const year = regency[2] ? Number(regency[2]) : null;
    return { kind: 'regency-page', slug: regency[1], options: base('angka', lang, '', year) };
  }
  const village = /^\/desa\/([\d.]+)\/$/.exec(path);
  if (village && areaKind(village[1]) === 'village') return { kind: 'widget', options: base('desa', lang, village[1]) };
  return null;
}
