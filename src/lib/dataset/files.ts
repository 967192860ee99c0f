/**
 * The download files of the data page, built from the content at build time: one CSV per table, the whole dataset
 * as one JSON file, and a zip with both, a README, the field descriptions and the licences.
 */
import { strToU8, zipSync } from 'fflate';
import { toCsv } from '../../../functions/lib/formats.ts';
import type { ContentSet } from '../../content-model/types.ts';
import { LICENCES, licenceText } from './licences.ts';
import { cellsOf, datasetTables, type Table } from './tables.ts';

export const DATASET_NAME = 'atlas-desa-bersinar';

export interface DownloadFile {
  name: string;
  type: string;
  body: Uint8Array;
}

const jsonOf = (tables: Table[], builtAt: string) =>
  JSON.stringify({
    name: 'Atlas Desa Bersinar',
    builtAt,
    licences: LICENCES.map(({ key, name, url, covers }) => ({ key, name, url, covers: covers.en })),
    // Columns once and rows as arrays (like the CSV files): the national dataset stays well under the 25 MiB a
    // static file may have, which one object per row would exceed.
    tables: Object.fromEntries(
      tables.map((t) => [t.name, { columns: t.columns.map((c) => c.name), rows: cellsOf(t) }]),
    ),
  });

/** Field descriptions of every table, in both languages (Markdown). */
export function fieldsMarkdown(tables: Table[]): string {
  return tables
    .map((t) =>
      [
        `## ${t.name}.csv`,
        '',
        `${t.id} / ${t.en}`,
        '',
        '| kolom / column | arti | meaning |',
        '|---|---|---|',
        ...t.columns.map((c) => `| \`${c.name}\` | ${c.id} | ${c.en} |`),
        '',
      ].join('\n'),
    )
    .join('\n');
}

function readme(tables: Table[], builtAt: string): string {
  return [
    '# Atlas Desa Bersinar: data terbuka / open data',
    '',
    `Dibangun / built: ${builtAt}`,
    '',
    'Desa Bersinar (Desa Bersih Narkoba) dan capaian tahunan BNNK, ditranskripsikan dari sumber yang diterbitkan.',
    'Setiap angka menyebut sumbernya (tabel `sources`). Angka turunan (persen terhadap target) dihitung.',
    '',
    'Desa Bersinar (drug-free) villages and the yearly results of BNNK offices, transcribed from published sources.',
    'Every figure names its source (table `sources`). Derived numbers (percent of target) are computed.',
    '',
    '## Berkas / files',
    '',
    ...tables.map((t) => `- \`${t.name}.csv\`: ${t.id} / ${t.en} (${t.rows.length})`),
    `- \`${DATASET_NAME}.json\`: semua tabel dalam satu berkas / every table in one file`,
    '- `FIELDS.md`: arti setiap kolom / what every column means',
    '- `LICENSES.md`: lisensi / licences',
    '',
    'CSV: RFC 4180, UTF-8, CRLF. API: /api/v1 (see /data/api/).',
    '',
  ].join('\n');
}

export function downloadFiles(content: ContentSet, builtAt = new Date().toISOString()): DownloadFile[] {
  const tables = datasetTables(content);
  const csv = tables.map((t) => ({
    name: `${t.name}.csv`,
    type: 'text/csv; charset=utf-8',
    body: strToU8(
      toCsv(
        t.columns.map((c) => c.name),
        cellsOf(t),
      ),
    ),
  }));
  const json = { name: `${DATASET_NAME}.json`, type: 'application/json', body: strToU8(jsonOf(tables, builtAt)) };
  const docs = {
    'README.md': strToU8(readme(tables, builtAt)),
    'FIELDS.md': strToU8(`# Atlas Desa Bersinar: kolom / fields\n\n${fieldsMarkdown(tables)}`),
    'LICENSES.md': strToU8(licenceText()),
  };
  const zip = zipSync(
    { ...docs, ...Object.fromEntries([...csv, json].map((f) => [f.name, f.body])) },
    { level: 9, mtime: new Date(builtAt) },
  );
  return [...csv, json, { name: `${DATASET_NAME}.zip`, type: 'application/zip', body: zip }];
}
