/** Reads and validates one content file: size, frontmatter, unsafe markup, then the schema. */
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import type { z } from 'zod';
import { FrontmatterError, fieldName, parseMarkdownFile } from './frontmatter.ts';
import { hintAt, nodesAt } from './hints.ts';
import { cleanPath, describeSpot, retypedData } from './invisible.ts';
import { describe, show, VALIDATION } from './messages.ts';
import type { Entry, Problem } from './types.ts';

/** A content file is a page of text; anything larger is a mistake (a pasted dump, a binary file). */
export const MAX_FILE_BYTES = 256 * 1024;

const UNSAFE_BODY = {
  message: 'isi berisi HTML/skrip yang tidak diizinkan',
  expected: 'Markdown biasa, tanpa <script>, atribut on…= atau javascript:',
};

/** Script elements, event-handler attributes inside a tag, and javascript: links; rendering strips them too. */
function unsafeMarkup(body: string): { line: number; text: string } | undefined {
  const match = /<\s*(script|iframe|object|embed|style)\b|<[^>]*\son[a-z]+\s*=|javascript:/i.exec(body);
  if (!match) return undefined;
  return { line: body.slice(0, match.index).split('\n').length - 1, text: body.slice(match.index, match.index + 40) };
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], data);

async function parse(path: string, file: string, problems: Problem[]) {
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
    return parseMarkdownFile(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      const expected = 'index.md berisi code dan name kabupaten/kota (lihat docs/editing.md)';
      problems.push({ file, line: 1, field: '', message: 'berkas tidak ada', expected });
      return undefined;
    }
    if (!(error instanceof FrontmatterError)) throw error;
    problems.push({ file, ...error.issue });
    return undefined;
  }
}

export async function readEntry<S extends z.ZodType>(
  path: string,
  id: string,
  schema: S,
  root: string,
  problems: Problem[],
): Promise<Entry<z.output<S>> | undefined> {
  const file = relative(root, path) || path;
  const parsed = await parse(path, file, problems);
  if (!parsed) return undefined;
  const before = problems.length;
  for (const issue of parsed.issues) problems.push({ file, ...issue });
  const unsafe = unsafeMarkup(parsed.body);
  if (unsafe) {
    const message = `${UNSAFE_BODY.message}: ${show(unsafe.text)}`;
    problems.push({ file, line: parsed.bodyLine + unsafe.line, field: '(isi)', ...UNSAFE_BODY, message });
  }
  // Invisible characters matter in field names and in values that must match; free text tolerates them.
  const hidden = parsed.invisible.filter((spot) => {
    const path = cleanPath(spot.path);
    return spot.inKey || (nodesAt(schema, path).length > 0 && !hintAt(schema, path)?.free);
  });
  for (const spot of hidden) {
    problems.push({ file, line: spot.line, field: fieldName(cleanPath(spot.path)), ...describeSpot(spot) });
  }
  const data = retypedData(parsed.data ?? {}, hidden);
  const result = schema.safeParse(data, VALIDATION);
  if (!result.success) {
    // A value of the wrong type also fails the rules after it (the length of a list given for a text): say it once.
    const wrongType = new Set(
      result.error.issues.filter((i) => i.code === 'invalid_type').map((i) => fieldName(i.path)),
    );
    for (const issue of result.error.issues) {
      if (issue.code !== 'invalid_type' && wrongType.has(fieldName(issue.path))) continue;
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key === undefined ? issue.path : [...issue.path, key];
        const described = describe(issue, valueAt(data, path), schema, key);
        problems.push({ file, line: parsed.lineOf(path), field: fieldName(path), ...described });
      }
    }
  }
  if (!result.success || problems.length > before) return undefined;
  return { id, file, data: result.data, body: parsed.body.trim(), lineOf: parsed.lineOf };
}
