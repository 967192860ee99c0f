/**
 * `npm run check:content -- --format github`: the workflow commands GitHub turns into annotations on a pull request
 * (escaping, paths relative to the repository root, line numbers, GitHub's limit of 10 per step), the job summary,
 * and a run of the real script on a broken copy of content/.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annotation,
  annotations,
  escapeData,
  escapeProperty,
  markdownCell,
  problemText,
  problemTitle,
  repoPath,
  summary,
} from '../../src/content-model/annotations.ts';
import { formatProblem, type Problem } from '../../src/content-model/load.ts';

const problem = (over: Partial<Problem> = {}): Problem => ({
  file: 'content/regencies/sanggau/reports/2023.md',
  line: 16,
  field: 'figures[1].index',
  message: '"86,60" bukan angka',
  expected: 'angka 0 sampai 100, mis. 86.6',
  ...over,
});

describe('escaping, as GitHub workflow commands require', () => {
  it.each([
    ['%', '%25'],
    ['\r', '%0D'],
    ['\n', '%0A'],
    ['\r\n', '%0D%0A'],
    ['50% : a, b', '50%25 : a, b'],
    ['%0A', '%250A'],
  ])('message %j → %j', (text, escaped) => expect(escapeData(text)).toBe(escaped));

  it.each([
    ['%', '%25'],
    ['\r', '%0D'],
    ['\n', '%0A'],
    [':', '%3A'],
    [',', '%2C'],
    ['a:b,c%d\ne', 'a%3Ab%2Cc%25d%0Ae'],
    ['%3A', '%253A'],
    ['figures[1].index', 'figures[1].index'],
  ])('property %j → %j', (text, escaped) => expect(escapeProperty(text)).toBe(escaped));
});

describe('annotation', () => {
  it('names the file, the line and the field, with the message and the fix of formatProblem', () => {
    expect(annotation(problem(), 'content/regencies/sanggau/reports/2023.md')).toBe(
      '::error file=content/regencies/sanggau/reports/2023.md,line=16,title=figures[1].index::' +
        '"86,60" bukan angka  → angka 0 sampai 100, mis. 86.6',
    );
  });

  it('says the same as the terminal output, after `file:line  field  `', () => {
    for (const p of [problem(), problem({ field: '', expected: undefined }), problem({ line: 3 })]) {
      expect(formatProblem(p)).toBe(`${p.file}:${p.line}  ${problemTitle(p)}  ${problemText(p)}`);
    }
  });

  it('puts a whole-file problem under "(berkas)" and leaves out an unknown line', () => {
    const p = problem({ field: '', line: 0, message: 'berkas kosong', expected: undefined });
    expect(annotation(p, 'content/a.md')).toBe('::error file=content/a.md,title=(berkas)::berkas kosong');
  });

  it('escapes every special character in the file, the title and the message', () => {
    const p = problem({ field: 'a:b,c', message: 'x%y\r\nz: 1, 2', expected: 'w\nv' });
    expect(annotation(p, 'content/a,b:c%.md')).toBe(
      '::error file=content/a%2Cb%3Ac%25.md,line=16,title=a%3Ab%2Cc::x%25y%0D%0Az: 1, 2  → w%0Av',
    );
  });

  it('keeps to GitHub’s 10 error annotations per step: 9 problems and a note with the number left', () => {
    const many = Array.from({ length: 12 }, (_, i) => problem({ line: i + 1 }));
    const { lines, rest } = annotations(many, (p) => p.file);
    expect(lines).toHaveLength(10);
    expect(lines[8]).toContain(',line=9,');
    expect(lines[9]).toMatch(/^::error title=3 masalah lain::…dan 3 masalah lain tidak ditampilkan/);
    expect(rest.map((p) => p.line)).toEqual([10, 11, 12]);
    const ten = annotations(many.slice(0, 10), (p) => p.file);
    expect(ten.lines.every((l) => l.startsWith('::error file='))).toBe(true);
    expect(ten.rest).toEqual([]);
  });
});

describe('repoPath: relative to the repository root, with forward slashes', () => {
  it.each([
    ['content/a.md', '/w/repo', undefined, 'content/a.md'],
    ['/w/repo/content/a.md', '/w/repo', undefined, 'content/a.md'],
    ['content/a.md', '/w/repo/site', '/w/repo', 'site/content/a.md'],
    ['content/regencies/x', '/w/repo', '/w/repo', 'content/regencies/x'],
  ])('%s from %s (workspace %s) → %s', (file, cwd, workspace, path) =>
    expect(repoPath(file, { cwd, workspace })).toBe(path),
  );
});

describe('job summary', () => {
  it('lists every problem in a table, with links to the lines', () => {
    const text = summary([problem(), problem({ file: 'content/a b.md', line: 0, field: '' })], {
      path: (p) => p.file,
      blobUrl: 'https://github.com/o/r/blob/abc',
    });
    expect(text).toContain('### Pemeriksaan konten: 2 masalah');
    expect(text).toContain(
      '| [content/regencies/sanggau/reports/2023.md:16](https://github.com/o/r/blob/abc/content/regencies/sanggau/' +
        'reports/2023.md#L16) | `figures[1].index` | "86,60" bukan angka | angka 0 sampai 100, mis. 86.6 |',
    );
    expect(text).toContain('| [content/a b.md](https://github.com/o/r/blob/abc/content/a%20b.md) | `(berkas)` |');
  });

  it('keeps a cell in its column and shows markup as text', () => {
    expect(markdownCell('a | b\nc <script>&')).toBe('a \\| b c &lt;script&gt;&amp;');
    const text = summary([problem({ field: 'x`y', message: 'kolom | salah' })], { path: (p) => p.file });
    expect(text).toContain('| content/regencies/sanggau/reports/2023.md:16 | x`y | kolom \\| salah |');
  });

  it('says the content is valid when there is no problem', () => {
    expect(summary([], { path: (p) => p.file, ok: 'Konten sah (0.3 s)' })).toBe(
      '### Pemeriksaan konten: sah ✅\n\nKonten sah (0.3 s)\n',
    );
  });
});

describe('the real script on a broken copy of content/', () => {
  const script = resolve('scripts/check-content.ts');
  const broken = 'content/regencies/sanggau/reports/2023.md';
  let root: string;
  let summaryFile: string;
  /** The environment of a GitHub runner, minus whatever this machine (or GitHub itself) set. */
  const env = (extra: Record<string, string>) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_')));
    return { ...clean, ...extra };
  };
  const run = (args: string[], cwd: string, extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, [script, ...args], { cwd, env: env(extra), encoding: 'utf8' });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-annotations-'));
    await mkdir(join(root, 'repo'));
    await cp('content', join(root, 'repo', 'content'), { recursive: true });
    const path = join(root, 'repo', broken);
    const text = await readFile(path, 'utf8');
    const next = text.replace('    index: 86.6\n', '    index: 86,6%\n');
    expect(next).not.toBe(text);
    await writeFile(path, next);
    summaryFile = join(root, 'summary.md');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('prints one annotation on the file and line, and fails', () => {
    const result = run(['content', '--format', 'github'], join(root, 'repo'), {
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'bnn/atlas',
      GITHUB_SHA: 'merge0',
      ATLAS_BLOB_SHA: 'head1',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      '::error file=content/regencies/sanggau/reports/2023.md,line=16,title=figures[1].index::"86,6%25" bukan angka' +
        '  → angka 0 sampai 100 tanpa tanda kutip, dengan titik desimal, mis. 86.6 (untuk "86 poin 60")\n',
    );
    expect(result.stderr).toMatch(/^\n1 masalah ditemukan \(\d+\.\d s\)\. Perbaiki lalu jalankan lagi/);
  });

  it('writes the problem into the job summary, linked to the line of the pull request’s head', async () => {
    const text = await readFile(summaryFile, 'utf8');
    expect(text).toContain('### Pemeriksaan konten: 1 masalah ❌');
    expect(text).toContain(
      `| [${broken}:16](https://github.com/bnn/atlas/blob/head1/${broken}#L16) | \`figures[1].index\` | ` +
        '"86,6%" bukan angka | angka 0 sampai 100 tanpa tanda kutip',
    );
  });

  it('names files from the repository root when the check runs in a subfolder of it', () => {
    const result = run(['content', '--format', 'github'], join(root, 'repo'), { GITHUB_WORKSPACE: root });
    expect(result.stdout).toMatch(/^::error file=repo\/content\/regencies\/sanggau\/reports\/2023\.md,line=16,/);
  });

  it('keeps the terminal format by default, also on a GitHub runner', () => {
    const result = run(['content'], join(root, 'repo'), { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^content\/regencies\/sanggau\/reports\/2023\.md:16 {2}figures\[1\]\.index {2}"86,6%" bukan angka {2}→ /,
    );
  });

  it('passes the real content, with a summary saying so', async () => {
    const result = run(['--format', 'github'], process.cwd(), { GITHUB_STEP_SUMMARY: join(root, 'ok.md') });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Konten sah \(\d+\.\d s\): \d+ kabupaten\/kota/);
    expect(await readFile(join(root, 'ok.md'), 'utf8')).toMatch(/^### Pemeriksaan konten: sah ✅\n\nKonten sah/);
  });

  it('refuses an unknown format', () => {
    const result = run(['--format', 'json'], process.cwd());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format "json" tidak dikenal');
  });
});
