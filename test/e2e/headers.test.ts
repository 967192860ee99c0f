/**
 * Security headers on every page type (static files through `_headers`, pages the Worker renders, the API and
 * downloads), as the built Worker serves them on workerd.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOfficial, readOracle } from '../helpers/oracle.ts';
import { LOCALES, type PageType, pagePaths, prefix } from '../helpers/pages.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const paths = pagePaths(readOracle(), readOfficial());

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

/** The directives of a CSP header, by name. */
const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );

function expectCommonHeaders(headers: Headers, where: string) {
  expect(headers.get('strict-transport-security'), where).toMatch(/max-age=31536000; includeSubDomains/);
  expect(headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(headers.get('referrer-policy'), where).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy'), where).toMatch(/camera=\(\)/);
}

describe('security headers', () => {
  for (const locale of LOCALES) {
    for (const [type, path] of Object.entries(paths) as [PageType, string][]) {
      it(`${type} (${locale}): CSP without inline scripts, no framing, HSTS, nosniff, referrer and permissions`, async () => {
        const response = await fetch(`${server.origin}${prefix(locale, path)}`);
        const where = `${type} ${locale}`;
        expectCommonHeaders(response.headers, where);
        const csp = directives(response.headers.get('content-security-policy') ?? '');
        expect(csp.get('frame-ancestors'), where).toEqual(["'none'"]);
        expect(csp.get('script-src'), where).toContain("'self'");
        expect(csp.get('script-src'), where).not.toContain("'unsafe-inline'");
        expect(csp.get('script-src'), where).not.toContain("'unsafe-eval'");
        expect(csp.get('object-src'), where).toEqual(["'none'"]);
        expect(csp.get('default-src'), where).toEqual(["'self'"]);
        expect(response.headers.get('x-frame-options'), where).toBe('DENY');
        // Every inline <style> of the page is allowed by its hash, nothing else is allowed inline.
        const html = await response.text();
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
        const allowed = csp.get('style-src') ?? [];
        expect(allowed, where).not.toContain("'unsafe-inline'");
        for (const style of styles) {
          const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style))).toString(
            'base64',
          );
          expect(allowed, where).toContain(`'sha256-${digest}'`);
        }
        expect(html, where).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>\s*\S/);
      });
    }
  }

  it('the API and the downloads: no content may run or be framed', async () => {
    for (const path of ['/api/v1', '/api/v1/villages?regency=61.03', '/api/v1/nope']) {
      const response = await fetch(`${server.origin}${path}`);
      expectCommonHeaders(response.headers, path);
      expect(directives(response.headers.get('content-security-policy') ?? '').get('frame-ancestors')).toEqual([
        "'none'",
      ]);
      expect(directives(response.headers.get('content-security-policy') ?? '').get('default-src')).toEqual(["'none'"]);
    }
    for (const path of ['/data/villages.csv', '/favicon.svg', '/robots.txt']) {
      const response = await fetch(`${server.origin}${path}`);
      expectCommonHeaders(response.headers, path);
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
    }
  });
});
