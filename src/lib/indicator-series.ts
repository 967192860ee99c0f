/** A regency's figures per indicator over the years: the data of one chart per indicator. */
import type { ResolvedIndicator, ResolvedReport } from '../content-model/types.ts';

export interface IndicatorSeries {
  indicator: ResolvedIndicator;
  /** Oldest year first; null where the source does not give the value. */
  years: { year: number; target: number | null; realization: number | null }[];
}

/** Indicators in catalogue order, each with the years that report it (target or realization). */
export function indicatorSeries(reports: ResolvedReport[], indicators: ResolvedIndicator[]): IndicatorSeries[] {
  const oldestFirst = [...reports].sort((a, b) => a.year - b.year);
  return indicators.flatMap((indicator) => {
    const years = oldestFirst.flatMap((report) => {
      const f = report.figures.find((x) => x.indicator === indicator.id);
      if (!f || (f.target === undefined && f.realization === undefined)) return [];
      return [{ year: report.year, target: f.target ?? null, realization: f.realization ?? null }];
    });
    return years.length > 0 ? [{ indicator, years }] : [];
  });
}
