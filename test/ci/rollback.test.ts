/**
 * Recovery from a bad sync without Time Travel (docs/release.md): `git checkout <good commit> -- content` and the
 * sync again give back exactly the data of the good commit (same rows, same data version in `/api/v1`). Tried on a
 * throw-away git repository of the content and a real in-memory D1, as the remote sync would run it.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/app.ts';
import { runSync } from '../../src/sync/pipeline.ts';
import { testDatabase } from '../helpers/d1.ts';

/** Tables the sync writes (every table but the migrations' own bookkeeping), with all their rows. */
async function dump(db: Awaited<ReturnType<typeof testDatabase>>['db']) {
  const { results } = await db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
  const names = results.map((r) => r.name).filter((n) => !/^(sqlite_|_cf_|d1_migrations$)/.test(n));
  const tables: Record<string, string[]> = {};
  for (const name of names.sort()) {
    if (name === 'data_version') continue; // holds synced_at, a time: compared through the version instead
    const rows = (await db.prepare(`SELECT * FROM "${name}"`).all()).results.map((row) => JSON.stringify(row));
    tables[name] = rows.sort();
  }
  return tables;
}

describe('re-syncing the previous content restores the previous data version', () => {
  let repo: string;
  let database: Awaited<ReturnType<typeof testDatabase>>;
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', '-c', 'core.hooksPath=/dev/null', ...args],
      { cwd: repo, encoding: 'utf8' },
    ).trim();
  const sync = () => runSync(database.db, { contentDir: join(repo, 'content'), reference: false });
  const liveVersion = async () => {
    const response = await app.request('/api/v1', { headers: { 'cf-connecting-ip': '10.9.9.9' } }, database.env);
    return ((await response.json()) as { meta: { dataVersion: string } }).meta.dataVersion;
  };

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'atlas-rollback-'));
    await cp('content', join(repo, 'content'), { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', 'content');
    git('commit', '-q', '-m', 'good');
    database = await testDatabase();
  });
  afterAll(async () => {
    await database?.dispose();
    await rm(repo, { recursive: true, force: true });
  });

  it('good → bad → git checkout <good> -- content → sync: the good rows and version again', async () => {
    const good = git('rev-parse', 'HEAD');
    const first = await sync();
    const goodRows = await dump(database.db);
    expect(goodRows.villages?.length).toBeGreaterThan(0);
    expect(await liveVersion()).toBe(first.result.version);

    // A bad release: valid content with a wrong figure (18 trained youths typed as 81) and a village removed.
    const report = join(repo, 'content/regencies/sanggau/reports/2023.md');
    const text = await readFile(report, 'utf8');
    await writeFile(report, text.replace('    realization: 18\n', '    realization: 81\n'));
    git('rm', '-q', 'content/regencies/sanggau/villages/kawat.md');
    git('commit', '-q', '-am', 'bad');
    const bad = await sync();
    expect(bad.result.written).toBe(true);
    expect(bad.result.version).not.toBe(first.result.version);
    expect(await liveVersion()).toBe(bad.result.version);
    expect(await dump(database.db)).not.toEqual(goodRows);

    // The recovery of docs/release.md, then the same sync `npm run sync -- --remote` runs.
    git('checkout', good, '--', 'content');
    const restored = await sync();
    expect(restored.result).toMatchObject({ written: true, version: first.result.version });
    expect(await liveVersion()).toBe(first.result.version);
    expect(await dump(database.db)).toEqual(goodRows);
  });
});
