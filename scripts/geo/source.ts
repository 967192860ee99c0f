/**
 * The inputs of the geo build: the official boundaries and centroids in GEO_DIR (default ../shared/geo; see its
 * README), or nothing when the folder is absent. Read only; nothing here is copied into the repository.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { geoDir } from '../../src/content-model/geo.ts';

export interface Centroid {
  lng: number;
  lat: number;
}

export interface GeoSource {
  dir: string;
  regencies: FeatureCollection;
  /** Village code → centroid of its official boundary. */
  villages: Map<string, Centroid>;
  /** District code → centroid of its official boundary. */
  districts: Map<string, Centroid>;
}

async function readCentroids(file: string): Promise<Map<string, Centroid>> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const centroids = new Map<string, Centroid>();
  for (const line of lines.slice(1)) {
    if (!line) continue;
    // Names may contain commas: the code is the first field, lat and lng the last two.
    const parts = line.split(',');
    centroids.set(parts[0], { lat: Number(parts.at(-2)), lng: Number(parts.at(-1)) });
  }
  return centroids;
}

/** The geo folder's contents, or null when it (or one of its files) is missing. */
export async function readGeoSource(dir = geoDir()): Promise<GeoSource | null> {
  const files = ['regencies.geojson', 'village-centroids.csv', 'district-centroids.csv'].map((f) => join(dir, f));
  if (!files.every((f) => existsSync(f))) return null;
  const [regencies, villages, districts] = await Promise.all([
    readFile(files[0], 'utf8').then((text) => JSON.parse(text) as FeatureCollection),
    readCentroids(files[1]),
    readCentroids(files[2]),
  ]);
  return { dir, regencies, villages, districts };
}
