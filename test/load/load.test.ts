/**
 * 200 concurrent connections for 60 s on loopback, mixed over every API route, the pages the Worker renders and
 * static pages, against the built Worker on workerd with the synthetic national dataset: zero 5xx, zero connection
 * errors. The per-client rate limit is off for the load generator (a local-only config, scripts/lib/worker.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from '../../bench/lib/load.ts';
import { serveWorker } from '../../scripts/lib/worker.ts';
import { nationalRoutes } from '../helpers/national-routes.ts';
import { buildDir } from '../helpers/server.ts';
import { nationalState } from './national-state.ts';

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
/**
 * Seconds a request may wait for its answer. Locally one workerd behind `wrangler dev` answers about 90 requests a
 * second on this 2-core machine, one at a time, so 200 open connections queue about 2 s each on average and a few
 * wait past autocannon's default 10 s: slow, not failed. 30 s separates queueing from real failures (refused or
 * reset connections, which count at once); the figures printed say how long the queue was.
 */
const TIMEOUT = Number(process.env.LOAD_TIMEOUT ?? 30);
let national: Awaited<ReturnType<typeof nationalState>>;
let worker: Awaited<ReturnType<typeof serveWorker>>;

beforeAll(async () => {
  national = await nationalState();
  worker = await serveWorker({ buildDir: buildDir(), state: national.state, withoutRateLimit: true });
}, 300_000);
afterAll(() => worker?.stop());

describe(`load: ${CONNECTIONS} connections for ${SECONDS} s`, () => {
  it('answers every request of the mix without a 5xx or a connection error', {
    timeout: (SECONDS + 120) * 1000,
  }, async () => {
    const { content } = national;
    const village = content.villages[40_000];
    const paths = [
      ...nationalRoutes(content),
      `/desa/${village.code}/`,
      `/en/desa/${content.villages[12_345].code}/`,
      `/berita/${content.news[1000].id}/`,
      `/cari-desa/?q=${encodeURIComponent(village.name.slice(0, 3))}`,
      '/',
      '/en/',
      '/kabupaten/',
      '/data/',
      '/peta/',
      '/favicon.svg',
    ];
    const result = await load(worker.origin, paths, { connections: CONNECTIONS, seconds: SECONDS, timeout: TIMEOUT });
    const fiveHundreds = Object.entries(result.statusCodes)
      .filter(([code]) => Number(code) >= 500)
      .reduce((n, [, count]) => n + count, 0);
    console.log(
      `load: ${result.requests} requests in ${SECONDS} s (${Math.round(result.rps)} req/s) over ${paths.length} paths; ` +
        `p50/p95/p99/max ${[result.p50, result.p95, result.p99, result.max].map(Math.round).join('/')} ms; ` +
        `status codes ${JSON.stringify(result.statusCodes)}; errors ${result.errors} ` +
        `(timeouts after ${TIMEOUT} s: ${result.timeouts}; ${JSON.stringify(result.errorCodes)})`,
    );
    expect(result.requests).toBeGreaterThan(0);
    expect(fiveHundreds).toBe(0);
    expect(result.errors).toBe(0);
  });
});
