/** `npm run check:content`: validates every content file and prints every problem at once. */
import { formatProblem, readContent } from '../src/content-model/load.ts';

const started = performance.now();
/** `npm run check:content -- DIR` checks another content folder (e.g. the synthetic national one). */
const dir = process.argv[2] ?? 'content';
const { content, problems } = await readContent(dir);
for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(
    `\n${problems.length} masalah ditemukan (${seconds} s). Perbaiki lalu jalankan lagi: npm run check:content`,
  );
  process.exit(1);
}
console.log(
  `Konten sah (${seconds} s): ${content.regencies.length} kabupaten/kota, ${content.reports.length} laporan, ` +
    `${content.villages.length} desa, ${content.news.length} berita, ${content.indicators.length} indikator.`,
);
