/**
 * The built Worker (`<build>/server/wrangler.json`: static files + API + pages rendered on demand) served by
 * `wrangler dev` on workerd with the local D1 kept in a given folder. Used by the browser tests, the benchmarks and
 * the load tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready at ${url} after ${timeoutMs} ms:\n${log()}`);
}

export interface WorkerOptions {
  /** The build folder (ATLAS_BUILD_DIR), holding server/wrangler.json. */
  buildDir: string;
  /** Folder of the local D1 state (as `--persist-to`). */
  state: string;
  /**
   * Serve without the per-client rate limit (the LIMITER binding), for load generators that are one client sending
   * thousands of requests. A LOCAL setting only: it writes a separate config next to the build's, never the
   * wrangler.toml that deploys.
   */
  withoutRateLimit?: boolean;
}

/** @example const worker = await serveWorker({ buildDir: '.build/test', state }); … worker.stop(); */
export async function serveWorker(options: WorkerOptions) {
  let config = join(options.buildDir, 'server/wrangler.json');
  if (!existsSync(config)) throw new Error(`${config} is missing: build first (npm run build:test).`);
  if (options.withoutRateLimit) {
    const built = JSON.parse(await readFile(config, 'utf8'));
    delete built.ratelimits;
    config = join(options.buildDir, 'server/wrangler.no-rate-limit.json');
    await writeFile(config, JSON.stringify(built));
  }
  const wrangler = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin/wrangler.js');
  // A free port may be taken between finding it and wrangler binding it (tests start servers in parallel): retry.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    let output = '';
    const args = [
      'dev',
      '--config',
      config,
      '--persist-to',
      options.state,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
    ];
    const child = spawn(process.execPath, [wrangler, ...args], {
      detached: true,
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const origin = `http://127.0.0.1:${port}`;
    try {
      await waitFor(`${origin}/favicon.svg`, child, () => output, 90_000);
    } catch (error) {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      if (attempt < 3 && /EADDRINUSE|address already in use/i.test(output)) continue;
      throw error;
    }
    return served(origin, child, () => output);
  }
}

function served(origin: string, child: ChildProcess, output: () => string) {
  return {
    origin,
    log: output,
    stop: () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    },
  };
}
