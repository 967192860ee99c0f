/**
 * A real, empty, in-memory D1 (workerd through wrangler's getPlatformProxy) with every migration applied.
 * @example const db = await testDatabase(); … await db.dispose();
 */
import type { D1Database } from '@cloudflare/workers-types';
import { getPlatformProxy } from 'wrangler';
import { applyMigrations } from '../../src/sync/migrate.ts';

export { applyMigrations };

export async function testDatabase(persist: false | { path: string } = false) {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: 'wrangler.toml',
    persist,
    remoteBindings: false,
  });
  await applyMigrations(proxy.env.DB);
  return { db: proxy.env.DB, env: proxy.env, dispose: () => proxy.dispose() };
}
