/**
 * The security headers of every response: the same policy for static files (written into `_headers` at build time by
 * src/integrations/security-headers.ts) and for what the Worker renders (src/middleware.ts). Scripts are never
 * inline on public pages (`script-src 'self'`); inline `<style>` blocks are allowed by their sha256 hashes only.
 */

/** Headers every response carries. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface PolicyOptions {
  styleHashes?: string[];
  scriptHashes?: string[];
  /** `'none'` for every page but the embeds. */
  frameAncestors?: string;
  /** Pagefind's search runs WebAssembly: only the search page allows compiling it. */
  wasm?: boolean;
}

/** The Content-Security-Policy of an HTML page. */
export function pagePolicy(options: PolicyOptions = {}): string {
  const hashes = (list: string[] = []) =>
    [...new Set(list)]
      .sort()
      .map((h) => ` '${h}'`)
      .join('');
  return [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ''}${hashes(options.scriptHashes)}`,
    `style-src 'self'${hashes(options.styleHashes)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors ?? "'none'"}`,
  ].join('; ');
}

/** JSON, CSV and other non-HTML answers of the Worker: nothing may run or be framed. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Headers of an HTML page that may not be framed. */
export const pageHeaders = (options: PolicyOptions = {}): Record<string, string> => ({
  ...COMMON_HEADERS,
  'Content-Security-Policy': pagePolicy(options),
  'X-Frame-Options': 'DENY',
});

/** The iframe widgets (src/pages/embed, docs/embeds.md): the only pages other sites may frame. */
export const isEmbedPage = (pathname: string) => /^\/embed\/(angka|peta|desa)\/?$/.test(pathname);

/** Hot-linked by any site: the iframe widgets, the badges and embed.js (also for hosts with COEP require-corp). */
export const CROSS_ORIGIN_RESOURCE: Record<string, string> = { 'Cross-Origin-Resource-Policy': 'cross-origin' };

/**
 * embed.js, the script partners load from a stable URL: any site may load it (CORP, CORS for `crossorigin`), and
 * caches keep it five minutes, then revalidate (its ETag comes from the static assets server).
 */
export const EMBED_SCRIPT_HEADERS: Record<string, string> = {
  ...CROSS_ORIGIN_RESOURCE,
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400',
};

/** An SVG badge: nothing in it may run or load; any site may show it (as an image, an object or a frame). */
export const BADGE_HEADERS: Record<string, string> = {
  ...CROSS_ORIGIN_RESOURCE,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors *; base-uri 'none'",
};

/** Headers of an iframe widget page: any site may frame it (`frame-ancestors *`, no X-Frame-Options). */
export const embedPageHeaders = (options: PolicyOptions = {}): Record<string, string> => ({
  ...COMMON_HEADERS,
  ...CROSS_ORIGIN_RESOURCE,
  'Content-Security-Policy': pagePolicy({ ...options, frameAncestors: '*' }),
});

/** Bytes → base64, in Node and in workerd alike. */
const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const sha256 = async (text: string) =>
  `sha256-${base64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))}`;

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Inline scripts the browser runs: classic or module code, and import maps (data blocks are not run). */
const RUNS = (attributes: string) =>
  !/\bsrc\s*=/.test(attributes) &&
  (!/\btype\s*=/.test(attributes) || /\btype\s*=\s*["']?(module|importmap|text\/javascript)\b/i.test(attributes));

/** sha256 sources of every inline `<style>` and every inline script that runs, for a CSP. */
export async function inlineHashes(html: string) {
  const styles = await Promise.all([...html.matchAll(STYLE)].map((m) => sha256(m[1])));
  const scripts = await Promise.all(
    [...html.matchAll(SCRIPT)].filter((m) => RUNS(m[1]) && m[2].trim() !== '').map((m) => sha256(m[2])),
  );
  return { styles, scripts };
}
