/**
 * Build time: what the data page's generator offers — the nation, each province with regencies in the atlas, each
 * such regency — and the indicators with the years any report gives them.
 */
import type { ResolvedIndicator, ResolvedRegency, ResolvedReport } from '../../content-model/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { GeneratorArea } from './config.ts';

interface Content {
  regencies: { data: ResolvedRegency }[];
  reports: { data: ResolvedReport }[];
  indicators: { data: ResolvedIndicator }[];
}

export function nationalChoices(content: Content, locale: Locale) {
  const regencies = content.regencies.map((r) => r.data).sort((a, b) => a.code.localeCompare(b.code));
  const provinces = new Map(regencies.map((r) => [r.provinceCode, r.provinceName]));
  const areas: GeneratorArea[] = [
    { code: '', name: 'Indonesia', slug: null },
    ...[...provinces].map(([code, name]) => ({ code, name, slug: null })),
    ...regencies.map((r) => ({ code: r.code, name: r.name, slug: r.slug })),
  ];
  const indicators = content.indicators.flatMap(({ data: i }) => {
    const years = [
      ...new Set(
        content.reports.filter((p) => p.data.figures.some((f) => f.indicator === i.id)).map((p) => p.data.year),
      ),
    ].sort((a, b) => b - a);
    return years.length > 0 ? [{ id: i.id, label: i.label[locale], years }] : [];
  });
  return { areas, indicators };
}
