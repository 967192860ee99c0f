/**
 * Splits a Markdown file into YAML frontmatter and body, keeping enough of the YAML document to say on which line
 * a field sits, so that every problem can point an editor to `file:line`. YAML's own errors are translated.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit, type YAMLError } from 'yaml';
import { cleanPath, describeLine, hasInvisible, type InvisibleSpot, invisibleSpots } from './invisible.ts';

export interface FileIssue {
  line: number;
  field: string;
  message: string;
  expected?: string;
}

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Problems the YAML parser accepts but that lose content (e.g. text cut off by ` #`). */
  issues: FileIssue[];
  /** Values and field names holding characters an editor cannot see (read-entry.ts decides which matter). */
  invisible: InvisibleSpot[];
  /** 1-based line of the field at `path` (falls back to the nearest parent, then the frontmatter start). */
  lineOf(path: readonly PropertyKey[]): number;
}

/** `figures[2].target` for the path ['figures', 2, 'target']. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

export class FrontmatterError extends Error {
  readonly issue: FileIssue;
  constructor(issue: FileIssue) {
    super(issue.message);
    this.issue = issue;
  }
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /(?:^|\n)---[ \t]*(?:\n|$)/;
const QUOTE_HINT = 'apit nilainya dengan tanda kutip, mis. title: "Capaian 2023: desa bersinar"';

/** YAML parser errors, in words an editor can act on. */
const YAML_ERRORS: Record<string, [string, string]> = {
  TAB_AS_INDENT: ['ada karakter Tab untuk menjorokkan baris', 'gunakan spasi (2 spasi per tingkat), bukan Tab'],
  DUPLICATE_KEY: ['kolom yang sama ditulis dua kali', 'tulis setiap kolom sekali saja'],
  BLOCK_AS_IMPLICIT_KEY: ['ada tanda ": " di dalam nilai', QUOTE_HINT],
  MULTILINE_IMPLICIT_KEY: [
    'baris ini tidak berbentuk "kolom: nilai"',
    'tulis "kolom: nilai" dengan spasi setelah titik dua',
  ],
  MISSING_CHAR: ['tanda kutip atau kurung tidak ditutup', 'tutup tanda kutip/kurung di baris yang sama'],
  BAD_INDENT: ['jorokan (spasi di awal baris) tidak konsisten', 'baris-baris satu tingkat dijorokkan sama banyak'],
  UNEXPECTED_TOKEN: ['ada karakter yang tidak diharapkan', QUOTE_HINT],
};

function translate(error: YAMLError, yamlText: string, lineAt: (offset: number) => number): FileIssue {
  let line = lineAt(error.pos[0]);
  const lines = yamlText.split('\n');
  const fieldOn = (n: number) => /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:/.exec(lines[n - 2] ?? '')?.[1] ?? '';
  // A character the editor cannot see (a non-breaking space after the colon, say) is the likelier cause.
  const unquoted = (n: number) => (lines[n - 2] ?? '').replace(/"[^"]*"|'[^']*'/g, '');
  const hidden = [line, line - 1].find((n) => hasInvisible(unquoted(n)));
  if (hidden !== undefined) return { line: hidden, field: fieldOn(hidden), ...describeLine(lines[hidden - 2]) };
  const known =
    YAML_ERRORS[error.code] ?? (/compact mappings/.test(error.message) ? YAML_ERRORS.BLOCK_AS_IMPLICIT_KEY : undefined);
  let [message, expected] = known ?? [`YAML tidak sah: ${error.message.split('\n')[0]}`, QUOTE_HINT];
  // An unclosed quote or bracket makes the parser fail later, often on the next line: point at the opening one.
  const count = (l: string, c: string) => l.split(c).length - 1;
  const unbalanced = (l: string) =>
    count(l, '"') % 2 === 1 || count(l, '[') !== count(l, ']') || count(l, '{') !== count(l, '}');
  const open = lines.findIndex(unbalanced);
  if (open >= 0 && open + 2 <= line) {
    line = open + 2;
    [message, expected] = YAML_ERRORS.MISSING_CHAR;
  }
  const field = fieldOn(line);
  if (error.code === 'DUPLICATE_KEY') {
    // Name both places: the first one is the line above with the same field at the same indentation.
    const indent = /^\s*/.exec(lines[line - 2] ?? '')?.[0] ?? '';
    const first = lines.findIndex((l, i) => i < line - 2 && l.startsWith(`${indent}${field}:`));
    message = `kolom "${field}" ditulis dua kali${first >= 0 ? ` (pertama di baris ${first + 2})` : ''}`;
  }
  return { line, field, message, expected };
}

export function parseMarkdownFile(raw: string): ParsedFile {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const start = { line: 1, field: '' };
  if (source.trim() === '') {
    throw new FrontmatterError({ ...start, message: 'berkas kosong', expected: 'frontmatter diawali baris "---"' });
  }
  if (!OPEN.test(source)) {
    throw new FrontmatterError({
      ...start,
      message: 'berkas tidak diawali baris "---"',
      expected: 'frontmatter YAML di antara dua baris "---"',
    });
  }
  const rest = source.replace(OPEN, '');
  const close = CLOSE.exec(rest);
  if (!close) {
    throw new FrontmatterError({
      ...start,
      message: 'frontmatter tidak ditutup',
      expected: 'baris "---" setelah kolom terakhir',
    });
  }
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  if (yamlText.trim() === '') {
    throw new FrontmatterError({
      ...start,
      message: 'frontmatter kosong',
      expected: 'kolom-kolom "kolom: nilai" di antara dua baris "---"',
    });
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1; // +1 for the opening "---"
  if (doc.errors.length > 0) throw new FrontmatterError(translate(doc.errors[0], yamlText, lineAt));

  const issues: FileIssue[] = [];
  visit(doc, {
    Pair(_key, pair, path) {
      if (isScalar(pair.value) && pair.value.comment && pair.value.range) {
        const keys = [...path, pair].filter(isPair).map((p) => String(isScalar(p.key) ? p.key.value : p.key));
        issues.push({
          line: lineAt(pair.value.range[0]),
          field: keys.join('.'),
          message: `teks setelah " #" terbuang (YAML membacanya sebagai komentar): "#${pair.value.comment}"`,
          expected: QUOTE_HINT,
        });
      }
    },
  });

  return {
    data: doc.toJS(),
    body,
    bodyLine: source.slice(0, source.length - body.length).split('\n').length,
    issues,
    invisible: invisibleSpots(doc, yamlText, lineCounter, 1),
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = 1;
      for (const key of path) {
        const range = (node as Node | null)?.range;
        if (range) line = lineAt(range[0]);
        if (isMap(node)) {
          // A field name with an invisible character is found by the name the schema checked (invisible.ts).
          const named = (item: { key: unknown }) => (item.key as { value?: unknown } | null)?.value;
          const pair = node.items.find((item) => named(item) === key || cleanPath([named(item) as string])[0] === key);
          const keyRange = (pair?.key as Node | undefined)?.range;
          if (keyRange) line = lineAt(keyRange[0]);
          node = pair?.value;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key];
        } else {
          return line;
        }
      }
      const range = (node as Node | null)?.range;
      return range ? lineAt(range[0]) : line;
    },
  };
}
