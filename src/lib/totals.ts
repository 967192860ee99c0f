/** National totals for the home page, computed from the content set. */
import type { ResolvedReport, ResolvedVillage } from '../content-model/types.ts';
import { type VillageStatus, zeroByStatus } from './vocabulary.ts';

export interface NationalTotals {
  regencies: number;
  villagesByStatus: Record<VillageStatus, number>;
  /** Per year: sum of the reported "villages formed" realizations (these include villages the sources do not name). */
  reportedFormedByYear: { year: number; realization: number; target: number | null; regencies: number }[];
  figures: number;
}

export function nationalTotals(
  regencyCount: number,
  villages: Pick<ResolvedVillage, 'status'>[],
  reports: Pick<ResolvedReport, 'year' | 'figures'>[],
): NationalTotals {
  const villagesByStatus = zeroByStatus();
  for (const v of villages) villagesByStatus[v.status]++;
  const years = new Map<number, { realization: number; target: number | null; regencies: number }>();
  for (const report of reports) {
    const formed = report.figures.find((f) => f.indicator === 'desa-bersinar-formed');
    if (formed?.realization === undefined) continue;
    const y = years.get(report.year) ?? { realization: 0, target: null, regencies: 0 };
    y.realization += formed.realization;
    if (formed.target !== undefined) y.target = (y.target ?? 0) + formed.target;
    y.regencies++;
    years.set(report.year, y);
  }
  return {
    regencies: regencyCount,
    villagesByStatus,
    reportedFormedByYear: [...years].map(([year, y]) => ({ year, ...y })).sort((a, b) => b.year - a.year),
    figures: reports.reduce((n, r) => n + r.figures.length, 0),
  };
}
