/**
 * Reads every Markdown file under `content/`, validates it against the schema and the official reference, and
 * returns either the whole content set or every problem found (never just the first). Used by the Astro
 * collections, the D1 sync and `npm run check:content`.
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { crossCheck } from './cross-check.ts';
import { checkLayout } from './layout.ts';
import { readEntry } from './read-entry.ts';
import { loadReference } from './reference.ts';
import {
  type Indicator,
  indicatorSchema,
  type News,
  newsSchema,
  type Report,
  regencySchema,
  reportSchema,
  type Village,
  villageSchema,
} from './schema.ts';
import type { Entry, Problem, RawContent, RegencyFolder } from './types.ts';

export type { Entry, Problem, RawContent, RegencyFolder };

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

const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
/** The files the loader reads; checkLayout reports the others. */
const markdownFiles = async (dir: string): Promise<string[]> => {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => SLUG_FILE.test(n)).sort();
};

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
  const slugs = await checkLayout(contentDir, root, problems);
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

/** The content folder: `content`, or CONTENT_DIR (e.g. the synthetic national dataset, for scale measurements). */
export const contentDir = () => process.env.CONTENT_DIR ?? 'content';

/** Like readContent, but throws a ContentError listing every problem. */
export async function loadContent(contentDir: string, root = process.cwd()) {
  const { content, problems } = await readContent(contentDir, root);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
