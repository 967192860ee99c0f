/**
 * What a widget shows, computed once from API-shaped data (the Worker's queries return the same shapes the JSON API
 * sends): the iframe pages, embed.js, the generator's fallback text and the badges all render from these views, so
 * they show the same figures.
 */
import { formatCount as count, formatDay, type Tr } from './format.ts';
import type { EmbedLocale } from './options.ts';

export type Status = 'proposed' | 'target' | 'formed';
export type Counts = Record<Status, number>;
export const STATUSES: Status[] = ['formed', 'target', 'proposed'];

/** GET /api/v1/stats `data` (only what widgets read). */
export interface StatsInput {
  scope: { type: 'national' | 'province' | 'regency'; code: string | null; name: string };
  villages: Counts;
  figures: {
    year: number;
    indicator: { id: string; label: { id: string; en: string }; unit: string };
    target: number | null;
    realization: number | null;
    percentOfTarget: number | null;
  }[];
}

/** GET /api/v1/reference/villages/{code} `data` (only what widgets read). */
export interface VillageInput {
  code: string;
  name: string;
  district: { name: string };
  regency: { code: string; name: string };
  province: { name: string };
  program: { status: Status; year: number | null; yearBefore: number | null } | null;
}

export interface FigureView {
  indicator: string;
  label: string;
  unit: string;
  year: number;
  target: number | null;
  realization: number | null;
  percent: number | null;
}

export interface StatsView {
  title: string;
  counts: Counts;
  figure: FigureView | null;
  /** Why there is no figure: the indicator has none here, or none for the year asked. */
  missing: 'indicator' | 'year' | null;
  /** Years with a figure for the indicator, newest first. */
  years: number[];
}

/**
 * The percent of target a widget shows: the API's, but only when it is the realization over the target shown. Summed
 * over several reports, the API counts only the reports that give both numbers, so a percent next to the sums would
 * not be theirs; the widget then shows the two sums alone.
 */
function plainPercent(row: { target: number | null; realization: number | null; percentOfTarget: number | null }) {
  const { target, realization, percentOfTarget } = row;
  if (percentOfTarget === null || !target || realization === null) return null;
  return Math.round((realization / target) * 1000) / 10 === percentOfTarget ? percentOfTarget : null;
}

/** The indicator's figure for `year`, else its newest; with the years that have one. */
export function statsView(stats: StatsInput, indicator: string, year: number | null, lang: EmbedLocale): StatsView {
  const rows = stats.figures.filter((f) => f.indicator.id === indicator).sort((a, b) => b.year - a.year);
  const row = year === null ? rows[0] : rows.find((f) => f.year === year);
  return {
    title: stats.scope.name,
    counts: stats.villages,
    figure: row
      ? {
          indicator,
          label: row.indicator.label[lang],
          unit: row.indicator.unit,
          year: row.year,
          target: row.target,
          realization: row.realization,
          percent: plainPercent(row),
        }
      : null,
    missing: row ? null : rows.length === 0 ? 'indicator' : 'year',
    years: rows.map((f) => f.year),
  };
}

/** The figure as one sentence: "realisasi 8 dari target 2 (400%)", or what is known of it. */
export function figureText(figure: FigureView, t: Tr, lang: EmbedLocale): string {
  const { target, realization, percent } = figure;
  const n = (v: number) => count(lang, v);
  if (target !== null && realization !== null) {
    const base = t('embed.w.figure.both', { realization: n(realization), target: n(target) });
    return percent === null ? base : `${base} (${n(percent)}%)`;
  }
  if (realization !== null) return t('embed.w.figure.realization', { realization: n(realization) });
  if (target !== null) return t('embed.w.figure.target', { target: n(target) });
  return t('embed.w.figure.none');
}

/** Why a figure is missing, in words. */
export const missingText = (view: StatsView, indicator: string, year: number | null, t: Tr) =>
  view.missing === 'year'
    ? t('embed.w.missing.year', { year: year ?? '', years: view.years.join(', ') })
    : t('embed.w.missing.indicator', { indicator });

/** "Terbentuk 2023", "Sasaran sebelum 2023", "Belum tercatat". */
export function villageStatusText(village: VillageInput, t: Tr): string {
  const p = village.program;
  if (!p) return t('embed.w.status.none');
  const year =
    p.year !== null ? String(p.year) : p.yearBefore !== null ? t('embed.w.before', { year: p.yearBefore }) : '';
  return `${t(`embed.w.status.${p.status}`)}${year ? ` ${year}` : ''}`;
}

/** "Desa Sosok" or "Kelurahan …" (the seventh digit of the code tells them apart, as on the village page). */
export const villageTitle = (village: VillageInput, t: Tr) =>
  t(village.code.slice(9, 10) === '1' ? 'embed.w.kelurahan' : 'embed.w.desa', { name: village.name });

/** "Data per 30 November 2026". */
export const asOfText = (syncedAt: string, t: Tr, lang: EmbedLocale) =>
  t('embed.w.asOf', { date: formatDay(lang, syncedAt) });

/** One line for fallback content, `alt` text and titles: the whole widget in words (with the data date if given). */
export function statsSummary(view: StatsView, syncedAt: string | null, t: Tr, lang: EmbedLocale): string {
  const parts = [`${view.title}: ${t('embed.w.summary.formed', { count: count(lang, view.counts.formed) })}`];
  if (view.figure) parts.push(`${view.figure.label} ${view.figure.year}: ${figureText(view.figure, t, lang)}`);
  if (syncedAt) parts.push(asOfText(syncedAt, t, lang));
  return parts.join(' · ');
}

export function villageSummary(village: VillageInput, syncedAt: string | null, t: Tr, lang: EmbedLocale): string {
  const where = `${village.district.name}, ${village.regency.name}`;
  const status = village.program ? `Desa Bersinar: ${villageStatusText(village, t)}` : villageStatusText(village, t);
  const line = `${villageTitle(village, t)} (${where}): ${status}`;
  return syncedAt ? `${line} · ${asOfText(syncedAt, t, lang)}` : line;
}

/** A regency's badge in words: "Kabupaten Sanggau: 5 Desa Bersinar terbentuk". */
export const regencySummary = (name: string, formed: number, t: Tr, lang: EmbedLocale) =>
  `${name}: ${t('embed.w.summary.formed', { count: count(lang, formed) })}`;
