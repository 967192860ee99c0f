/** Typed access to the content collections for pages (the loader already validated everything). */
import { getCollection, render } from 'astro:content';
import type {
  ResolvedIndicator,
  ResolvedNews,
  ResolvedRegency,
  ResolvedReport,
  ResolvedVillage,
} from '../content-model/cross-check.ts';

async function all<T>(name: 'indicators' | 'regencies' | 'reports' | 'villages' | 'news') {
  const entries = await getCollection(name);
  return entries.map((e) => ({ entry: e, data: e.data as T }));
}

export const indicators = () => all<ResolvedIndicator>('indicators');
export const regencies = () => all<ResolvedRegency>('regencies');
export const reports = () => all<ResolvedReport>('reports');
export const villages = () => all<ResolvedVillage>('villages');
export const news = () => all<ResolvedNews>('news');
export { render };

/** Every collection at once, with lookups by id. */
export async function everything() {
  const [ind, reg, rep, vil, nws] = await Promise.all([indicators(), regencies(), reports(), villages(), news()]);
  return {
    indicators: ind,
    regencies: reg,
    reports: rep,
    villages: vil,
    news: nws,
    indicator: new Map(ind.map((i) => [i.data.id, i.data])),
    source: new Map(nws.map((n) => [n.data.id, n.data])),
    regencyByCode: new Map(reg.map((r) => [r.data.code, r.data])),
  };
}
