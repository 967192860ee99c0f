/**
 * Security headers on everything the Worker answers (pages rendered on demand and the API); static files get the
 * same policy from `_headers` (src/integrations/security-headers.ts). An HTML page's CSP allows exactly the inline
 * `<style>` blocks it contains, by hash.
 */
import { defineMiddleware } from 'astro:middleware';
import {
  COMMON_HEADERS,
  DATA_POLICY,
  embedPageHeaders,
  inlineHashes,
  isEmbedPage,
  pageHeaders,
} from './lib/security-headers.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  const headers = new Headers(response.headers);
  const isHtml = (headers.get('content-type') ?? '').startsWith('text/html');
  if (isHtml && response.body) {
    const html = await response.text();
    const { styles, scripts } = await inlineHashes(html);
    const policy = { styleHashes: styles, scriptHashes: scripts };
    // Only the iframe widgets may be framed by other sites (docs/embeds.md); every other page keeps DENY.
    const secure = isEmbedPage(context.url.pathname) ? embedPageHeaders(policy) : pageHeaders(policy);
    for (const [name, value] of Object.entries(secure)) headers.set(name, value);
    return new Response(html, { status: response.status, statusText: response.statusText, headers });
  }
  for (const [name, value] of Object.entries(COMMON_HEADERS)) headers.set(name, value);
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', DATA_POLICY);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
});
