/** Stats from the summary tables written by the sync: a few rows per request at any scale. */
import type { D1Database } from '@cloudflare/workers-types';
import { percentOfTarget } from '../../../src/lib/derived.ts';
import { countsOf } from '../../lib/schemas.ts';
import type { Stats } from './schemas.ts';

type Row = Record<string, unknown>;
export type Scope = { type: 'national'; code: null } | { type: 'province' | 'regency'; code: string };

const SCOPE_NAME = {
  national: "SELECT 'Indonesia' AS name",
  province: 'SELECT name FROM ref_provinces WHERE code = ?',
  regency: 'SELECT name FROM ref_regencies WHERE code = ?',
} as const;

/** Stats for a scope and optional year; null when the scope is not an official province or regency. */
export async function getStats(db: D1Database, scope: Scope, year?: number): Promise<Stats | null> {
  const code = scope.code ?? '';
  const nameQuery = db.prepare(SCOPE_NAME[scope.type]);
  const [names, villages, figures] = await db.batch<Row>([
    scope.code === null ? nameQuery : nameQuery.bind(scope.code),
    db.prepare('SELECT * FROM summary_villages WHERE scope = ? AND code = ? ORDER BY year_key').bind(scope.type, code),
    db
      .prepare(
        `SELECT f.*, i.label_id, i.label_en, i.unit FROM summary_figures f JOIN indicators i ON i.id = f.indicator_id
         WHERE f.scope = ?1 AND f.code = ?2 AND (?3 IS NULL OR f.year = ?3) ORDER BY f.year DESC, i.position`,
      )
      .bind(scope.type, code, year ?? null),
  ]);
  const name = names.results[0]?.name as string | undefined;
  if (!name) return null;
  const yearRows = villages.results.filter((r) => r.year_key !== 'all');
  const selected = villages.results.find((r) => r.year_key === (year === undefined ? 'all' : String(year)));
  return {
    scope: { type: scope.type, code: scope.code, name },
    year: year ?? null,
    villages: countsOf(selected),
    villagesByYear: (year === undefined ? yearRows : yearRows.filter((r) => r.year_key === String(year))).map((r) => ({
      year: r.year_key as string,
      ...countsOf(r),
    })),
    figures: figures.results.map((f) => ({
      year: f.year as number,
      indicator: {
        id: f.indicator_id as string,
        label: { id: f.label_id as string, en: f.label_en as string },
        unit: f.unit as string,
      },
      reports: f.reports as number,
      target: f.target as number | null,
      realization: f.realization as number | null,
      percentOfTarget: percentOfTarget(f.paired_target as number | null, f.paired_realization as number | null),
    })),
  };
}
