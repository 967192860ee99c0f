/**
 * The sync killed at random moments (10 runs; the whole process group, workerd included, with SIGKILL) always
 * leaves the old or the new data, never a mix: the stored data version is one of the two, and the tables agree with
 * it (row counts, the summary tables against the villages, the digests the sync stored).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { D1Database } from '@cloudflare/workers-types';
import { describe, expect, it } from 'vitest';
import { getPlatformProxy } from 'wrangler';
import { loadReference } from '../../src/content-model/reference.ts';
import { dataVersion } from '../../src/sync/apply.ts';
import { planRows } from '../../src/sync/rows.ts';
import { realContent } from '../helpers/content.ts';
import { nationalContentSet } from './national-state.ts';

const RUNS = 10;

/** The child sync; `writing` resolves when it starts its one batch (it prints the line just before). */
function runChild(state: string, which: string) {
  const child: ChildProcess = spawn(process.execPath, ['test/load/sync-child.ts', state, which], {
    detached: true,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  const writing = new Promise<number>((resolve) =>
    child.stdout?.on('data', (d) => {
      output += d;
      if (/satu batch/.test(output)) resolve(performance.now());
    }),
  );
  return { child, writing, done: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
}

async function inspect(state: string) {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: 'wrangler.toml',
    persist: { path: join(state, 'v3') },
    remoteBindings: false,
  });
  const db = proxy.env.DB;
  const one = async (sql: string) => (await db.prepare(sql).first<Record<string, number | string>>()) ?? {};
  const facts = {
    version: String((await one('SELECT version FROM data_version WHERE id = 1')).version ?? ''),
    villages: Number((await one('SELECT COUNT(*) AS n FROM villages')).n),
    formed: Number((await one("SELECT COUNT(*) AS n FROM villages WHERE status = 'formed'")).n),
    summaryFormed: Number(
      (await one("SELECT formed FROM summary_villages WHERE scope = 'national' AND year_key = 'all'")).formed ?? 0,
    ),
    digestRows: Number((await one("SELECT row_count FROM sync_tables WHERE name = 'villages'")).row_count ?? -1),
  };
  await proxy.dispose();
  return facts;
}

describe('a sync killed at random moments', () => {
  it(`leaves the old or the new data version, never a mix (${RUNS} runs)`, { timeout: 1_200_000 }, async () => {
    const ref = await loadReference();
    const oldPlan = (await realContent()).plan;
    const national = await nationalContentSet();
    const newPlan = planRows(national, ref);
    const count = (plan: typeof oldPlan) => plan.find((t) => t.table === 'villages')?.rows.length;

    // The old state: the real content synced; then one uncut national sync to learn how long a sync takes.
    const base = await mkdtemp(join(tmpdir(), 'atlas-kill-base-'));
    expect(await runChild(base, 'real').done).toBe(0);
    const old = await inspect(base);
    const timing = await mkdtemp(join(tmpdir(), 'atlas-kill-time-'));
    await cp(base, timing, { recursive: true });
    const started = performance.now();
    const uncut = runChild(timing, 'national');
    const writeStart = await uncut.writing;
    expect(await uncut.done).toBe(0);
    const full = performance.now() - started;
    const write = performance.now() - writeStart;
    const fresh = await inspect(timing);
    expect(fresh.villages).toBe(count(newPlan));
    expect(old.villages).toBe(count(oldPlan));
    const versions = new Set([old.version, fresh.version]);
    // sanity: the versions are those of the two plans (the reference part is the same in both)
    expect(old.version).not.toBe(fresh.version);
    expect(await dataVersion(oldPlan)).not.toBe(await dataVersion(newPlan));

    const outcomes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const state = await mkdtemp(join(tmpdir(), `atlas-kill-${run}-`));
      await cp(base, state, { recursive: true });
      const { child, writing, done } = runChild(state, 'national');
      // Even runs: a kill anywhere in the run; odd runs: a kill while the batch is being written.
      const inWrite = run % 2 === 1;
      if (inWrite) await writing;
      const delay = Math.random() * (inWrite ? write : full);
      await new Promise((r) => setTimeout(r, delay));
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      await done;
      const after = await inspect(state);
      expect(versions.has(after.version), `run ${run}: version ${after.version}`).toBe(true);
      const expected = after.version === old.version ? old : fresh;
      expect(after, `run ${run} killed after ${Math.round(delay)} ms`).toEqual(expected);
      expect(after.summaryFormed).toBe(after.formed);
      expect(after.digestRows).toBe(after.villages);
      outcomes.push(
        `${inWrite ? 'writing + ' : ''}${Math.round(delay)} ms → ${after.version === old.version ? 'old' : 'new'}`,
      );
    }
    console.log(
      `sync killed ${RUNS} times (an uncut sync takes ${Math.round(full)} ms, its batch ${Math.round(write)} ms): ${outcomes.join(', ')}`,
    );
  });
});
