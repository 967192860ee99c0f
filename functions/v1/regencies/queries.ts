/** SQL for the regencies resource. Bound parameters only; rows mapped to domain objects here. */
import type { D1Database } from '@cloudflare/workers-types';
import { percentOfTarget } from '../../../src/lib/derived.ts';
import { countsOf, sourceColumns, toOffice, toSource } from '../../lib/schemas.ts';
import type { FigureOut, RegencyDetail, RegencySummary } from './schemas.ts';

type Row = Record<string, unknown>;

const SUMMARY_SQL = `
  SELECT r.code, r.slug, r.name, r.province_code, r.province_name, r.office_name, r.office_head, r.office_address,
         ${sourceColumns('n', 'office')},
         s.proposed, s.target, s.formed,
         (SELECT group_concat(year) FROM (SELECT year FROM reports p WHERE p.regency_code = r.code ORDER BY year)) AS years,
         r.description
  FROM regencies r
  LEFT JOIN news n ON n.id = r.office_source_id
  LEFT JOIN summary_villages s ON s.scope = 'regency' AND s.code = r.code AND s.year_key = 'all'`;

function toSummary(row: Row): RegencySummary {
  return {
    code: row.code as string,
    slug: row.slug as string,
    name: row.name as string,
    province: { code: row.province_code as string, name: row.province_name as string },
    office: toOffice(row),
    villages: countsOf(row),
    reportYears: row.years ? String(row.years).split(',').map(Number) : [],
  };
}

/** Regencies with content, optionally within one province, ordered by code. */
export async function listRegencies(db: D1Database, province?: string): Promise<RegencySummary[]> {
  const statement = province
    ? db.prepare(`${SUMMARY_SQL} WHERE r.province_code = ? ORDER BY r.code`).bind(province)
    : db.prepare(`${SUMMARY_SQL} ORDER BY r.code`);
  const { results } = await statement.all<Row>();
  return results.map(toSummary);
}

function toFigure(row: Row): FigureOut {
  const target = row.target as number | null;
  const realization = row.realization as number | null;
  return {
    indicator: {
      id: row.indicator_id as string,
      label: { id: row.label_id as string, en: row.label_en as string },
      unit: row.unit as string,
      program: row.program as string,
      higherIsBetter: row.higher_is_better === 1,
    },
    target,
    realization,
    percentOfTarget: percentOfTarget(target, realization),
    index: row.index_value as number | null,
    indexLabel: row.index_label_id ? { id: row.index_label_id as string, en: row.index_label_en as string } : null,
    breakdown: row.breakdown ? JSON.parse(row.breakdown as string) : null,
    quote: row.quote as string | null,
    note: row.note as string | null,
    source: toSource(row, 'src'),
  };
}

/**
 * One regency with its reports (every year, or only `year`), figures and sources; null when the code has no
 * content in the atlas.
 */
export async function getRegency(db: D1Database, code: string, year?: number): Promise<RegencyDetail | null> {
  const y = year ?? null;
  const [regency, reports, sources, figures] = await db.batch<Row>([
    db.prepare(`${SUMMARY_SQL} WHERE r.code = ?`).bind(code),
    db
      .prepare(
        'SELECT year, title, narrative FROM reports WHERE regency_code = ?1 AND (?2 IS NULL OR year = ?2) ORDER BY year DESC',
      )
      .bind(code, y),
    db
      .prepare(
        `SELECT s.year, ${sourceColumns('n', 'src')} FROM report_sources s JOIN news n ON n.id = s.news_id
         WHERE s.regency_code = ?1 AND (?2 IS NULL OR s.year = ?2) ORDER BY s.year, s.position`,
      )
      .bind(code, y),
    db
      .prepare(
        `SELECT f.*, i.label_id, i.label_en, i.unit, i.program, i.higher_is_better, i.index_label_id, i.index_label_en,
                ${sourceColumns('n', 'src')}
         FROM figures f JOIN indicators i ON i.id = f.indicator_id JOIN news n ON n.id = f.source_id
         WHERE f.regency_code = ?1 AND (?2 IS NULL OR f.year = ?2) ORDER BY f.year, f.position`,
      )
      .bind(code, y),
  ]);
  const row = regency.results[0];
  if (!row) return null;
  return {
    ...toSummary(row),
    description: row.description as string,
    reports: reports.results.map((report) => ({
      year: report.year as number,
      title: report.title as string,
      narrative: report.narrative as string,
      sources: sources.results.filter((s) => s.year === report.year).map((s) => toSource(s, 'src')),
      figures: figures.results.filter((f) => f.year === report.year).map(toFigure),
    })),
  };
}
