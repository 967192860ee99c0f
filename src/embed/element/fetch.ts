/**
 * The element's reads of the JSON API (CORS-open): with a timeout, and failures sorted into "the area does not
 * exist" (a 404 answer: say so) and "the API could not be reached" (keep the figures the snippet was built with).
 */

import type { StatsInput, VillageInput } from '../model.ts';
import { areaKind } from '../options.ts';

export class NotFound extends Error {}

interface Envelope<T> {
  data: T;
  meta: { syncedAt: string };
}

async function getJson<T>(url: string, timeoutMs: number): Promise<Envelope<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (response.status === 404) throw new NotFound(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as Envelope<T>;
  } finally {
    clearTimeout(timer);
  }
}

export interface StatsLoaded {
  stats: StatsInput;
  /** The regency's page on the site, when the atlas has one. */
  slug: string | null;
  syncedAt: string;
}

/** /api/v1/stats for the area, and for a regency its slug (/api/v1/regencies?province=…), in parallel. */
export async function loadStats(origin: string, area: string, timeoutMs: number): Promise<StatsLoaded> {
  const kind = areaKind(area);
  const query = kind === 'regency' ? `?regency=${area}` : kind === 'province' ? `?province=${area}` : '';
  const [stats, regencies] = await Promise.all([
    getJson<StatsInput>(`${origin}/api/v1/stats${query}`, timeoutMs),
    kind === 'regency'
      ? getJson<{ code: string; slug: string }[]>(
          `${origin}/api/v1/regencies?province=${area.slice(0, 2)}`,
          timeoutMs,
        ).catch(() => null)
      : null,
  ]);
  const slug = regencies?.data.find((r) => r.code === area)?.slug ?? null;
  return { stats: stats.data, slug, syncedAt: stats.meta.syncedAt };
}

export async function loadVillage(origin: string, code: string, timeoutMs: number) {
  const village = await getJson<VillageInput>(`${origin}/api/v1/reference/villages/${code}`, timeoutMs);
  return { village: village.data, syncedAt: village.meta.syncedAt };
}
