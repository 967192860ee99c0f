/** Where `npm run geo` writes, and the shapes of what the page reads back at build time. */

/** Served files (copied into the build by Astro); ignored by git. */
export const OUT_DIR = process.env.GEO_OUT ?? 'public/generated/map';
/** Build-time files; ignored by git. */
export const CACHE_DIR = process.env.GEO_CACHE ?? '.cache/geo';
/** The URL of OUT_DIR on the site. */
export const PUBLIC_BASE = '/generated/map/';

export interface GeoManifest {
  /** `boundaries`: the official regency boundaries; `natural-earth`: the fallback outline (no GEO_DIR). */
  source: 'boundaries' | 'natural-earth';
  /** Paths relative to PUBLIC_BASE, with a content hash as `?v=`; names has `{code}` for the regency code. */
  files: { topology: string; villages: string; names: string };
  points: { total: number; villageCentroid: number; districtCentroid: number; surveyed: number; unlocated: number };
  regencies: number;
  sizes: Record<string, { raw: number; gzip: number }>;
}

export interface SvgPaths {
  width: number;
  height: number;
  regencies: { code: string; d: string }[];
  regencyBorders: string;
  provinceBorders: string;
  /** Indonesia's outline when there are no regencies (fallback base map). */
  outline: string;
}
