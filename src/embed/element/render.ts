/**
 * The element's shadow DOM, built from the same views as the iframe pages (src/components/embed/StatsCard.astro,
 * VillageCard.astro), with the same classes, so both look and read alike.
 */
import { formatCount, type Tr } from '../format.ts';
import {
  asOfText,
  figureText,
  missingText,
  STATUSES,
  type StatsView,
  type VillageInput,
  villageStatusText,
  villageTitle,
} from '../model.ts';
import type { EmbedOptions } from '../options.ts';
import { h, s } from './dom.ts';

interface Context {
  t: Tr;
  options: EmbedOptions;
  href: string;
  syncedAt: string;
}

const card = (widget: string, { options }: Context, ...children: (Node | false | null)[]) =>
  h(
    'div',
    { class: options.view === 'compact' ? 'bw bw-compact' : 'bw', lang: options.lang, 'data-widget': widget },
    ...children,
  );

const foot = ({ t, options, href, syncedAt }: Context) =>
  h(
    'p',
    { class: 'bw-foot' },
    h('span', {}, asOfText(syncedAt, t, options.lang)),
    h('a', { href }, t('embed.w.source')),
  );

const kicker = ({ t, options }: Context) =>
  options.view === 'full' && h('p', { class: 'bw-kicker' }, t('embed.w.kicker'));

export function renderStats(view: StatsView, indicator: string, c: Context): HTMLElement {
  const { t, options } = c;
  const n = (v: number) => formatCount(options.lang, v);
  const f = view.figure;
  const title = h('p', { class: 'bw-title' }, h('a', { href: c.href }, view.title));
  if (options.view === 'compact') {
    const line = h(
      'p',
      { class: 'bw-line' },
      h('strong', { 'data-field': 'formed' }, n(view.counts.formed)),
      ` ${t('embed.w.formedLabel')} · `,
      f ? `${f.label} ${f.year}: ` : missingText(view, indicator, options.year, t),
      f && h('span', { 'data-field': 'figure' }, figureText(f, t, options.lang)),
    );
    return card('angka', c, title, line, foot(c));
  }
  const counts = h(
    'dl',
    { class: 'bw-counts', 'aria-label': t('embed.w.counts') },
    ...STATUSES.map((st) =>
      h(
        'div',
        {},
        h('dt', { class: `bw-dot bw-${st}` }, t(`embed.w.count.${st}`)),
        h('dd', { 'data-field': st }, n(view.counts[st])),
      ),
    ),
  );
  const bar = f?.percent ?? null;
  const figure = h(
    'div',
    { class: 'bw-figure', 'data-indicator': indicator, 'data-year': f?.year },
    ...(f
      ? [
          h('p', { class: 'bw-figure-label' }, `${f.label} · ${f.year}`),
          h('p', { 'data-field': 'figure' }, figureText(f, t, options.lang)),
          bar !== null &&
            s(
              'svg',
              { class: 'bw-bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
              s('rect', { class: 'bw-bar-track', width: 100, height: 8 }),
              s('rect', { class: 'bw-bar-fill', width: Math.max(0, Math.min(100, bar)), height: 8 }),
            ),
        ]
      : [h('p', {}, missingText(view, indicator, options.year, t))]),
  );
  return card('angka', c, kicker(c), title, counts, figure, foot(c));
}

export function renderVillage(village: VillageInput, c: Context): HTMLElement {
  const { t, options } = c;
  const status = village.program?.status ?? 'none';
  const full = options.view === 'full';
  return card(
    'desa',
    c,
    kicker(c),
    h('p', { class: 'bw-title' }, h('a', { href: c.href }, villageTitle(village, t))),
    h(
      'p',
      { class: 'bw-where' },
      `${village.district.name}, ${village.regency.name}${full ? `, ${village.province.name}` : ''}`,
    ),
    h(
      'p',
      { class: `bw-status bw-dot bw-${status}`, 'data-field': 'status', 'data-status': status },
      villageStatusText(village, t),
    ),
    full && h('p', { class: 'bw-where' }, t('embed.w.code', { code: village.code })),
    foot(c),
  );
}

/** A message in place of the figures (bad option, unknown area), with a way to the site. */
export function renderMessage(t: Tr, lang: string, lines: string[], href: string): HTMLElement {
  return h(
    'div',
    { class: 'bw bw-message', lang, 'data-state': 'invalid' },
    h('p', { class: 'bw-title' }, t('embed.error.title')),
    h('ul', {}, ...lines.map((line) => h('li', {}, line))),
    h('p', { class: 'bw-foot' }, h('a', { href }, t('embed.w.source'))),
  );
}

/**
 * The figures the snippet was built with (the element's light DOM, shown through a slot) and a note saying they
 * could not be refreshed; without any, a short message and a link to the site.
 */
export function renderFallback(t: Tr, lang: string, hasContent: boolean, asOf: string | null, href: string) {
  const note = hasContent
    ? asOf
      ? t('embed.w.stale', { date: asOf })
      : t('embed.w.staleUndated')
    : t('embed.w.failed');
  return h(
    'div',
    { class: 'bw', lang, 'data-state': 'stale' },
    hasContent ? h('slot') : h('p', {}, h('a', { href }, t('embed.w.seeSite'))),
    h('p', { class: 'bw-note', role: 'status' }, note),
  );
}

/** While loading: the snippet's own figures (the slot), so nothing jumps or goes blank. */
export const renderLoading = (t: Tr, lang: string, hasContent: boolean) =>
  h(
    'div',
    { class: 'bw', lang, 'data-state': 'loading', 'aria-busy': 'true' },
    hasContent ? h('slot') : t('embed.w.loading'),
  );
