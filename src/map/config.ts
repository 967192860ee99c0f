/**
 * What the page tells the script (a `<script type="application/json" id="map-config">` data block, no inline code):
 * file URLs, the locale and the UI strings it needs, already translated at build time.
 */
export interface MapConfig {
  locale: 'id' | 'en';
  urls: {
    data: string;
    topology: string;
    villages: string;
    names: string;
    api: string;
    village: string;
    regency: string;
  };
  /** map.* strings plus status and indicator labels, for this locale. */
  strings: Record<string, string>;
  indicators: { id: string; label: string; unit: string }[];
}

export function readConfig(doc: Document = document): MapConfig {
  const block = doc.getElementById('map-config');
  if (!block?.textContent) throw new Error('map: no #map-config data block');
  return JSON.parse(block.textContent) as MapConfig;
}

export type Tr = (key: string, values?: Record<string, string | number>) => string;

/** `t` over the config's strings, with `{name}` placeholders (the site's i18n rule). */
export function translator(config: MapConfig): Tr {
  return (key, values) => {
    const text = config.strings[key] ?? key;
    return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : text;
  };
}

const formats = new Map<string, Intl.NumberFormat>();
export function formatNumber(locale: MapConfig['locale'], value: number, digits = 1): string {
  // Whole numbers by hand (thousands grouped with "." in Indonesian, "," in English): Intl.NumberFormat costs
  // tens of milliseconds on a phone the first time (locale data), and the list formats hundreds at once.
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, locale === 'id' ? '.' : ',');
    return value < 0 ? `-${digits}` : digits;
  }
  const key = `${locale}${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}
