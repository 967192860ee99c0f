/**
 * /peta/pratinjau.svg: the home page's map teaser, a small static picture of the regency choropleth (Desa Bersinar
 * villages per regency), built from the same generated shapes and scale as the map. An image, so it is not on the
 * page's critical path; colours are the light palette of the design tokens, as plain fill attributes.
 */
import type { APIRoute } from 'astro';
import { buildMapData, generatedGeo } from '../../components/map/map-data.ts';
import { regencyValues } from '../../map/model.ts';
import { villageScale } from '../../map/scales.ts';
import { defaultState } from '../../map/state.ts';

export const prerender = true;

/** The light values of --map-land and --map-seq-1 … --map-seq-6 (src/styles/tokens.css). */
const FILLS = ['#dfe3e6', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'];

export const GET: APIRoute = async () => {
  const { svg } = generatedGeo();
  const data = await buildMapData();
  const values = regencyValues(data, defaultState());
  const body = svg
    ? [
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${svg.width} ${svg.height}" width="${svg.width}" height="${svg.height}">`,
        `<rect width="${svg.width}" height="${svg.height}" fill="#eef3f6"/>`,
        ...svg.regencies.map(
          (r) => `<path d="${r.d}" fill="${FILLS[villageScale.classOf(values.get(r.code) ?? null)] ?? FILLS[0]}"/>`,
        ),
        `<path d="${svg.provinceBorders}" fill="none" stroke="#4b5563" stroke-width="0.6"/>`,
        '</svg>',
      ].join('')
    : '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 400" width="1000" height="400"><rect width="1000" height="400" fill="#eef3f6"/></svg>';
  return new Response(body, { headers: { 'content-type': 'image/svg+xml' } });
};
