/**
 * The real built Worker (dist/server/wrangler.json: static pages + API) served by `wrangler dev` on workerd, with its
 * own local D1 in a temporary folder, migrated and synced from the real content first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadReference } from '../../src/content-model/reference.ts';
import { applySync } from '../../src/sync/apply.ts';
import { planReference } from '../../src/sync/reference.ts';
import { realContent } from './content.ts';
import { testDatabase } from './d1.ts';

const BUILT_CONFIG = 'dist/server/wrangler.json';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready at ${url} after ${timeoutMs} ms:\n${log()}`);
}

export async function startServer() {
  if (!existsSync(BUILT_CONFIG)) throw new Error(`${BUILT_CONFIG} is missing: run \`npm run build\` (npm test does).`);
  const state = await mkdtemp(join(tmpdir(), 'atlas-e2e-'));
  const database = await testDatabase({ path: join(state, 'v3') });
  const { content, plan } = await realContent();
  const reference = await planReference(await loadReference(), 'idn-area-data');
  await applySync(database.db, plan, { reference });
  await database.dispose();

  const port = await freePort();
  const wrangler = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin/wrangler.js');
  let output = '';
  const child = spawn(
    process.execPath,
    [wrangler, 'dev', '--config', BUILT_CONFIG, '--persist-to', state, '--ip', '127.0.0.1', '--port', String(port)],
    { detached: true, env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' } },
  );
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/api/v1`, child, () => output);
  return {
    origin,
    content,
    stop: () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    },
  };
}
