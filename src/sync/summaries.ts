/**
 * Summary rows for the API, computed from the content at sync time: villages by status and reported figures per
 * scope (national, province, regency) and year, so stats requests read a handful of rows.
 */
import type { ContentSet } from '../content-model/cross-check.ts';
import type { Reference } from '../content-model/reference.ts';
import { type Scope, zeroByStatus } from '../lib/vocabulary.ts';
import type { Row, TablePlan } from './types.ts';

type ScopeKey = [Scope, string];

const scopesOf = (regencyCode: string, provinceCode: string): ScopeKey[] => [
  ['national', ''],
  ['province', provinceCode],
  ['regency', regencyCode],
];

function add<T>(map: Map<string, T>, key: string, init: () => T, update: (value: T) => void) {
  const value = map.get(key) ?? init();
  update(value);
  map.set(key, value);
}

export function planSummaries(content: ContentSet, ref: Pick<Reference, 'provinces'>): TablePlan[] {
  const provinceOf = new Map(content.regencies.map((r) => [r.code, r.provinceCode]));

  const villages = new Map<string, Row>();
  for (const v of content.villages) {
    const yearKeys = ['all', v.year === null ? `before-${v.yearBefore}` : String(v.year)];
    for (const [scope, code] of scopesOf(v.regencyCode, provinceOf.get(v.regencyCode) ?? '')) {
      for (const year_key of yearKeys) {
        const init = () => ({ scope, code, year_key, ...zeroByStatus() });
        add(villages, `${scope}|${code}|${year_key}`, init, (row) => {
          row[v.status] = (row[v.status] as number) + 1;
        });
      }
    }
  }

  const figures = new Map<string, Row>();
  for (const report of content.reports) {
    for (const f of report.figures) {
      for (const [scope, code] of scopesOf(report.regencyCode, provinceOf.get(report.regencyCode) ?? '')) {
        const init = (): Row => ({
          scope,
          code,
          year: report.year,
          indicator_id: f.indicator,
          reports: 0,
          target: null,
          realization: null,
          paired_target: null,
          paired_realization: null,
        });
        add(figures, `${scope}|${code}|${report.year}|${f.indicator}`, init, (row) => {
          const sum = (column: string, value: number | undefined) => {
            if (value !== undefined) row[column] = ((row[column] as number | null) ?? 0) + value;
          };
          row.reports = (row.reports as number) + 1;
          sum('target', f.target);
          sum('realization', f.realization);
          if (f.target !== undefined && f.realization !== undefined) {
            sum('paired_target', f.target);
            sum('paired_realization', f.realization);
          }
        });
      }
    }
  }

  const regenciesPerProvince = new Map<string, number>();
  for (const r of content.regencies)
    regenciesPerProvince.set(r.provinceCode, (regenciesPerProvince.get(r.provinceCode) ?? 0) + 1);

  return [
    { table: 'summary_villages', key: ['scope', 'code', 'year_key'], rows: [...villages.values()] },
    { table: 'summary_figures', key: ['scope', 'code', 'year', 'indicator_id'], rows: [...figures.values()] },
    {
      table: 'summary_provinces',
      key: ['code'],
      rows: [...ref.provinces.values()].map((p) => ({
        code: p.code,
        name: p.name,
        regencies: regenciesPerProvince.get(p.code) ?? 0,
      })),
    },
  ];
}
