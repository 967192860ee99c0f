/**
 * Layout of a grouped bar chart as plain numbers (rendered to static SVG at build time by BarChart.astro): one group
 * per category (a year), one bar per series (target, realization). Pure: data and size in, geometry out.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

export interface Series {
  /** Also the bar's CSS class (`bar-<key>`), which gives its colour from the design tokens. */
  key: string;
  label: string;
}
export interface Group {
  label: string;
  /** One value per series key; null when the source does not give it. */
  values: Record<string, number | null>;
}
export interface BarLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { y: number; value: number }[];
  groups: { x: number; width: number; label: string; bars: Bar[] }[];
}
export interface Bar {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
}

/** @example layoutBars([{ label: '2023', values: { target: 10, realization: 18 } }], series, { width: 360 }) */
export function layoutBars(groups: Group[], series: Series[], size: { width: number; height?: number }): BarLayout {
  const width = size.width;
  const height = size.height ?? 200;
  const plot = { left: 40, top: 12, right: width - 8, bottom: height - 28 };
  const top = max(groups.flatMap((g) => series.map((s) => g.values[s.key] ?? 0))) ?? 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const x = scaleBand<string>()
    .domain(groups.map((g) => g.label))
    .range([plot.left, plot.right])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const inner = scaleBand<string>()
    .domain(series.map((s) => s.key))
    .range([0, x.bandwidth()])
    .padding(0.08);
  return {
    width,
    height,
    plot,
    ticks: y.ticks(4).map((value) => ({ y: y(value), value })),
    groups: groups.map((g) => ({
      x: x(g.label) ?? 0,
      width: x.bandwidth(),
      label: g.label,
      bars: series.map((s) => {
        const value = g.values[s.key] ?? null;
        const barTop = y(value ?? 0);
        return {
          key: s.key,
          x: (x(g.label) ?? 0) + (inner(s.key) ?? 0),
          y: barTop,
          width: inner.bandwidth(),
          height: plot.bottom - barTop,
          value,
        };
      }),
    })),
  };
}
