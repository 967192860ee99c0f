/**
 * The built Worker with a database that cannot be read (empty: never migrated, so every query fails): the API and
 * the pages rendered from D1 answer 503 with Retry-After, never a crash; static pages still serve.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemError } from '../helpers/api.ts';
import { readOracle } from '../helpers/oracle.ts';
import { startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const oracle = readOracle();

beforeAll(async () => {
  server = await startServer({ sync: false });
});
afterAll(() => server?.stop());

describe('when D1 is unavailable', () => {
  it('the API answers 503 problem+json with Retry-After on every kind of route', async () => {
    for (const path of [
      '/api/v1',
      '/api/v1/stats',
      `/api/v1/villages/${oracle.villages[0].code}`,
      '/api/v1/reference/villages?q=a',
    ]) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after'), path).toMatch(/^\d+$/);
      expect(problemError(503, response.headers.get('content-type'), await response.json()), path).toBeNull();
    }
  });

  it("pages rendered from D1 answer a 503 page with Retry-After, in the reader's language", async () => {
    const village = oracle.villages[0].code;
    for (const [path, lang] of [
      [`/desa/${village}/`, 'id'],
      [`/en/desa/${village}/`, 'en'],
      [`/berita/${oracle.news[0].id}/`, 'id'],
      ['/cari-desa/?q=lalang', 'id'],
    ]) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after'), path).toMatch(/^\d+$/);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(await response.text(), path).toContain(`<html lang="${lang}"`);
    }
  });

  it('static pages still serve', async () => {
    for (const path of ['/', '/en/', `/kabupaten/${oracle.regencies[0].slug}/`, '/data/', '/peta/']) {
      expect((await fetch(`${server.origin}${path}`)).status, path).toBe(200);
    }
  });
});
