/**
 * `npm run find:village`: what it prints is checked against the idn-area-data CSV files read here, with a CSV reader
 * and a name folding of the test's own, and against the village files of content/ read here too.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const DATA = 'node_modules/idn-area-data/data';

/** One CSV line: fields split on commas outside double quotes, `""` inside quotes is a quote. */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += c;
  }
  return [...out, field];
}

function csv(name: string): Map<string, string[]> {
  const lines = readFileSync(join(DATA, `${name}.csv`), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean);
  return new Map(lines.map((line) => [fields(line)[0], fields(line)]));
}

const provinces = csv('provinces'); // code,name
const regencies = csv('regencies'); // code,province_code,name
const districts = csv('districts'); // code,regency_code,name
const villages = csv('villages'); // code,district_code,name

/** Case, accents, punctuation and spaces ignored. */
const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Village code → its file in content/, from the `code:` line of each village file. */
function atlas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of readdirSync('content/regencies')) {
    const dir = join('content/regencies', folder, 'villages');
    for (const name of readdirSync(dir, { withFileTypes: true }).filter((e) => e.name.endsWith('.md'))) {
      const code = /^code: "([\d.]+)"/m.exec(readFileSync(join(dir, name.name), 'utf8'))?.[1];
      if (code) files.set(code, join(dir, name.name));
    }
  }
  return files;
}

/** The row the command should print for a village: code, name, district, regency, province, atlas file or "-". */
function expectedRow(code: string, files = atlas()) {
  const [, districtCode, name] = villages.get(code) ?? [];
  const [, regencyCode, district] = districts.get(districtCode) ?? [];
  const [, provinceCode, regency] = regencies.get(regencyCode) ?? [];
  const [, province] = provinces.get(provinceCode) ?? [];
  return [code, name, district, regency, province, files.get(code) ?? '-'];
}

async function run(...args: string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/find-village.ts', ...args]);
  const lines = stdout.trimEnd().split('\n');
  const rows = lines.filter((l) => /^\d{2}\.\d{2}\.\d{2}\.\d{4}\s/.test(l)).map((l) => l.split(/\s{2,}/));
  return { header: lines[0], rows };
}

const codesWhere = (test: (code: string, folded: string) => boolean) =>
  [...villages.values()].filter(([code, , name]) => test(code, fold(name))).map(([code]) => code);

describe('npm run find:village', () => {
  it('prints every official village of the regency whose name contains the query, with its places', async () => {
    const { header, rows } = await run('sido luhur', '--regency', '17.05');
    const codes = codesWhere((code, name) => code.startsWith('17.05.') && name.includes('sidoluhur'));
    expect(codes.length).toBeGreaterThan(0);
    expect(header).toContain('Kabupaten Seluma (17.05)');
    expect(rows).toEqual(codes.map((c) => expectedRow(c)));
  });

  it('searches the whole country without --regency, ignoring spaces and case ("Sidoluhur" too)', async () => {
    const { rows } = await run('SIDO', 'LUHUR');
    const codes = codesWhere((_, name) => name.includes('sidoluhur'));
    expect(codes.length).toBeGreaterThan(2);
    expect(rows.map((r) => r[0]).sort()).toEqual(codes.sort());
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['Sido Luhur', 'Sidoluhur']));
  });

  it('shows the atlas file of a village already in the atlas, and its namesakes elsewhere', async () => {
    const { rows } = await run('dukong');
    const codes = codesWhere((_, name) => name.includes('dukong'));
    expect(rows).toEqual(codes.map((c) => expectedRow(c)));
    expect(rows.find((r) => r[0] === '19.02.01.2007')?.[5]).toBe(join('content/regencies/belitung/villages/dukong.md'));
    expect(rows.find((r) => r[0] === '19.06.07.2004')?.[5]).toBe('-');
  });

  it('narrows by --district and by --province given as a name', async () => {
    const byDistrict = await run('sungai mawang', '--district', '61.03.02');
    expect(byDistrict.rows).toEqual(
      codesWhere((code, name) => code.startsWith('61.03.02.') && name.includes('sungaimawang')).map((c) =>
        expectedRow(c),
      ),
    );
    const byProvince = await run('sungai mawang', '--province', 'kalimantan barat');
    expect(byProvince.rows.map((r) => r[0])).toEqual(
      codesWhere((code, name) => code.startsWith('61.') && name.includes('sungaimawang')),
    );
  });

  it('lists near misses when no name matches', async () => {
    const { header, rows } = await run('sidoluhr', '--province', '33');
    expect(header).toMatch(/mirip/);
    expect(rows.map((r) => r[0])).toEqual(codesWhere((code, name) => code.startsWith('33.') && name === 'sidoluhur'));
  });

  it('refuses an unknown regency in Indonesian', async () => {
    await expect(run('sosok', '--regency', '61.30')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--regency "61.30" tidak ada dalam daftar resmi Kemendagri'),
    });
  });
});
