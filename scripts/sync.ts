/**
 * `npm run sync`: content/ → D1 in one transactional batch. Validates first (nothing invalid reaches D1), then
 * prints progress and a summary of rows added/changed/removed per table, and the data version.
 * `npm run sync -- --remote` writes to the deployed database (wrangler environment "remote").
 * `--force` rewrites every table even when nothing changed; `--persist-to DIR` syncs the local D1 kept in DIR.
 */

import type { D1Database } from '@cloudflare/workers-types';
import { getPlatformProxy } from 'wrangler';
import { ContentError, formatProblem } from '../src/content-model/load.ts';
import { runSync } from '../src/sync/pipeline.ts';

const remote = process.argv.includes('--remote');
const force = process.argv.includes('--force');
const persistAt = process.argv.indexOf('--persist-to');
const persistTo = persistAt > 0 ? process.argv[persistAt + 1] : undefined;
const log = (line: string) => console.log(`[sync] ${line}`);

const proxy = await getPlatformProxy<{ DB: D1Database }>({
  configPath: 'wrangler.toml',
  ...(remote ? { environment: 'remote' } : { remoteBindings: false }),
  ...(persistTo ? { persist: { path: `${persistTo}/v3` } } : {}),
});
try {
  log(`tujuan: D1 ${remote ? 'REMOTE' : `lokal (${persistTo ?? '.wrangler/state'})`}`);
  const { result } = await runSync(proxy.env.DB, { progress: log, force });
  const counts = Object.entries(result.reference?.rows ?? {})
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  log(`referensi ${result.reference?.source}: ${result.reference?.written ? 'ditulis' : 'sudah mutakhir'} (${counts})`);
  for (const t of result.tables) {
    log(`  ${t.table.padEnd(16)} +${t.added} ~${t.changed} -${t.removed}  (${t.total} baris)`);
  }
  log(
    result.written
      ? `selesai: versi data ${result.version.slice(0, 12)}`
      : `sudah mutakhir: versi data ${result.version.slice(0, 12)}, tidak ada yang ditulis`,
  );
} catch (error) {
  process.exitCode = 1;
  if (error instanceof ContentError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`[sync] dibatalkan: ${error.problems.length} masalah di konten; database tidak diubah.`);
  } else {
    console.error(
      `[sync] GAGAL, database tetap seperti sebelumnya (batch dibatalkan seluruhnya): ${(error as Error).message}`,
    );
  }
} finally {
  await proxy.dispose();
}
