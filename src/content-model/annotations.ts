/**
 * The GitHub Actions output of `npm run check:content -- --format github`: one `::error` workflow command per
 * problem, which GitHub shows on the file and line of a pull request, and a Markdown table for the job summary.
 * Pure (no I/O): scripts/check-content.ts prints and writes what these functions return.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Problem } from './types.ts';

/** GitHub shows at most 10 error annotations per step (and 50 per job); the rest would vanish silently. */
export const ANNOTATION_LIMIT = 10;
/** Rows of the job summary table; a step summary may hold 1 MiB, so a national-scale breakage is cut short. */
export const SUMMARY_ROW_LIMIT = 500;

/** Escapes the message of a workflow command (after `::`), as GitHub's toolkit does: `%`, CR and LF. */
export const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** Escapes a property value (`file=…`, `title=…`): also `:` and `,`, which would end the value early. */
export const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** What is wrong and what is expected, exactly as `formatProblem` prints it after `file:line  field  `. */
export const problemText = (p: Problem) => `${p.message}${p.expected ? `  → ${p.expected}` : ''}`;

/** The field as `formatProblem` names it; `(berkas)` for a problem with the whole file. */
export const problemTitle = (p: Problem) => p.field || '(berkas)';

export interface PathOptions {
  /** The folder `Problem.file` is relative to (the check's working directory). */
  cwd: string;
  /** The repository root on the runner (GITHUB_WORKSPACE); when absent, `cwd` is taken as the root. */
  workspace?: string;
}

/**
 * The path GitHub expects in `file=`: relative to the repository root, with forward slashes.
 * @example repoPath('content/a.md', { cwd: '/w/repo' }) // 'content/a.md'
 */
export function repoPath(file: string, { cwd, workspace }: PathOptions): string {
  const absolute = isAbsolute(file) ? file : resolve(cwd, file);
  return relative(workspace ?? cwd, absolute)
    .split('\\')
    .join('/');
}

/**
 * One `::error` command. `line` is left out when unknown (0), so GitHub puts the note on the whole file.
 * @example annotation(p, 'content/regencies/sanggau/reports/2023.md')
 * // '::error file=content/regencies/sanggau/reports/2023.md,line=16,title=figures[1].index::"86,60" bukan angka  → …'
 */
export function annotation(p: Problem, path: string): string {
  const properties = [`file=${escapeProperty(path)}`];
  if (p.line > 0) properties.push(`line=${p.line}`);
  properties.push(`title=${escapeProperty(problemTitle(p))}`);
  return `::error ${properties.join(',')}::${escapeData(problemText(p))}`;
}

/** The note that takes the last annotation's place when there are more problems than GitHub shows. */
export function overflowAnnotation(hidden: number): string {
  const text =
    `…dan ${hidden} masalah lain tidak ditampilkan sebagai catatan di berkas (GitHub menampilkan paling banyak ` +
    `${ANNOTATION_LIMIT}). Daftar lengkapnya ada di ringkasan (Summary) pemeriksaan ini dan di log langkah ini.`;
  return `::error title=${escapeProperty(`${hidden} masalah lain`)}::${escapeData(text)}`;
}

/**
 * Splits the problems into what GitHub can show as annotations and the rest (printed as plain log lines). With more
 * than `limit` problems, the last annotation is the overflow note, so the editor knows the list goes on.
 */
export function annotations(problems: readonly Problem[], path: (p: Problem) => string, limit = ANNOTATION_LIMIT) {
  if (problems.length <= limit) return { lines: problems.map((p) => annotation(p, path(p))), rest: [] as Problem[] };
  const shown = problems.slice(0, limit - 1);
  const rest = problems.slice(limit - 1);
  return { lines: [...shown.map((p) => annotation(p, path(p))), overflowAnnotation(rest.length)], rest };
}

/** Text for one cell of a GitHub Markdown table: no line breaks, no column separators, no live HTML. */
export const markdownCell = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('|', '\\|')
    .replace(/\r\n?|\n/g, ' ');

/** A code span for a field name (`figures[1].index`), or plain text when the name itself holds a backtick. */
const codeCell = (text: string) => (text.includes('`') ? markdownCell(text) : `\`${markdownCell(text)}\``);

export interface SummaryOptions {
  path: (p: Problem) => string;
  /** `https://github.com/<owner>/<repo>/blob/<sha>`: file names become links to the line. */
  blobUrl?: string;
  /** The closing line of the check ("Konten sah …") when there is no problem. */
  ok?: string;
}

/** `https://github.com/o/r/blob/<sha>/content/a%20b.md#L3` */
const lineUrl = (blobUrl: string, path: string, line: number) =>
  `${blobUrl}/${path.split('/').map(encodeURIComponent).join('/')}${line > 0 ? `#L${line}` : ''}`;

/** The job summary (`$GITHUB_STEP_SUMMARY`): every problem in one table, in Indonesian, with links to the lines. */
export function summary(problems: readonly Problem[], { path, blobUrl, ok }: SummaryOptions): string {
  if (problems.length === 0) return `### Pemeriksaan konten: sah ✅\n\n${ok ?? ''}\n`;
  const rows = problems.slice(0, SUMMARY_ROW_LIMIT).map((p) => {
    const where = `${path(p)}${p.line > 0 ? `:${p.line}` : ''}`;
    const file = blobUrl ? `[${markdownCell(where)}](${lineUrl(blobUrl, path(p), p.line)})` : markdownCell(where);
    return `| ${file} | ${codeCell(problemTitle(p))} | ${markdownCell(p.message)} | ${markdownCell(p.expected ?? '')} |`;
  });
  const cut = problems.length - rows.length;
  return [
    `### Pemeriksaan konten: ${problems.length} masalah ❌`,
    '',
    'Perbaiki setiap baris di bawah ini. Di GitHub: buka berkasnya, klik ikon pensil (Edit), perbaiki baris yang ' +
      'disebut, lalu simpan (Commit changes) ke cabang yang sama; pemeriksaan berjalan lagi dengan sendirinya. ' +
      'Arti setiap pesan: docs/editing.md, bagian 10.',
    '',
    '| Berkas:baris | Kolom | Yang salah | Yang diharapkan |',
    '|---|---|---|---|',
    ...rows,
    ...(cut > 0 ? ['', `…dan ${cut} masalah lain; jalankan \`npm run check:content\` untuk daftar lengkapnya.`] : []),
    '',
  ].join('\n');
}
