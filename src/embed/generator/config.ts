/**
 * What the embed generator's page tells its script (a JSON data block, no inline code): the areas and widgets on
 * offer, the indicators with their report years, and the few strings the script writes, per language.
 */
import type { EmbedLocale, Widget } from '../options.ts';

export interface GeneratorArea {
  code: string;
  name: string;
  /** The regency's page slug (regencies in the atlas). */
  slug: string | null;
}

export interface GeneratorConfig {
  /** The page's language (the generator's own messages). */
  locale: EmbedLocale;
  widgets: Widget[];
  areas: GeneratorArea[];
  indicators: { id: string; label: string; years: number[] }[];
  /** Widget strings of both languages, for the snippet's fallback text and titles; UI strings of the page's. */
  strings: Record<EmbedLocale, Record<string, string>>;
  ui: Record<string, string>;
}

/** Keys the generator script needs from a language's strings. */
export const WIDGET_KEYS =
  /^embed\.(w\.(summary|figure|asOf|status|before|desa|kelurahan|seeSite|source)|frame|badge\.(label|none|regency))/;
export const UI_KEYS = /^embed\.gen\.(copied|copyFailed|hint\.)/;

export function pickStrings(strings: Record<string, string>, keys: RegExp): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => keys.test(key)));
}

export function readConfig(root: HTMLElement): GeneratorConfig | null {
  const block = root.querySelector('script[data-embed-config]');
  return block?.textContent ? (JSON.parse(block.textContent) as GeneratorConfig) : null;
}
