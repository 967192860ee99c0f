/**
 * What the check prints for a wrong value is Bahasa Indonesia and points to the fix. A walk through wrong values for
 * every field of every file schema: no English library default ("Invalid input", "Expected number, received
 * string", "Too small") may reach an editor, and every line says what is expected, with an example. Also: characters
 * an editor cannot see are named where they break a match and tolerated in free text.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseMarkdownFile } from '../../src/content-model/frontmatter.ts';
import { formatProblem, type Problem } from '../../src/content-model/load.ts';
import { readEntry } from '../../src/content-model/read-entry.ts';
import {
  indicatorSchema,
  newsSchema,
  regencySchema,
  reportSchema,
  villageSchema,
} from '../../src/content-model/schema.ts';
import { contentCopy } from '../helpers/content-copy.ts';

/** One valid file per schema, as a base to break one field of at a time. */
const FILES = [
  ['indicator', indicatorSchema, 'content/indicators/family-resilience-families.md'],
  ['regency', regencySchema, 'content/regencies/sanggau/index.md'],
  ['report', reportSchema, 'content/regencies/sanggau/reports/2023.md'],
  ['village', villageSchema, 'content/regencies/belitung/villages/tanjung-binga.md'],
  ['news', newsSchema, 'content/regencies/belitung/news/2023-02-13-rakor-desa-bersinar-2023.md'],
] as const;

const MISSING = Symbol('missing');
/** Wrong values of every kind: missing, empty, wrong types, out of range, malformed, invisible characters. */
const WRONG: unknown[] = [
  MISSING,
  null,
  '',
  '   ',
  'lima',
  'teks sembarang',
  -5,
  1.5,
  1e20,
  99999,
  0,
  true,
  [],
  ['x'],
  [5],
  {},
  { x: 1 },
  '2023-13-45',
  'javascript:alert(1)',
  'www.contoh',
  'a\u200bb',
  '\u200b',
  '<b>tebal</b>',
];

/** Library phrases an editor must never see (zod's English defaults and friends). */
const ENGLISH =
  /\b(invalid|expected|required|received|too (small|big)|must|input|unrecognized|nonoptional|undefined|NaN|option)\b/i;
/** Something concrete to copy: an example, the allowed options, a suggestion, a value or a quoted form. */
const EXAMPLE = /mis\.|maksud Anda|salah satu|satu-satunya|true atau false|jangan salin-tempel: .|"[^"]+"|\d/;

type Def = { type: string; shape?: Record<string, unknown>; element?: unknown; options?: unknown[]; [k: string]: any };
const defOf = (node: unknown) => (node as { _zod: { def: Def } })._zod.def;

/** Every field path of a schema, through objects, lists (their first item), optionals, unions and pipes. */
function fieldPaths(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const def = defOf(node);
  if (['optional', 'nullable', 'default'].includes(def.type)) return fieldPaths(def.innerType, prefix);
  if (def.type === 'pipe') return fieldPaths(defOf(def.in).type === 'transform' ? def.out : def.in, prefix);
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => fieldPaths(o, prefix));
  if (def.type === 'object') {
    const inner = Object.entries(def.shape ?? {}).flatMap(([key, child]) => fieldPaths(child, [...prefix, key]));
    return [...(prefix.length ? [prefix] : []), ...inner];
  }
  if (def.type === 'array') return [prefix, ...fieldPaths(def.element, [...prefix, 0])];
  return [prefix];
}

/** `data` with `value` at `path`, creating the objects and lists on the way; MISSING deletes the field. */
function withValue(data: unknown, path: (string | number)[], value: unknown) {
  const copy = structuredClone(data) as Record<string | number, any>;
  let node = copy;
  for (const [i, key] of path.slice(0, -1).entries()) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key];
  }
  const last = path.at(-1) as string | number;
  if (value === MISSING) delete node[last];
  else node[last] = value;
  return copy;
}

async function printed(dir: string, name: string, schema: Parameters<typeof readEntry>[2], frontmatter: string) {
  const path = join(dir, `${name}.md`);
  await writeFile(path, `---\n${frontmatter}---\nIsi.\n`);
  const problems: Problem[] = [];
  await readEntry(path, name, schema, dir, problems);
  return problems;
}

describe('messages for wrong values', () => {
  it('are Indonesian and say what is expected, with an example, for every field of every schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-messages-'));
    const lines = new Set<string>();
    let n = 0;
    for (const [kind, schema, file] of FILES) {
      const base = parseMarkdownFile(await readFile(file, 'utf8')).data;
      for (const path of fieldPaths(schema)) {
        for (const value of WRONG) {
          const data = withValue(base, path, value);
          const problems = await printed(dir, `${kind}-${n++}`, schema, stringify(data));
          for (const p of problems) {
            const line = formatProblem({ ...p, file: kind });
            expect(line, `${path.join('.')} = ${String(value)}`).not.toMatch(ENGLISH);
            expect(p.expected, line).toMatch(EXAMPLE);
            lines.add(line.replace(/\d+/g, 'N'));
          }
        }
      }
    }
    // The walk reaches many distinct messages, not one repeated.
    expect(lines.size).toBeGreaterThan(100);
  });
});

const KAWAT = 'regencies/sanggau/villages/kawat.md';
const NEWS = 'regencies/sanggau/news/2023-12-22-capaian-bnnk-sanggau-2023.md';

describe('characters an editor cannot see', () => {
  it.each([
    ['a code', KAWAT, 'code: "61.03.11.2002"', 'code: "61.03.11.\u200b2002"', 'code', 'spasi lebar-nol (U+200B)'],
    ['a status', KAWAT, 'status: formed', 'status: formed\u00a0', 'status', 'spasi tak-putus (U+00A0)'],
    ['a year', KAWAT, 'year: 2023', 'year: 2023\u202f', 'year', 'spasi sempit tak-putus (U+202F)'],
    ['a date', NEWS, 'date: 2023-12-22', 'date: 2023-12-22\ufeff', 'date', 'tanda BOM (spasi lebar-nol) (U+FEFF)'],
    ['a site', NEWS, 'site: metro7.co.id', 'site: metro7.co\u200d.id', 'source.site', 'penyambung lebar-nol (U+200D)'],
    ['a name', KAWAT, 'name: Kawat', 'name: Ka\u00adwat', 'name', 'tanda hubung lunak (U+00AD)'],
  ])(
    'in %s are an error naming the character, its place and the value retyped',
    async (_, file, from, to, field, name) => {
      const copy = await contentCopy();
      await copy.edit(file, from, to);
      const { problems } = await copy.check();
      expect(problems.map(formatProblem)).toEqual([
        expect.stringContaining(`  ${field}  ada karakter tak terlihat: ${name}`),
      ]);
      const [problem] = problems;
      const line = (await copy.read(file)).split('\n')[problem.line - 1];
      const column = Number(/karakter ke-(\d+) baris ini/.exec(problem.message)?.[1]);
      expect(line.codePointAt(column - 1), 'the column points at the character').toBe(
        [...to].find((c) => !from.includes(c))?.codePointAt(0),
      );
      expect(problem.expected).toBe(`ketik ulang sendiri, jangan salin-tempel: ${from.replace(/^site/, 'site')}`);
    },
  );

  it('in titles, quotes and notes are tolerated and kept as written', async () => {
    const copy = await contentCopy();
    await copy.edit(NEWS, /^title: (.*)$/m, 'title: Capaian\u00a0BNNK Sanggau\u200b 2023');
    await copy.edit(KAWAT, /^note: Sumber/m, 'note: Sumber\u00ad');
    const { problems, content } = await copy.check();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.news.find((n) => n.file.endsWith(NEWS))?.title).toBe('Capaian\u00a0BNNK Sanggau\u200b 2023');
    expect(content.villages.find((v) => v.code === '61.03.11.2002')?.note).toMatch(/^Sumber\u00ad/);
  });

  it('in a field name are named, and the field is then checked as meant', async () => {
    const copy = await contentCopy();
    await copy.edit(KAWAT, 'status: formed', '\u2060status: terbentuk');
    const { problems } = await copy.check();
    expect(problems.map(formatProblem)).toEqual([
      `content/${KAWAT}:4  status  nama kolom "[U+2060]status" berisi karakter tak terlihat: penyambung kata (U+2060), karakter ke-1 baris ini  → ketik ulang sendiri, jangan salin-tempel: status`,
      `content/${KAWAT}:4  status  "terbentuk" bukan pilihan yang sah  → salah satu dari: proposed, target, formed; maksud Anda "formed"?`,
    ]);
  });
});

describe('a village code of a namesake in another regency', () => {
  it('suggests the village of that name in the same district number, when the folder regency has several', async () => {
    const copy = await contentCopy();
    // Kampung Baru: 15.04.02.1001 and 15.04.06.2004 in Batanghari; 12.13.02.2009 elsewhere, district number 02.
    await copy.write(
      'regencies/batanghari/villages/kampung-baru.md',
      (await copy.read('regencies/batanghari/villages/senaning.md'))
        .replace(/^code: .*$/m, 'code: "12.13.02.2009"')
        .replace(/^name: .*$/m, 'name: Kampung Baru'),
    );
    const { problems } = await copy.check();
    expect(problems).toHaveLength(1);
    expect(problems[0].expected).toMatch(
      /^desa Kampung Baru di Kabupaten Batanghari \(15\.04\): code: "15\.04\.02\.1001" \(Kampung Baru, Kecamatan Muara Tembesi\); atau/,
    );
  });

  it('suggests the nearest name when no village of the folder regency has the same one', async () => {
    const copy = await contentCopy();
    // "Senaning" spelled "Senanning", with the code of a village of another regency.
    await copy.edit('regencies/batanghari/villages/senaning.md', /^code: .*$/m, 'code: "61.03.10.2001"');
    await copy.edit('regencies/batanghari/villages/senaning.md', /^name: .*$/m, 'name: Senanning');
    const { problems } = await copy.check();
    expect(problems[0].expected).toMatch(
      /^desa dengan nama paling mirip di Kabupaten Batanghari \(15\.04\): code: "15\.04\.\d\d\.\d{4}" \(Senaning, /,
    );
  });
});
