/**
 * Characters an editor cannot see (zero-width spaces, non-breaking spaces, soft hyphens…), which come along when
 * text is copied from a web page. In a code, a date, a name or a reference they break the match while the text looks
 * right, so the checker names them, says where they are and gives the value retyped without them. In free text
 * (titles, quotes, notes, bodies) they are tolerated: they change nothing a reader sees.
 */
import { type Document, isPair, isScalar, isSeq, type LineCounter, type Node, parse, visit } from 'yaml';

/** Every character that shows as nothing or as an ordinary space, except the space, tab and line breaks. */
const INVISIBLE = /(?![\t\n\r ])(?:[\p{Cc}\p{Cf}\p{Z}\u115f\u1160\u3164\uffa0]|\u034f)/gu;

/** Indonesian names of the ones met in practice, by code point; the others are named by their kind. */
const NAMES: Record<string, string> = {
  'U+00A0': 'spasi tak-putus',
  'U+00AD': 'tanda hubung lunak',
  'U+200B': 'spasi lebar-nol',
  'U+200C': 'pemisah lebar-nol',
  'U+200D': 'penyambung lebar-nol',
  'U+200E': 'penanda arah teks',
  'U+200F': 'penanda arah teks',
  'U+2028': 'pemisah baris',
  'U+2029': 'pemisah paragraf',
  'U+202F': 'spasi sempit tak-putus',
  'U+2060': 'penyambung kata',
  'U+3000': 'spasi lebar',
  'U+FEFF': 'tanda BOM (spasi lebar-nol)',
};

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `spasi lebar-nol (U+200B)` */
export function nameOf(char: string): string {
  const kind = /\p{Z}/u.test(char) ? 'spasi khusus' : /\p{Cc}/u.test(char) ? 'karakter kendali' : 'karakter format';
  return `${NAMES[codePoint(char)] ?? kind} (${codePoint(char)})`;
}

export const hasInvisible = (text: string) => text.search(INVISIBLE) >= 0;

/** The distinct invisible characters of `text`, named: `spasi tak-putus (U+00A0) dan spasi lebar-nol (U+200B)`. */
export function namesIn(text: string): string {
  const names = [...new Set(text.match(INVISIBLE) ?? [])].map(nameOf);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}` : (names[0] ?? '');
}

/** `text` with every invisible character shown as its code point: `"61.03.10.2001[U+200B]"`. */
export const marked = (text: string) => text.replace(INVISIBLE, (char) => `[${codePoint(char)}]`);

/** What the editor meant: spaces of any kind become ordinary spaces, the other invisible characters go. */
export const retyped = (text: string) => text.replace(INVISIBLE, (char) => (/\p{Zs}/u.test(char) ? ' ' : ''));

/** Text that holds nothing but invisible characters and spaces. */
export const onlyInvisible = (text: string) => hasInvisible(text) && retyped(text).trim() === '';

/** One scalar of the frontmatter (a value, or a field name) holding an invisible character. */
export interface InvisibleSpot {
  /** Path of the value, or of the field whose name holds the character. */
  path: PropertyKey[];
  /** True when the character is in the field name, not in its value. */
  inKey: boolean;
  text: string;
  /** Whether the value was written in quotes (the fix is then shown in quotes too). */
  quoted: boolean;
  /** 1-based line of the file and column on that line of the first invisible character. */
  line: number;
  column: number;
}

/**
 * Every scalar of the YAML document holding an invisible character. `offset` is the file line of the document's
 * first line minus one (the opening `---`).
 */
export function invisibleSpots(doc: Document, yamlText: string, lineCounter: LineCounter, offset: number) {
  const spots: InvisibleSpot[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (typeof node.value !== 'string' || !hasInvisible(node.value) || !node.range) return;
      const path: PropertyKey[] = [];
      for (const [i, parent] of ancestors.entries()) {
        const child = ancestors[i + 1] ?? node;
        if (isPair(parent) && isScalar(parent.key) && parent.value === child) path.push(String(parent.key.value));
        if (isSeq(parent)) path.push(parent.items.indexOf(child as Node));
      }
      if (key === 'key') path.push(node.value);
      const source = yamlText.slice(node.range[0], node.range[1]);
      const at = source.search(INVISIBLE);
      const position = lineCounter.linePos(node.range[0] + Math.max(at, 0));
      spots.push({
        path,
        inKey: key === 'key',
        text: node.value,
        quoted: node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE',
        line: position.line + offset,
        column: at >= 0 ? position.col : 1,
      });
    },
  });
  return spots;
}

const RETYPE = 'ketik ulang sendiri, jangan salin-tempel';

/** The message for a spot in a value or a field name that must match exactly. */
export function describeSpot(spot: InvisibleSpot) {
  const where = `${namesIn(spot.text)}, karakter ke-${spot.column} baris ini`;
  const clean = retyped(spot.text).trim();
  if (spot.inKey) {
    return {
      message: `nama kolom "${marked(spot.text)}" berisi karakter tak terlihat: ${where}`,
      expected: `${RETYPE}: ${clean}`,
    };
  }
  const key = spot.path.at(-1);
  const value = spot.quoted ? `"${clean}"` : clean;
  // `-` then a non-breaking space is read as text, not as an item of a list.
  const dash = !spot.quoted && clean.startsWith('- ') ? ' (di barisnya sendiri: tanda hubung, lalu spasi biasa)' : '';
  return {
    message: `ada karakter tak terlihat: ${where} ("${marked(spot.text)}")`,
    expected: `${RETYPE}: ${typeof key === 'number' ? '- ' : `${String(retyped(String(key)))}: `}${value}${dash}`,
  };
}

/** A line YAML cannot read because of an invisible character (a non-breaking space after the colon, say). */
export function describeLine(line: string) {
  const column = line.search(INVISIBLE) + 1;
  return {
    message: `baris ini tidak terbaca karena ada karakter tak terlihat: ${namesIn(line)}, karakter ke-${column} ("${marked(line.trim())}")`,
    expected: `${RETYPE}, dengan spasi biasa: ${retyped(line).trim()}`,
  };
}

/** A spot's path with its field names retyped: the path the schema sees once the characters are gone. */
export const cleanPath = (path: readonly PropertyKey[]) =>
  path.map((key) => (typeof key === 'string' ? retyped(key).trim() : key));

type Tree = Record<PropertyKey, unknown>;
const at = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], data);

/** `data` with the spots' values and field names retyped, so the schema checks what the editor meant. */
export function retypedData(data: unknown, spots: InvisibleSpot[]): unknown {
  const copy = structuredClone(data);
  for (const spot of spots.filter((s) => !s.inKey && s.path.length > 0)) {
    const parent = at(copy, spot.path.slice(0, -1)) as Tree | undefined;
    // Unquoted, the retyped text is read as YAML would have read it: `2023` is a number again.
    const text = retyped(spot.text).trim();
    if (parent) parent[spot.path.at(-1) as PropertyKey] = spot.quoted ? text : parse(text);
  }
  // Deepest first, so the path of each spot still holds the names as written.
  for (const spot of spots.filter((s) => s.inKey).sort((a, b) => b.path.length - a.path.length)) {
    const parent = at(copy, spot.path.slice(0, -1)) as Tree | undefined;
    if (!parent) continue;
    parent[retyped(spot.text).trim()] = parent[spot.text];
    delete parent[spot.text];
  }
  return copy;
}
