/**
 * Splits a Markdown file into YAML frontmatter and body, keeping enough of the YAML document to say on which line
 * a field sits, so that every problem can point an editor to `file:line`.
 */
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** 1-based line of the field at `path` (falls back to the nearest parent, then the frontmatter start). */
  lineOf(path: readonly PropertyKey[]): number;
}

/** `figures[2].target` for the path ['figures', 2, 'target']. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

export class FrontmatterError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /\n---[ \t]*(?:\n|$)/;

export function parseMarkdownFile(raw: string): ParsedFile {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '') throw new FrontmatterError('berkas kosong: harus diawali frontmatter "---"', 1);
  if (!OPEN.test(source)) throw new FrontmatterError('berkas harus diawali baris "---" (frontmatter YAML)', 1);
  const rest = source.replace(OPEN, '');
  const close = CLOSE.exec(rest);
  if (!close) throw new FrontmatterError('frontmatter tidak ditutup dengan baris "---"', 1);
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1; // +1 for the opening "---"
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new FrontmatterError(`YAML tidak sah: ${first.message.split('\n')[0]}`, lineAt(first.pos[0]));
  }

  return {
    data: doc.toJS(),
    body,
    bodyLine: source.slice(0, source.length - body.length).split('\n').length,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = 1;
      for (const key of path) {
        const range = (node as Node | null)?.range;
        if (range) line = lineAt(range[0]);
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
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
