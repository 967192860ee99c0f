/**
 * A SYNTHETIC national dataset for benchmarks and scale tests: every official regency with 5 years of reports and
 * every official village with a status. Made-up figures, never real data, never synced into a real database.
 * Deterministic: the same seed gives the same dataset.
 */
import type { Reference } from '../content-model/reference.ts';
import type { ContentSet, ResolvedIndicator, ResolvedVillage, VillageLocation } from '../content-model/types.ts';
import { VILLAGE_STATUSES } from '../lib/vocabulary.ts';

export const SYNTHETIC_YEARS = [2020, 2021, 2022, 2023, 2024];

/** mulberry32: a tiny deterministic PRNG, good enough to spread synthetic values. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NationalOptions {
  seed?: number;
  /** Located points by village code (e.g. official centroids); villages without one get a synthetic point. */
  locate?: (code: string) => VillageLocation | null;
}

export function nationalContent(
  ref: Reference,
  indicators: ResolvedIndicator[],
  options: NationalOptions = {},
): ContentSet {
  const next = random(options.seed ?? 1);
  const int = (max: number) => Math.floor(next() * max);
  const regencies = [...ref.regencies.values()].map((r) => ({
    slug: `sintetis-${r.code.replace('.', '-')}`,
    code: r.code,
    name: r.name,
    provinceCode: r.parentCode ?? '',
    provinceName: ref.provinces.get(r.parentCode ?? '')?.name ?? '',
    office: null,
    body: 'Data sintetis untuk uji skala nasional.',
    file: `synthetic/${r.code}`,
  }));
  const newsId = (slug: string, year: number) => `${slug}/${year}-12-20-sintetis`;
  const news = regencies.flatMap((r) =>
    SYNTHETIC_YEARS.map((year) => ({
      id: newsId(r.slug, year),
      regencyCode: r.code,
      title: `Capaian sintetis ${r.name} ${year}`,
      date: `${year}-12-20`,
      source: { publisher: 'Data sintetis', site: 'example.invalid' },
      body: 'Berita sintetis.',
      file: `synthetic/${r.code}/${year}`,
    })),
  );
  const reports = regencies.flatMap((r) =>
    SYNTHETIC_YEARS.map((year) => ({
      id: `${r.slug}/${year}`,
      regencyCode: r.code,
      year,
      title: `Capaian sintetis ${year}`,
      sources: [newsId(r.slug, year)],
      figures: indicators.map((indicator) => {
        const target = 5 + int(50);
        const given = next();
        return {
          indicator: indicator.id,
          ...(given < 0.9 ? { target } : {}),
          ...(given > 0.1 ? { realization: int(target * 2) } : {}),
          source: newsId(r.slug, year),
        };
      }),
      body: 'Laporan sintetis.',
      file: `synthetic/${r.code}/reports/${year}`,
    })),
  );
  const slugOf = new Map(regencies.map((r) => [r.code, r.slug]));
  const villages: ResolvedVillage[] = [...ref.villages.values()].map((v) => {
    const regencyCode = v.code.slice(0, 5);
    const year = SYNTHETIC_YEARS[int(SYNTHETIC_YEARS.length)];
    const before = next() < 0.05;
    const location = options.locate?.(v.code) ?? {
      lat: -10 + next() * 15.5,
      lng: 95 + next() * 46,
      precision: 'district-centroid' as const,
    };
    return {
      code: v.code,
      name: v.name,
      status: VILLAGE_STATUSES[int(VILLAGE_STATUSES.length)],
      location,
      sources: [newsId(slugOf.get(regencyCode) ?? '', year)],
      regencyCode,
      districtCode: v.parentCode ?? '',
      districtName: ref.districts.get(v.parentCode ?? '')?.name ?? '',
      year: before ? null : year,
      yearBefore: before ? SYNTHETIC_YEARS[0] : null,
      body: 'Desa sintetis.',
      file: `synthetic/${v.code}`,
    };
  });
  return { indicators, regencies, reports, villages, news };
}
