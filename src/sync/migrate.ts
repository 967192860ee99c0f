/** Applies every numbered migration in order, as `wrangler d1 migrations apply` does, to a fresh database. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { D1Database } from '@cloudflare/workers-types';
import { unstable_splitSqlQuery } from 'wrangler';

/** @example await applyMigrations(proxy.env.DB); */
export async function applyMigrations(db: D1Database, dir = 'migrations') {
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.sql')).sort()) {
    const statements = unstable_splitSqlQuery(await readFile(join(dir, name), 'utf8'));
    await db.batch(statements.map((sql) => db.prepare(sql)));
  }
}
