/**
 * The bad-content corpus (test/fixtures/bad-content/, see its README.md): one folder per mistake editors really
 * make. Each case is applied to a throw-away copy of the real content; the check must reject it with problems naming
 * the case's own file and field, and every other entry of the real content must load exactly as before.
 * Cases marked `accepted` (BOM, CRLF) must load exactly like their plain twin instead.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/content-model/cross-check.ts';
import { formatProblem, type Problem, readContent } from '../../src/content-model/load.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const CORPUS = 'test/fixtures/bad-content';

interface ExpectedProblem {
  /** Path as editors see it, `content/regencies/…`. */
  file: string;
  /** `figures[1].index`; empty for a problem with the whole file. */
  field: string;
  /** Regular expressions the problem's message and expected text must match. */
  message?: string;
  expected?: string;
}

interface Case {
  name: string;
  dir: string;
  mistake: string;
  accepted?: boolean;
  problems?: ExpectedProblem[];
  removes?: string[];
  /** Real files the mistake also concerns (the older twin of a duplicate), reported alongside the case's own. */
  involves?: string[];
  /** Grows `file` (from the overlay) to `bytes` by repeating its last line, so no large file is committed. */
  generate?: { file: string; bytes: number };
  /** Files of the `content/` overlay, as `content/…`. */
  overlay: string[];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return names.filter((name) => statSync(join(dir, name)).isFile()).map((name) => name.split('\\').join('/'));
}

function readCases(): Case[] {
  const names = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{2}-/.test(d.name))
    .map((d) => d.name)
    .sort();
  return names.map((name) => {
    const dir = join(CORPUS, name);
    const json = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
    const overlay = filesUnder(join(dir, 'content')).map((file) => `content/${file}`);
    return { ...json, name, dir, overlay };
  });
}

const cases = readCases();
const rejected = cases.filter((c) => !c.accepted);
const accepted = cases.filter((c) => c.accepted);

const inContent = (file: string) => file.replace(/^content\//, '');
const normalised = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Every file the case adds, replaces, removes or generates. */
/** A problem may name a folder (a folder name that is not allowed): it is the case's when it holds its files. */
const isOwn = (own: Set<string>, file: string) => own.has(file) || [...own].some((f) => f.startsWith(`${file}/`));

const ownFiles = (c: Case) =>
  new Set([...c.overlay, ...(c.removes ?? []), ...(c.involves ?? []), ...(c.generate ? [c.generate.file] : [])]);

function grow(text: string, bytes: number) {
  const line = `${text.trimEnd().split('\n').at(-1)}\n`;
  const copies = Math.max(0, Math.ceil((bytes - Buffer.byteLength(text)) / Buffer.byteLength(line)));
  return text + line.repeat(copies);
}

/** A copy of the real content with the case applied. */
async function applied(c: Case) {
  const copy = await contentCopy();
  if (c.overlay.length > 0) await copy.overlay(join(c.dir, 'content'));
  for (const file of c.removes ?? []) await copy.remove(inContent(file));
  if (c.generate) {
    const file = inContent(c.generate.file);
    await copy.write(file, grow(await copy.read(file), c.generate.bytes));
  }
  return copy;
}

/** Every entry of a content set by a readable key, with the file it comes from. */
function entries(content: ContentSet) {
  const all = [
    ...content.indicators.map((e) => [`indicator ${e.id}`, `content/indicators/${e.id}.md`, e] as const),
    ...content.regencies.map((e) => [`regency ${e.slug}`, e.file, e] as const),
    ...content.villages.map((e) => [`village ${e.code}`, e.file, e] as const),
    ...content.reports.map((e) => [`report ${e.id}`, e.file, e] as const),
    ...content.news.map((e) => [`news ${e.id}`, e.file, e] as const),
  ];
  return new Map(all.map(([key, file, entry]) => [key, { file, entry }]));
}

const regencySlug = (file: string) => /^content\/regencies\/([^/]+)\//.exec(file)?.[1];

const matches = (p: Problem, e: ExpectedProblem) =>
  p.file === e.file &&
  p.field === e.field &&
  (e.message === undefined || new RegExp(e.message).test(p.message)) &&
  (e.expected === undefined || new RegExp(e.expected).test(p.expected ?? ''));

let real: ReturnType<typeof entries>;

beforeAll(async () => {
  const { content, problems } = await readContent('content');
  expect(problems.map(formatProblem), 'the real content must be valid').toEqual([]);
  real = entries(content);
});

describe('the bad-content corpus', () => {
  it('has at least 30 distinct rejected mistakes, and the two accepted Windows encodings', () => {
    expect(rejected.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.mistake)).size).toBe(cases.length);
    expect(accepted.map((c) => c.name)).toEqual(expect.arrayContaining([expect.stringMatching(/bom/)]));
    expect(accepted.map((c) => c.name)).toEqual(expect.arrayContaining([expect.stringMatching(/crlf/)]));
  });

  it.each(cases)('$name is well-formed and listed in the README', async (c) => {
    const readme = await readFile(join(CORPUS, 'README.md'), 'utf8');
    expect(readme).toContain(c.name);
    expect(c.mistake).toMatch(/\w/);
    expect(c.overlay.length + (c.removes?.length ?? 0), 'a case changes at least one file').toBeGreaterThan(0);
    if (!c.accepted) expect(c.problems?.length, 'a rejected case lists its problems').toBeGreaterThan(0);
    const own = ownFiles(c);
    for (const problem of c.problems ?? [])
      expect(isOwn(own, problem.file), `${problem.file} is the case's`).toBe(true);
    for (const file of c.overlay) {
      const text = await readFile(join(c.dir, file), 'utf8');
      const original = await readFile(file, 'utf8').catch(() => undefined);
      expect(text, `${file} must differ from the real file`).not.toBe(original);
    }
  });
});

describe('each mistake is rejected, naming the file and the field', () => {
  it.each(rejected)('$name: $mistake', async (c) => {
    const { problems, content } = await (await applied(c)).check();
    const printed = problems.map(formatProblem).join('\n') || '(no problems)';

    for (const want of c.problems ?? []) {
      const label = `expected ${want.file}  ${want.field || '(berkas)'}  /${want.message ?? ''}/ → /${want.expected ?? ''}/`;
      expect(
        problems.some((p) => matches(p, want)),
        `${label}\ngot:\n${printed}`,
      ).toBe(true);
    }
    for (const p of problems) {
      expect(p.line, formatProblem(p)).toBeGreaterThanOrEqual(1);
      expect(formatProblem(p).startsWith(`${p.file}:${p.line}  `)).toBe(true);
    }
    const own = ownFiles(c);
    expect(problems.filter((p) => !isOwn(own, p.file)).map(formatProblem), 'problems outside the case').toEqual([]);
    const unlisted = problems.filter((p) => !c.problems?.some((e) => e.file === p.file && e.field === p.field));
    expect(unlisted.map(formatProblem), 'problems the case.json does not list').toEqual([]);

    // The valid content around the mistake is untouched: every other entry loads exactly as before.
    const broken = new Set([...own].filter((f) => /\/index\.md$/.test(f)).map(regencySlug));
    const loaded = entries(content);
    for (const [key, { file, entry }] of real) {
      if (own.has(file) || broken.has(regencySlug(file))) continue;
      expect(loaded.get(key)?.entry, `${key} (${file}) must still load unchanged`).toEqual(entry);
    }
  });
});

describe('BOM and CRLF are accepted: Windows editors save them and they change nothing', () => {
  it.each(accepted)('$name: $mistake', async (c) => {
    const copy = await applied(c);
    const twin = await contentCopy();
    for (const file of c.overlay) {
      const raw = await readFile(join(c.dir, file), 'utf8');
      expect(normalised(raw), `${file} must really contain a BOM or CRLF`).not.toBe(raw);
      await twin.write(inContent(file), normalised(raw));
    }
    const [withMarks, plain] = [await copy.check(), await twin.check()];
    expect(withMarks.problems.map(formatProblem)).toEqual([]);
    expect(plain.problems.map(formatProblem)).toEqual([]);
    expect(withMarks.content).toEqual(plain.content);
  });
});
