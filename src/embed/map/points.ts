/**
 * The map widget's drawing in the Worker: a regency's outline (build time, /embed/geo/<province>.json) with its
 * villages placed on it as dots, one compact path per status (`M x y h0` with round caps is a dot). Pure.
 */
import type { VillagePoint } from '../../../functions/v1/embed/queries.ts';
import type { Status } from '../model.ts';
import { MAP_HEIGHTS, MAP_PADDING, MAP_WIDTH, type Outline } from './box.ts';
import { type Fit, fitPoints, project } from './mercator.ts';

export type DotKind = Status | 'none';

export interface MapDrawing {
  width: number;
  height: number;
  /** The regency's boundary, or null (then only the dots, fitted to themselves). */
  outline: string | null;
  /** Path data per kind; `none` first so the program's villages are drawn over it. */
  dots: Record<DotKind, string>;
  counts: Record<DotKind, number>;
  /** Villages with no known location (counted, not drawn). */
  unlocated: number;
}

export function drawRegency(points: VillagePoint[], outline: Outline | null): MapDrawing {
  const located = points.filter((p) => p.lat !== null && p.lng !== null) as (VillagePoint & {
    lat: number;
    lng: number;
  })[];
  const fit: Fit & { width: number; height: number } = outline ?? {
    width: MAP_WIDTH,
    ...fitPoints(
      located.map((p) => [p.lng, p.lat]),
      MAP_WIDTH,
      MAP_PADDING * 2,
      MAP_HEIGHTS,
    ),
  };
  const parts: Record<DotKind, string[]> = { none: [], proposed: [], target: [], formed: [] };
  const counts: Record<DotKind, number> = { none: 0, proposed: 0, target: 0, formed: 0 };
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)) * 10) / 10;
  for (const p of points) counts[p.status ?? 'none']++;
  for (const p of located) {
    const [x, y] = project(fit, p.lng, p.lat);
    parts[p.status ?? 'none'].push(`M${clamp(x, fit.width)} ${clamp(y, fit.height)}h0`);
  }
  return {
    width: fit.width,
    height: fit.height,
    outline: outline?.d ?? null,
    dots: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.join('')])) as Record<DotKind, string>,
    counts,
    unlocated: points.length - located.length,
  };
}
