/**
 * The options of every embed, one parser for all of them: the iframe pages read them from the query string, the
 * custom element from its attributes, the generator writes them. Pure and dependency-free (it ships in embed.js).
 * Unknown names are ignored (CMSs append their own parameters); a known name with a bad value is a problem the
 * widget shows in words.
 */

/** The three iframe widgets: figures of an area, a regency's map, a village's status. */
export const WIDGETS = ['angka', 'peta', 'desa'] as const;
export type Widget = (typeof WIDGETS)[number];

export const EMBED_LOCALES = ['id', 'en'] as const;
export type EmbedLocale = (typeof EMBED_LOCALES)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const VIEWS = ['full', 'compact'] as const;
export type View = (typeof VIEWS)[number];

/** The indicator the figures widget shows when none is chosen: villages formed, target vs realization. */
export const DEFAULT_INDICATOR = 'desa-bersinar-formed';

export type AreaKind = 'national' | 'province' | 'regency' | 'village';

/** '' → national, `61` → province, `61.03` → regency, `61.03.10.2001` → village; anything else → null. */
export function areaKind(area: string): AreaKind | null {
  if (area === '') return 'national';
  if (/^\d{2}$/.test(area)) return 'province';
  if (/^\d{2}\.\d{2}$/.test(area)) return 'regency';
  if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(area)) return 'village';
  return null;
}

/** Which areas each widget shows. */
export const AREA_KINDS: Record<Widget, AreaKind[]> = {
  angka: ['national', 'province', 'regency'],
  peta: ['regency'],
  desa: ['village'],
};

export interface EmbedOptions {
  widget: Widget;
  /** Kemendagri code of the area ('' for the nation). */
  area: string;
  /** An indicator id (figures widget); null → DEFAULT_INDICATOR. */
  indicator: string | null;
  /** Report year of the indicator; null → the newest year with that indicator. */
  year: number | null;
  lang: EmbedLocale;
  theme: Theme;
  view: View;
  /** Echoed in the height message, so a host can tell its frames apart without our script. */
  id: string | null;
}

/** A known option with a value the widget cannot use: shown to the reader, with the values it accepts. */
export interface OptionProblem {
  name: string;
  value: string;
  expected: string;
}

export type Parsed = { options: EmbedOptions; problems: OptionProblem[] };

const oneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/**
 * @param get reads one option by name (URLSearchParams#get, Element#getAttribute)
 * @example parseOptions('angka', (n) => new URL(url).searchParams.get(n))
 */
export function parseOptions(widget: Widget, get: (name: string) => string | null): Parsed {
  const problems: OptionProblem[] = [];
  const pick = <T extends string>(name: string, list: readonly T[]): T => {
    const value = get(name);
    if (value === null || value === '') return list[0];
    if (oneOf(list, value)) return value;
    problems.push({ name, value, expected: list.join(', ') });
    return list[0];
  };
  const lang = pick('lang', EMBED_LOCALES);
  const theme = pick('theme', THEMES);
  const view = pick('view', VIEWS);
  const area = (get('area') ?? '').trim();
  const kind = areaKind(area);
  if (!kind || !AREA_KINDS[widget].includes(kind)) {
    problems.push({ name: 'area', value: area, expected: AREA_EXAMPLES[widget] });
  }
  const indicator = get('indicator') || null;
  if (indicator !== null && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(indicator)) {
    problems.push({ name: 'indicator', value: indicator, expected: DEFAULT_INDICATOR });
  }
  const yearText = get('year') || null;
  const year = yearText === null ? null : Number(yearText);
  if (year !== null && !(/^\d{4}$/.test(yearText ?? '') && year >= 2000 && year <= 2100)) {
    problems.push({ name: 'year', value: yearText ?? '', expected: '2000–2100' });
  }
  const id = get('id') || null;
  if (id !== null && !/^[\w.:-]{1,64}$/.test(id))
    problems.push({ name: 'id', value: id, expected: 'A-Z a-z 0-9 _ - . :' });
  return {
    options: {
      widget,
      area,
      indicator: indicator && !problems.some((p) => p.name === 'indicator') ? indicator : null,
      year: year !== null && !problems.some((p) => p.name === 'year') ? year : null,
      lang,
      theme,
      view,
      id: id && !problems.some((p) => p.name === 'id') ? id : null,
    },
    problems,
  };
}

/** Examples of the codes each widget accepts (the message around them is translated). */
const AREA_EXAMPLES: Record<Widget, string> = { angka: '61, 61.03', peta: '61.03', desa: '61.03.10.2001' };

/**
 * The query string of an embed URL: only what differs from the defaults, always in the same order (so the same
 * widget has one URL, which caches well).
 * @example optionsQuery({ ...options, area: '61.03', lang: 'en' })  // "?area=61.03&lang=en"
 */
export function optionsQuery(options: Partial<EmbedOptions>): string {
  const params = new URLSearchParams();
  if (options.area) params.set('area', options.area);
  if (options.indicator && options.indicator !== DEFAULT_INDICATOR) params.set('indicator', options.indicator);
  if (options.year) params.set('year', String(options.year));
  if (options.lang && options.lang !== 'id') params.set('lang', options.lang);
  if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  if (options.view && options.view !== 'full') params.set('view', options.view);
  if (options.id) params.set('id', options.id);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The path of an iframe widget with its options: `/embed/angka/?area=61.03`. */
export const embedPath = (options: Partial<EmbedOptions> & { widget: Widget }) =>
  `/embed/${options.widget}/${optionsQuery(options)}`;
