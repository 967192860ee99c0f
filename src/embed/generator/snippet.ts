/**
 * The generator's snippet for the current choice: an iframe (height from the preview, else an estimate), the
 * script with the current figures as fallback content (read from the API, like the element does), or a badge with
 * its words in `alt`.
 */
import { regencyBadge, villageBadge } from '../badge/content.ts';
import { loadStats, loadVillage } from '../element/fetch.ts';
import { translator } from '../format.ts';
import { areaPage, badgePath } from '../links.ts';
import { MAP_HEIGHTS, MAP_WIDTH } from '../map/box.ts';
import { statsSummary, statsView, villageSummary } from '../model.ts';
import { estimateHeight } from '../oembed/sizes.ts';
import { DEFAULT_INDICATOR, type EmbedOptions } from '../options.ts';
import { badgeSnippet, iframeSnippet, scriptSnippet } from '../snippets.ts';
import type { GeneratorArea, GeneratorConfig } from './config.ts';

export type Mode = 'iframe' | 'script' | 'badge';

const TIMEOUT_MS = 8000;

export interface Choice {
  mode: Mode;
  options: EmbedOptions;
  area: GeneratorArea;
}

export function frameTitle(config: GeneratorConfig, choice: Choice) {
  const t = translator(config.strings[choice.options.lang]);
  return t(`embed.frame.${choice.options.widget}`, { name: choice.area.name });
}

export function iframeCode(config: GeneratorConfig, choice: Choice, measured: number | null) {
  const { widget, view } = choice.options;
  const height = measured ?? estimateHeight(widget, view, 480, MAP_HEIGHTS[0] / MAP_WIDTH);
  return iframeSnippet(location.origin, choice.options, frameTitle(config, choice), height);
}

/** The script snippet, its fallback text read from the API now (a link alone if the API cannot be read). */
export async function scriptCode(config: GeneratorConfig, choice: Choice): Promise<string> {
  const { options, area } = choice;
  const t = translator(config.strings[options.lang]);
  const href = areaPage(options.area, area.slug, options.lang);
  try {
    if (options.widget === 'desa') {
      const { village, syncedAt } = await loadVillage(location.origin, options.area, TIMEOUT_MS);
      const text = villageSummary(village, syncedAt, t, options.lang);
      return scriptSnippet(location.origin, options, { href, text, asOf: syncedAt.slice(0, 10) });
    }
    const { stats, syncedAt } = await loadStats(location.origin, options.area, TIMEOUT_MS);
    const view = statsView(stats, options.indicator ?? DEFAULT_INDICATOR, options.year, options.lang);
    const text = statsSummary(view, syncedAt, t, options.lang);
    return scriptSnippet(location.origin, options, { href, text, asOf: syncedAt.slice(0, 10) });
  } catch {
    return scriptSnippet(location.origin, options, { href, text: t('embed.w.seeSite'), asOf: null });
  }
}

/** The badge snippet and its image's address; `alt` from the same data and words as the badge. */
export async function badgeCode(
  config: GeneratorConfig,
  choice: Choice,
): Promise<{ code: string; src: string; alt: string }> {
  const { options, area } = choice;
  const t = translator(config.strings[options.lang]);
  const href = areaPage(options.area, area.slug, options.lang);
  let alt = `${t('embed.badge.label')}: ${area.name}`;
  try {
    if (options.widget === 'desa') {
      const { village, syncedAt } = await loadVillage(location.origin, options.area, TIMEOUT_MS);
      alt = villageBadge(village, syncedAt, t, options.lang).alt;
    } else {
      const { stats, syncedAt } = await loadStats(location.origin, options.area, TIMEOUT_MS);
      alt = regencyBadge({ name: stats.scope.name, villages: stats.villages }, syncedAt, t, options.lang).alt;
    }
  } catch {}
  return {
    code: badgeSnippet(location.origin, options.area, options.lang, href, alt),
    src: badgePath(options.area, options.lang),
    alt,
  };
}
