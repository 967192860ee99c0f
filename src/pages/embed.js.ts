/**
 * /embed.js: the one script partners load (docs/embeds.md), at a stable URL rather than a hashed file name, so
 * snippets never change; built at build time into a static file (src/embed/build-script.ts). Its headers (CORP
 * cross-origin, CORS, short max-age) come from `_headers` (src/integrations/security-headers.ts).
 */
import type { APIRoute } from 'astro';
import { buildEmbedScript } from '../embed/build-script.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(await buildEmbedScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
