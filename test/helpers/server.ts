/**
 * The real built Worker (BUILD_DIR/server/wrangler.json: static pages + API) served by `wrangler dev` on workerd,
 * with its own local D1 in a temporary folder, migrated and synced from the real content first.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveWorker } from '../../scripts/lib/worker.ts';
import { runSync } from '../../src/sync/pipeline.ts';
import { testDatabase } from './d1.ts';

/** Where `npm test` built the site (never dist/, which a running `npm start` may be serving); read at each call. */
export const buildDir = () => process.env.ATLAS_BUILD_DIR ?? '.build/test';

/** @param options.sync false: serve an empty, unmigrated database (every D1 query fails), to test faults. */
export async function startServer(options: { sync?: boolean } = {}) {
  const state = await mkdtemp(join(tmpdir(), 'atlas-e2e-'));
  let content: Awaited<ReturnType<typeof runSync>>['content'] | undefined;
  if (options.sync !== false) {
    const database = await testDatabase({ path: join(state, 'v3') });
    ({ content } = await runSync(database.db));
    await database.dispose();
  }
  const worker = await serveWorker({ buildDir: buildDir(), state });
  return { origin: worker.origin, content: content as NonNullable<typeof content>, stop: worker.stop };
}
