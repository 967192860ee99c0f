/** /peta/data.json: the map's data (src/map/model.ts MapData), built from content; the same for both locales. */
import type { APIRoute } from 'astro';
import { buildMapData } from '../../../components/map/map-data.ts';

export function getStaticPaths() {
  return [{ params: { lang: undefined } }];
}

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildMapData()), { headers: { 'Content-Type': 'application/json' } });
