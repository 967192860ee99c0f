/**
 * Centroids from the official boundaries beside the project (`GEO_DIR`, default `../shared/geo`, see its README).
 * Optional: when the folder is absent, villages simply have no derived location.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ContentSet } from './cross-check.ts';

export interface Point {
  lat: number;
  lng: number;
}

export function geoDir(): string {
  return resolve(process.env.GEO_DIR ?? '../shared/geo');
}

async function readCentroids(file: string, wanted: Set<string>): Promise<Map<string, Point>> {
  const found = new Map<string, Point>();
  if (!existsSync(file) || wanted.size === 0) return found;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const code = line.slice(0, line.indexOf(','));
    if (!wanted.has(code)) continue;
    const parts = line.split(',');
    found.set(code, { lat: Number(parts.at(-2)), lng: Number(parts.at(-1)) });
  }
  return found;
}

/** The centroid of each wanted village's official boundary, else of its district. */
export async function locateVillages(codes: string[], dir = geoDir()) {
  const villages = await readCentroids(join(dir, 'village-centroids.csv'), new Set(codes));
  const districts = await readCentroids(
    join(dir, 'district-centroids.csv'),
    new Set(codes.filter((c) => !villages.has(c)).map((c) => c.slice(0, 8))),
  );
  return (code: string) => {
    const village = villages.get(code);
    if (village) return { ...village, precision: 'village-centroid' as const };
    const district = districts.get(code.slice(0, 8));
    return district ? { ...district, precision: 'district-centroid' as const } : null;
  };
}

/** The content set with every village that has no surveyed point located at its official centroid, if known. */
export async function withLocations(content: ContentSet, dir = geoDir()): Promise<ContentSet> {
  const locate = await locateVillages(
    content.villages.filter((v) => !v.location).map((v) => v.code),
    dir,
  );
  return { ...content, villages: content.villages.map((v) => ({ ...v, location: v.location ?? locate(v.code) })) };
}
