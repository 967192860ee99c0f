/**
 * Choropleth classes, shared by the static SVG (build time), the canvas, the legend and the tests. Fixed
 * thresholds rather than quantiles, so a colour means the same in every view and every year. Class 0 is "none /
 * no data"; classes 1–6 step through the sequential palette (`--map-seq-1` … `--map-seq-6`).
 */
import { bisectRight } from 'd3-array';

export const CLASS_COUNT = 6;

export interface ChoroplethScale {
  kind: 'villages' | 'percent';
  /** Lower bounds of classes 2–6 (class 1 starts at the smallest value that is not class 0). */
  thresholds: number[];
  classOf(value: number | null): number;
}

/** Desa Bersinar villages per regency: 0 | 1 | 2–4 | 5–9 | 10–19 | 20–49 | 50+. */
export const villageScale: ChoroplethScale = {
  kind: 'villages',
  thresholds: [2, 5, 10, 20, 50],
  classOf(value) {
    return !value ? 0 : 1 + bisectRight(this.thresholds, value);
  },
};

/** Realization as percent of target: no data | <50 | 50–74 | 75–99 | 100–124 | 125–149 | 150+. */
export const percentScale: ChoroplethScale = {
  kind: 'percent',
  thresholds: [50, 75, 100, 125, 150],
  classOf(value) {
    return value === null ? 0 : 1 + bisectRight(this.thresholds, value);
  },
};

export const scaleFor = (layer: string) => (layer === 'villages' ? villageScale : percentScale);

export interface LegendBin {
  index: number;
  /** Inclusive lower bound, null for class 0. */
  from: number | null;
  /** Exclusive upper bound, null when open. */
  to: number | null;
}

/** The legend's rows, class 0 first. */
export function legendBins(scale: ChoroplethScale): LegendBin[] {
  const first = scale.kind === 'villages' ? 1 : 0;
  const bounds = [first, ...scale.thresholds];
  return [
    { index: 0, from: null, to: null },
    ...bounds.map((from, i) => ({ index: i + 1, from, to: bounds[i + 1] ?? null })),
  ];
}
