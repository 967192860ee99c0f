/**
 * The content for static pages, read from the collections ONCE per build and indexed: pages get what they need by
 * key (or as getStaticPaths props) instead of searching every collection again, so nothing in the build is
 * quadratic at national scale (514 regencies, 2,570 reports, 83,762 villages).
 */
import { getCollection, render } from 'astro:content';
import type {
  ContentSet,
  ResolvedIndicator,
  ResolvedNews,
  ResolvedRegency,
  ResolvedReport,
  ResolvedVillage,
} from '../content-model/types.ts';

export { render };

type CollectionName = 'indicators' | 'regencies' | 'reports' | 'villages' | 'news';
async function all<T>(name: CollectionName) {
  const entries = await getCollection(name);
  return entries.map((e) => ({ entry: e, data: e.data as T }));
}
export type Item<T> = Awaited<ReturnType<typeof all<T>>>[number];

const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

async function read() {
  const [indicators, regencies, reports, villages, news] = await Promise.all([
    all<ResolvedIndicator>('indicators'),
    all<ResolvedRegency>('regencies'),
    all<ResolvedReport>('reports'),
    all<ResolvedVillage>('villages'),
    all<ResolvedNews>('news'),
  ]);
  indicators.sort((a, b) => a.data.order - b.data.order);
  regencies.sort((a, b) => a.data.name.localeCompare(b.data.name, 'id'));
  reports.sort((a, b) => b.data.year - a.data.year);
  news.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.id.localeCompare(b.data.id));
  villages.sort((a, b) => a.data.code.localeCompare(b.data.code));
  const contentSet: ContentSet = {
    indicators: indicators.map((i) => i.data),
    regencies: regencies.map((r) => r.data),
    reports: reports.map((r) => r.data),
    villages: villages.map((v) => v.data),
    news: news.map((n) => n.data),
  };
  return {
    /** The plain content set (as the sync sees it), for the downloads. */
    contentSet,
    indicators,
    regencies,
    reports,
    villages,
    news,
    indicator: new Map(indicators.map((i) => [i.data.id, i.data])),
    source: new Map(news.map((n) => [n.data.id, n.data])),
    regencyByCode: new Map(regencies.map((r) => [r.data.code, r.data])),
    regencyBySlug: new Map(regencies.map((r) => [r.data.slug, r])),
    /** Newest first. */
    reportsOf: groupBy(reports, (r) => r.data.regencyCode),
    villagesOf: groupBy(villages, (v) => v.data.regencyCode),
    /** Newest first. */
    newsOf: groupBy(news, (n) => n.data.regencyCode),
    regenciesOfProvince: groupBy(regencies, (r) => r.data.provinceCode),
  };
}

let cached: ReturnType<typeof read> | undefined;
/** Every collection with its indexes, computed once per build (module state lives for the whole build). */
export function siteContent() {
  if (import.meta.env.DEV) return read(); // live content while editing with `npm run dev`
  cached ??= read();
  return cached;
}
export type SiteContent = Awaited<ReturnType<typeof siteContent>>;
