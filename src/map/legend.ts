/** Keeps the legend's choropleth rows in step with the layer (the markup comes from the build, MapLegend.astro). */
import type { Tr } from './config.ts';
import { h, text } from './dom.ts';
import { binLabel } from './legend-labels.ts';
import { type ChoroplethScale, legendBins } from './scales.ts';

export function updateLegend(
  root: HTMLElement,
  scale: ChoroplethScale,
  title: string,
  t: Tr,
  n: (v: number) => string,
) {
  const heading = root.querySelector('#map-legend-title');
  const list = root.querySelector('[data-legend-bins]');
  if (!heading || !list) return;
  heading.textContent = title;
  list.replaceChildren(
    ...legendBins(scale).map((bin) =>
      h('li', { attrs: { 'data-class': String(bin.index) } }, [
        h('span', { className: `map-swatch q${bin.index}`, attrs: { 'aria-hidden': 'true' } }),
        text(binLabel(t, n, scale, bin)),
      ]),
    ),
  );
}
