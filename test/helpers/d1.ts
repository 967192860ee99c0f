/**
 * A real, empty, in-memory D1 (workerd through wrangler's getPlatformProxy) with every migration applied.
 * @example const db = await testDatabase(); … await db.dispose();
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { D1Database } from '@cloudflare/workers-types';
import { getPlatformProxy, unstable_splitSqlQuery } from 'wrangler';

export async function applyMigrations(db: D1Database, dir = 'migrations') {
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.sql')).sort()) {
    const statements = unstable_splitSqlQuery(await readFile(join(dir, name), 'utf8'));
    await db.batch(statements.map((sql) => db.prepare(sql)));
  }
}

export async function testDatabase(persist: false | { path: string } = false) {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: 'wrangler.toml',
    persist,
    remoteBindings: false,
  });
  await applyMigrations(proxy.env.DB);
  return { db: proxy.env.DB, env: proxy.env, dispose: () => proxy.dispose() };
}
