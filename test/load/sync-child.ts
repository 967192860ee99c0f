/**
 * A sync run in its own process, to be killed at a random moment by sync-kill.test.ts: syncs the real content
 * (`real`) or the synthetic national dataset (`national`) into the local D1 kept in the given folder.
 * Usage: node test/load/sync-child.ts <state folder> real|national
 */
import { join } from 'node:path';
import type { D1Database } from '@cloudflare/workers-types';
import { getPlatformProxy } from 'wrangler';
import { applyMigrations } from '../../src/sync/migrate.ts';
import { runSync } from '../../src/sync/pipeline.ts';
import { nationalContentSet } from './national-state.ts';

const [state, which] = process.argv.slice(2);
const proxy = await getPlatformProxy<{ DB: D1Database }>({
  configPath: 'wrangler.toml',
  persist: { path: join(state, 'v3') },
  remoteBindings: false,
});
const tables = await proxy.env.DB.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'data_version'").first<{
  n: number;
}>();
if (!tables?.n) await applyMigrations(proxy.env.DB);
const content = which === 'national' ? await nationalContentSet() : undefined;
console.log('sync: writing');
const { result } = await runSync(proxy.env.DB, { content, progress: (line) => console.log(`sync: ${line}`) });
console.log(`sync: done ${result.version}`);
await proxy.dispose();
