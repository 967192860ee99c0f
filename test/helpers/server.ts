/**
 * The real built Worker (BUILD_DIR/server/wrangler.json: static pages + API) served by `wrangler dev` on workerd, with its
 * own local D1 in a temporary folder, migrated and synced from the real content first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runSync } from '../../src/sync/pipeline.ts';
import { testDatabase } from './d1.ts';

/** Where `npm test` built the site (never dist/, which a running `npm start` may be serving). */
export const BUILD_DIR = process.env.ATLAS_BUILD_DIR ?? '.build/test';
const BUILT_CONFIG = `${BUILD_DIR}/server/wrangler.json`;

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
  if (!existsSync(BUILT_CONFIG))
    throw new Error(`${BUILT_CONFIG} is missing: run \`npm run build:test\` (npm test does).`);
  const state = await mkdtemp(join(tmpdir(), 'atlas-e2e-'));
  const database = await testDatabase({ path: join(state, 'v3') });
  const { content } = await runSync(database.db);
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
