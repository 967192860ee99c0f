/**
 * `npm run find:village -- "sido luhur" --regency 17.05`: the official villages (Kemendagri, idn-area-data) whose
 * name matches, with code, district, regency and province, and the atlas file of those already in content/.
 * Names match by folded prefix or contains (case, accents, punctuation and spaces ignored); near misses are shown
 * when nothing matches. `--regency`, `--district` and `--province` (a code or a name) narrow the search.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseMarkdownFile } from '../src/content-model/frontmatter.ts';
import { loadReference, type OfficialArea, type Reference } from '../src/content-model/reference.ts';
import { findByName, foldedName, villagesUnder } from '../src/content-model/village-names.ts';

const USAGE = 'Pakai: npm run find:village -- "<nama desa>" [--regency 61.03] [--district 61.03.10] [--province 61]';
const LIMIT = 50;

const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
};

/** An area given by code or by name (`61.03`, `sanggau`, `Kabupaten Sanggau`), within `parent` when given. */
function area(areas: Map<string, OfficialArea>, value: string, kind: string, parent?: OfficialArea): OfficialArea {
  const inParent = [...areas.values()].filter((a) => !parent || a.parentCode === parent.code);
  const byCode = areas.get(value.trim());
  if (byCode) return byCode;
  const folded = foldedName(value);
  const bare = (a: OfficialArea) => foldedName(a.name.replace(/^(Kabupaten|Kota|Kecamatan)\s+/i, ''));
  const exact = inParent.filter((a) => foldedName(a.name) === folded || bare(a) === folded);
  const found = exact.length > 0 ? exact : inParent.filter((a) => foldedName(a.name).includes(folded));
  if (found.length === 1) return found[0];
  const listed = found.slice(0, 10).map((a) => `${a.code} ${a.name}`);
  return fail(
    found.length > 1
      ? `--${kind} "${value}" cocok dengan beberapa: ${listed.join(', ')}. Tulis kodenya.`
      : `--${kind} "${value}" tidak ada dalam daftar resmi Kemendagri.`,
  );
}

/** Village code → atlas file, from the codes written in content/regencies/<folder>/villages/*.md. */
async function atlasFiles(contentDir = 'content'): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const regencies = join(contentDir, 'regencies');
  for (const folder of await readdir(regencies).catch(() => [] as string[])) {
    const dir = join(regencies, folder, 'villages');
    for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.md'))) {
      const path = join(dir, name);
      const text = await readFile(path, 'utf8');
      let code: unknown;
      try {
        code = (parseMarkdownFile(text).data as { code?: unknown } | null)?.code;
      } catch {
        code = /^code:\s*["']?([\d.]+)/m.exec(text)?.[1]; // a file with a YAML error still says its code
      }
      if (typeof code === 'string') files.set(code, path);
    }
  }
  return files;
}

function row(ref: Reference, village: OfficialArea, atlas: Map<string, string>) {
  const district = ref.districts.get(village.parentCode ?? '');
  const regency = ref.regencies.get(district?.parentCode ?? '');
  const province = ref.provinces.get(regency?.parentCode ?? '');
  return [village.code, village.name, district?.name, regency?.name, province?.name, atlas.get(village.code) ?? '-'];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { regency: { type: 'string' }, district: { type: 'string' }, province: { type: 'string' } },
});
const query = positionals.join(' ').trim();
if (foldedName(query) === '') fail('Tulis nama desa yang dicari.');

const ref = await loadReference();
const province = values.province ? area(ref.provinces, values.province, 'province') : undefined;
const regency = values.regency ? area(ref.regencies, values.regency, 'regency', province) : undefined;
const district = values.district ? area(ref.districts, values.district, 'district', regency) : undefined;
const scope = district ?? regency ?? province;
const where = scope ? ` di ${district ? 'Kecamatan ' : ''}${scope.name} (${scope.code})` : '';

const matches = findByName(villagesUnder(ref, scope?.code), query);
if (matches.length === 0) {
  console.log(`Tidak ada desa/kelurahan resmi bernama "${query}"${where}, juga tidak yang mirip.`);
  process.exit(0);
}
const near = matches[0].how === 'near';
console.log(
  near
    ? `Tidak ada desa/kelurahan resmi bernama "${query}"${where}; yang namanya mirip:`
    : `${matches.length} desa/kelurahan resmi cocok dengan "${query}"${where}:`,
);
const atlas = await atlasFiles();
const rows = [
  ['kode', 'desa/kelurahan', 'kecamatan', 'kabupaten/kota', 'provinsi', 'berkas di atlas'],
  ...matches.slice(0, LIMIT).map((m) => row(ref, m.village, atlas)),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
for (const r of rows)
  console.log(
    r
      .map((cell, i) => (cell ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
if (matches.length > LIMIT) {
  console.log(`… dan ${matches.length - LIMIT} lagi: persempit dengan --regency, --district atau --province.`);
}
