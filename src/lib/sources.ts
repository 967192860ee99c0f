/** Which sources a block of figures cites, in citation order, each once. */
import type { ResolvedNews, ResolvedReport } from '../content-model/types.ts';
import { citeNews } from './cite.ts';

/** The report's own sources first, then any other source a figure cites; with each one's number (1-based). */
export function reportSources(report: ResolvedReport, sources: Map<string, ResolvedNews>) {
  const ids = [...new Set([...report.sources, ...report.figures.map((f) => f.source)])];
  const list = ids.flatMap((id) => {
    const news = sources.get(id);
    return news ? [citeNews(news)] : [];
  });
  return { list, number: new Map(list.map((s, i) => [s.id, i + 1])) };
}
