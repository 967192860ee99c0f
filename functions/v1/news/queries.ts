/** A source (press release or article) and what in the atlas cites it, for the news pages rendered on demand. */
import type { D1Database } from '@cloudflare/workers-types';
import { type Source, sourceColumns, toSource } from '../../lib/schemas.ts';

type Row = Record<string, unknown>;

export interface NewsArticle {
  source: Source;
  title: string;
  summary: string;
  regency: { code: string; name: string; slug: string };
  /** Years of the regency's reports that cite it, as a report source or a figure's source. */
  reportYears: number[];
  villages: { code: string; name: string }[];
}

/**
 * One round trip (a D1 batch): the data version, the news entry with its regency, the report years and the villages
 * that cite it (each read through an index on the source id).
 * @returns village null when there is no such news entry.
 */
export async function getNewsArticle(db: D1Database, id: string) {
  const [version, news, years, villages] = await db.batch<Row>([
    db.prepare('SELECT version, synced_at FROM data_version WHERE id = 1'),
    db
      .prepare(
        `SELECT ${sourceColumns('n', 'src')}, n.title, n.summary, r.code, r.name, r.slug
         FROM news n JOIN regencies r ON r.code = n.regency_code WHERE n.id = ?`,
      )
      .bind(id),
    db
      .prepare(
        `SELECT year FROM report_sources INDEXED BY report_sources_by_news WHERE news_id = ?1
         UNION SELECT year FROM figures INDEXED BY figures_by_source WHERE source_id = ?1 ORDER BY year`,
      )
      .bind(id),
    db
      .prepare(
        `SELECT v.code, v.name FROM village_sources s INDEXED BY village_sources_by_news
         JOIN villages v ON v.code = s.village_code WHERE s.news_id = ? ORDER BY v.name, v.code`,
      )
      .bind(id),
  ]);
  const stored = version.results[0];
  const dataVersion = stored ? { version: String(stored.version), syncedAt: String(stored.synced_at) } : null;
  const row = news.results[0];
  if (!row) return { dataVersion, article: null };
  const article: NewsArticle = {
    source: toSource(row, 'src'),
    title: row.title as string,
    summary: row.summary as string,
    regency: { code: row.code as string, name: row.name as string, slug: row.slug as string },
    reportYears: years.results.map((y) => y.year as number),
    villages: villages.results.map((v) => ({ code: v.code as string, name: v.name as string })),
  };
  return { dataVersion, article };
}
