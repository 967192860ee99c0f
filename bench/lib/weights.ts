/**
 * Page weight as a phone on a slow link would pay it: the compressed bytes of the critical path (the HTML with its
 * inline CSS, plus any render-blocking stylesheet or classic script in <head>) and the compressed JavaScript a page
 * loads (its module scripts and every module they import statically).
 */
import { gzipSync } from 'node:zlib';

const gzip = (body: Uint8Array | string) => gzipSync(body).length;

async function fetchBytes(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Render-blocking resources of a page: stylesheets and classic scripts without async/defer. */
function blocking(html: string): string[] {
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const scripts = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"[^>]*>/g)]
    .filter((m) => !/\b(async|defer|type="module")\b/.test(m[1]))
    .map((m) => m[2]);
  return [...styles, ...scripts];
}

export async function criticalPath(origin: string, path: string) {
  const html = await fetchBytes(`${origin}${path}`);
  let bytes = gzip(html);
  for (const url of blocking(new TextDecoder().decode(html)))
    bytes += gzip(await fetchBytes(new URL(url, origin).href));
  return { htmlRaw: html.length, criticalGzip: bytes };
}

/**
 * Module scripts of a page and every script they can load: static and dynamic imports and Web Workers (any quoted
 * `./` or `../` relative `.js` URL in the code; absolute ones may be mere text, like a snippet), gzip each.
 */
export async function javascriptOf(origin: string, path: string) {
  const html = new TextDecoder().decode(await fetchBytes(`${origin}${path}`));
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map(
    (m) => new URL(m[1], `${origin}${path}`).href,
  );
  const seen = new Set<string>();
  let bytes = 0;
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await fetchBytes(url);
    bytes += gzip(code);
    for (const m of new TextDecoder().decode(code).matchAll(/["'`](\.{1,2}\/[^"'`\s]+\.js)["'`]/g)) {
      queue.push(new URL(m[1], url).href);
    }
  }
  return { files: seen.size, gzip: bytes };
}

export async function fileGzip(origin: string, path: string) {
  const body = await fetchBytes(`${origin}${path}`);
  return { raw: body.length, gzip: gzip(body) };
}
