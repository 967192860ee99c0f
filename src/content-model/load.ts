/**
 * Reads every Markdown file under `content/`, validates it against the schema and the official reference, and
 * returns either the whole content set or every problem found (never just the first). Used by the Astro
 * collections, the D1 sync and `npm run check:content`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { crossCheck } from './cross-check.ts';
import { FrontmatterError, fieldName, parseMarkdownFile } from './frontmatter.ts';
import { describe, show } from './messages.ts';
import { loadReference } from './reference.ts';
import {
  type Indicator,
  indicatorSchema,
  type News,
  newsSchema,
  type Regency,
  type Report,
  regencySchema,
  reportSchema,
  type Village,
  villageSchema,
} from './schema.ts';

export interface Problem {
  file: string;
  line: number;
  /** `figures[2].target`; empty for a problem with the whole file. */
  field: string;
  /** What is wrong, with the value found. */
  message: string;
  /** What is expected instead, with a "did you mean" when a near miss is likely. */
  expected?: string;
}

export interface Entry<T> {
  /** Stable id: indicator id, regency slug, `<slug>/<year>`, village code, `<slug>/<news file>`. */
  id: string;
  /** Path relative to the project root, as editors see it. */
  file: string;
  data: T;
  body: string;
  /** 1-based line of a field in the file, for problems found after parsing. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface RegencyFolder {
  slug: string;
  profile: Entry<Regency>;
  reports: Entry<Report>[];
  villages: Entry<Village>[];
  news: Entry<News>[];
}

export interface RawContent {
  indicators: Entry<Indicator>[];
  regencies: RegencyFolder[];
  /** `<kind>:<id>` of every file found, valid or not, so one broken file does not also break every reference to it. */
  found: Set<string>;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} masalah di konten:\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
  }
}

/** `file:line  field  what is wrong  what is expected`; editors' terminals can jump to `file:line`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}  ${p.field || '(berkas)'}  ${p.message}${p.expected ? `  → ${p.expected}` : ''}`;
}

const markdownFiles = async (dir: string): Promise<string[]> => {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.md')).sort();
};

async function readEntry<S extends z.ZodType>(
  path: string,
  id: string,
  schema: S,
  root: string,
  problems: Problem[],
): Promise<Entry<z.output<S>> | undefined> {
  const file = relative(root, path) || path;
  let parsed: ReturnType<typeof parseMarkdownFile>;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) {
      const expected = `berkas Markdown <= ${MAX_FILE_BYTES / 1024} KB (pecah menjadi beberapa berkas; foto tidak disimpan di sini)`;
      problems.push({
        file,
        line: 1,
        field: '',
        message: `berkas terlalu besar (${Math.round(size / 1024)} KB)`,
        expected,
      });
      return undefined;
    }
    parsed = parseMarkdownFile(await readFile(path, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!missing && !(error instanceof FrontmatterError)) throw error;
    const message = missing ? 'berkas tidak ada (setiap folder kabupaten perlu index.md)' : (error as Error).message;
    problems.push({ file, line: missing ? 1 : (error as FrontmatterError).line, field: '', message });
    return undefined;
  }
  const unsafe = unsafeMarkup(parsed.body);
  if (unsafe) {
    problems.push({
      file,
      line: parsed.bodyLine + unsafe.line,
      field: '(isi)',
      ...UNSAFE_BODY,
      message: `${UNSAFE_BODY.message}: ${show(unsafe.text)}`,
    });
  }
  const data = parsed.data ?? {};
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key === undefined ? issue.path : [...issue.path, key];
        const value = valueAt(data, path);
        problems.push({
          file,
          line: parsed.lineOf(path),
          field: fieldName(path),
          ...describe(issue, value, schema, key),
        });
      }
    }
    return undefined;
  }
  if (unsafe) return undefined;
  return { id, file, data: result.data, body: parsed.body.trim(), lineOf: parsed.lineOf };
}

const UNSAFE_BODY = {
  message: 'isi berisi HTML/skrip yang tidak diizinkan',
  expected: 'Markdown biasa, tanpa <script>, atribut on…= atau javascript:',
};

/** Script, event-handler attributes and javascript: links in a Markdown body; rendering strips them too. */
function unsafeMarkup(body: string): { line: number; text: string } | undefined {
  const match = /<\s*(script|iframe|object|embed|style)\b|\son[a-z]+\s*=|javascript:/i.exec(body);
  if (!match) return undefined;
  return { line: body.slice(0, match.index).split('\n').length - 1, text: body.slice(match.index, match.index + 40) };
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], data);

/** A content file is a page of text; anything larger is a mistake (a pasted dump, a binary file). */
export const MAX_FILE_BYTES = 256 * 1024;

interface ReadContext {
  root: string;
  problems: Problem[];
  found: Set<string>;
}

async function readFolder(dir: string, kind: string, schema: z.ZodType, prefix: string, context: ReadContext) {
  const names = await markdownFiles(dir);
  const ids = names.map((name) => `${prefix}${basename(name, '.md')}`);
  for (const id of ids) context.found.add(`${kind}:${id}`);
  const entries = await Promise.all(
    names.map((name, i) => readEntry(join(dir, name), ids[i], schema, context.root, context.problems)),
  );
  return entries.filter((e) => e !== undefined);
}

/**
 * Reads `contentDir` (normally `<project>/content`). `root` is what file names in problems are relative to.
 * @example const { content, problems } = await readContent('content');
 */
export async function readContent(contentDir: string, root = process.cwd()) {
  const problems: Problem[] = [];
  const found = new Set<string>();
  const context: ReadContext = { root, problems, found };
  const read = <T>(dir: string, kind: string, schema: z.ZodType, prefix = '') =>
    readFolder(dir, kind, schema, prefix, context) as Promise<Entry<T>[]>;
  const indicators = await read<Indicator>(join(contentDir, 'indicators'), 'indicator', indicatorSchema);

  const regencyDir = join(contentDir, 'regencies');
  const slugs = (await readdir(regencyDir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const regencies: RegencyFolder[] = [];
  for (const slug of slugs) {
    const dir = join(regencyDir, slug);
    const profile = await readEntry(join(dir, 'index.md'), slug, regencySchema, root, problems);
    const folder = {
      slug,
      reports: await read<Report>(join(dir, 'reports'), 'report', reportSchema, `${slug}/`),
      villages: await read<Village>(join(dir, 'villages'), 'village', villageSchema, `${slug}/`),
      news: await read<News>(join(dir, 'news'), 'news', newsSchema, `${slug}/`),
    };
    if (profile) regencies.push({ ...folder, profile });
  }
  const raw: RawContent = { indicators, regencies, found };
  const content = crossCheck(raw, await loadReference(), problems, regencyDir, root);
  return { content, problems };
}

/** Like readContent, but throws a ContentError listing every problem. */
export async function loadContent(contentDir: string, root = process.cwd()) {
  const { content, problems } = await readContent(contentDir, root);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
