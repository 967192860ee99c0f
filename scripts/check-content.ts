/**
 * `npm run check:content`: validates every content file and prints every problem at once.
 *
 *   npm run check:content                      problems as `file:line  field  what is wrong  → expected` (stderr)
 *   npm run check:content -- DIR               another content folder (e.g. the synthetic national one)
 *   npm run check:content -- --format github   GitHub Actions: one `::error file=…,line=…` annotation per problem
 *                                              (stdout) and, when GITHUB_STEP_SUMMARY is set, a table in the job summary
 *
 * The format is only ever chosen by the flag (never guessed from GITHUB_ACTIONS), so a run on GitHub prints exactly
 * what the same command prints here. Exit status 1 when there is any problem.
 */
import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { annotations, repoPath, summary } from '../src/content-model/annotations.ts';
import { contentDir, formatProblem, type Problem, readContent } from '../src/content-model/load.ts';

const FORMATS = ['human', 'github'] as const;
const usage = `pakai: npm run check:content -- [FOLDER] [--format ${FORMATS.join('|')}]`;
const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'human' } } });
  } catch (error) {
    console.error(`check:content: ${(error as Error).message}  → ${usage}`);
    process.exit(2);
  }
})();
const format = values.format as (typeof FORMATS)[number];
if (!FORMATS.includes(format)) {
  console.error(`check:content: --format "${values.format}" tidak dikenal  → ${usage}`);
  process.exit(2);
}

const started = performance.now();
const dir = positionals[0] ?? contentDir();
const { content, problems } = await readContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const ok =
  `Konten sah (${seconds} s): ${content.regencies.length} kabupaten/kota, ${content.reports.length} laporan, ` +
  `${content.villages.length} desa, ${content.news.length} berita, ${content.indicators.length} indikator.`;
const failed = `${problems.length} masalah ditemukan (${seconds} s). Perbaiki lalu jalankan lagi: npm run check:content`;

if (format === 'github') await reportToGitHub(problems);
else for (const problem of problems) console.error(formatProblem(problem));

if (problems.length > 0) {
  console.error(`\n${failed}`);
  // exitCode rather than exit(): a long list written to a pipe must reach the reader in full first.
  process.exitCode = 1;
} else console.log(ok);

/** Annotations on stdout (where the runner reads workflow commands), the rest as log lines, the table as summary. */
async function reportToGitHub(found: Problem[]) {
  const env = process.env;
  const path = (p: Problem) => repoPath(p.file, { cwd: process.cwd(), workspace: env.GITHUB_WORKSPACE });
  const { lines, rest } = annotations(found, path);
  for (const line of lines) console.log(line);
  for (const problem of rest) console.log(formatProblem(problem));
  if (!env.GITHUB_STEP_SUMMARY) return;
  // The workflow passes the pull request's head commit, so the links open the lines as the editor wrote them.
  const sha = env.ATLAS_BLOB_SHA || env.GITHUB_SHA;
  const repository = env.GITHUB_REPOSITORY;
  const blobUrl = sha && repository ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}/blob/${sha}` : '';
  await appendFile(env.GITHUB_STEP_SUMMARY, summary(found, { path, blobUrl, ok }));
}
