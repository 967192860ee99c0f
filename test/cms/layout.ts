/**
 * Which content files each CMS collection lists, computed from its `folder`, `path` and `nested` settings the way
 * Sveltia matches files (a template tag is one path segment; a nested collection may sit up to `depth` segments
 * deep). The browser test checks these numbers against what Sveltia itself shows.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CmsConfig, EntryCollection } from '@sveltia/cms';

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function collectionPattern(collection: EntryCollection): RegExp {
  const template = collection.path ?? '{{slug}}';
  const sub = template
    .split(/({{[^}]+}})/)
    .map((part) => (part.startsWith('{{') ? '[^/]+' : escapeRegExp(part)))
    .join('');
  const depth = collection.nested?.depth;
  const above = depth === undefined ? '' : `(?:[^/]+/){0,${Math.max(0, depth - template.split('/').length)}}`;
  return new RegExp(`^${escapeRegExp(collection.folder)}/${above}${sub}\\.${collection.extension ?? 'md'}$`);
}

/** Every Markdown file under `content/`, as a path from the project root. */
export async function contentFiles(root = 'content'): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => relative('.', join(e.parentPath, e.name)))
    .sort();
}

export const entryCollections = (config: CmsConfig) =>
  (config.collections ?? []).filter((c): c is EntryCollection => 'folder' in c);

/** Files per collection name; a file listed by no collection, or by two, is under `''` or in both. */
export function filesByCollection(config: CmsConfig, files: readonly string[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const owners = entryCollections(config).filter((c) => collectionPattern(c).test(file));
    for (const name of owners.length ? owners.map((c) => c.name) : ['']) {
      byName.set(name, [...(byName.get(name) ?? []), file]);
    }
  }
  return byName;
}

/** Every file of the content, keyed by path, for the fake local repository. */
export async function contentSnapshot(files: readonly string[]): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(f, 'utf8')] as const)));
}
