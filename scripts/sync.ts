/**
 * `npm run sync`: content/ → D1 in one transactional batch. Validates first (nothing invalid reaches D1), then
 * prints progress and a summary of rows added/changed/removed per table, and the data version.
 * `npm run sync -- --remote` writes to the deployed database (wrangler environment "remote").
 */

import type { D1Database } from '@cloudflare/workers-types';
import { getPlatformProxy } from 'wrangler';
import { geoDir, withLocations } from '../src/content-model/geo.ts';
import { ContentError, formatProblem, loadContent } from '../src/content-model/load.ts';
import { loadReference, referencePackageVersion } from '../src/content-model/reference.ts';
import { applySync } from '../src/sync/apply.ts';
import { planReference } from '../src/sync/reference.ts';
import { planRows } from '../src/sync/rows.ts';

const remote = process.argv.includes('--remote');
const log = (line: string) => console.log(`[sync] ${line}`);

log('membaca dan memeriksa konten…');
let content: Awaited<ReturnType<typeof loadContent>>;
try {
  content = await loadContent('content');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`[sync] dibatalkan: ${error.problems.length} masalah di konten; database tidak diubah.`);
  process.exit(1);
}
log(`${content.regencies.length} kabupaten/kota, ${content.reports.length} laporan, ${content.villages.length} desa`);

content = await withLocations(content);
const located = content.villages.filter((v) => v.location).length;
log(`lokasi: ${located}/${content.villages.length} desa punya titik (dari konten atau ${geoDir()})`);
const officialAreas = await loadReference();
const plan = planRows(content, officialAreas);
const reference = await planReference(officialAreas, `idn-area-data@${referencePackageVersion()}`);

const proxy = await getPlatformProxy<{ DB: D1Database }>({
  configPath: 'wrangler.toml',
  ...(remote ? { environment: 'remote' } : { remoteBindings: false }),
});
try {
  log(`menyinkronkan ke D1 ${remote ? 'REMOTE' : 'lokal (.wrangler/state)'}…`);
  const result = await applySync(proxy.env.DB, plan, { progress: log, reference });
  const counts = Object.entries(result.reference?.rows ?? {})
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  log(`referensi ${reference.source}: ${result.reference?.written ? 'ditulis' : 'sudah mutakhir'} (${counts})`);
  for (const t of result.tables) {
    log(`  ${t.table.padEnd(16)} +${t.added} ~${t.changed} -${t.removed}  (${t.total} baris)`);
  }
  log(
    result.written
      ? `selesai: versi data ${result.version.slice(0, 12)}`
      : `sudah mutakhir: versi data ${result.version.slice(0, 12)}, tidak ada yang ditulis`,
  );
} catch (error) {
  console.error(
    `[sync] GAGAL, database tetap seperti sebelumnya (batch dibatalkan seluruhnya): ${(error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await proxy.dispose();
}
