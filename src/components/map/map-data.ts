/**
 * Build time only: the map's data from content and the official reference (served as /peta/data.json and used
 * for the static SVG and table), and the files `npm run geo` generated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, type GeoManifest, OUT_DIR, type SvgPaths } from '../../../scripts/geo/outputs.ts';
import { loadReference } from '../../content-model/reference.ts';
import { siteContent } from '../../lib/content.ts';
import type { MapData } from '../../map/model.ts';

export async function buildMapData(): Promise<MapData> {
  const [content, reference] = await Promise.all([siteContent(), loadReference()]);
  const figures: MapData['figures'] = {};
  const years = new Set<number>();
  for (const { data: report } of content.reports) {
    years.add(report.year);
    figures[report.regencyCode] ??= {};
    const byIndicator = figures[report.regencyCode];
    for (const f of report.figures) {
      byIndicator[f.indicator] ??= {};
      byIndicator[f.indicator][report.year] = [f.target ?? null, f.realization ?? null];
    }
  }
  return {
    provinces: [...reference.provinces.values()].map((p) => [p.code, p.name]),
    regencies: [...reference.regencies.values()].map((r) => [
      r.code,
      r.name,
      content.regencyByCode.get(r.code)?.slug ?? null,
    ]),
    villages: content.villages.map(({ data: v }) => ({
      code: v.code,
      name: v.name,
      status: v.status,
      year: v.year,
      yearBefore: v.yearBefore,
    })),
    figures,
    years: [...years].sort((a, b) => b - a),
  };
}

const readJson = <T>(file: string): T | null =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;

/** What `npm run geo` wrote (null when it has not run: the page then ships the table alone). */
export function generatedGeo() {
  return {
    manifest: readJson<GeoManifest>(join(OUT_DIR, 'manifest.json')),
    svg: readJson<SvgPaths>(join(CACHE_DIR, 'svg.json')),
  };
}
