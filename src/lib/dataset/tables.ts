/**
 * The whole dataset as tables for the downloads (CSV, JSON, zip). Each column is defined once with its description
 * in both languages, so the field descriptions in the zip and on the data page cannot drift from the files.
 */
import type { ContentSet } from '../../content-model/types.ts';
import { percentOfTarget } from '../derived.ts';

type Cell = string | number | null;
interface Column<T> {
  name: string;
  id: string;
  en: string;
  value: (row: T) => Cell | undefined;
}
export interface Table<T = unknown> {
  name: string;
  id: string;
  en: string;
  columns: Column<T>[];
  rows: T[];
}

const col = <T>(name: string, id: string, en: string, value: (row: T) => Cell | undefined): Column<T> => ({
  name,
  id,
  en,
  value,
});

export function datasetTables(content: ContentSet): Table[] {
  const indicators = new Map(content.indicators.map((i) => [i.id, i]));
  const regencies: Table<ContentSet['regencies'][number]> = {
    name: 'regencies',
    id: 'Kabupaten/kota dalam atlas dan kantor BNNK-nya',
    en: 'Regencies in the atlas and their BNNK office',
    rows: content.regencies,
    columns: [
      col('code', 'Kode Kemendagri kabupaten/kota', 'Kemendagri regency code', (r) => r.code),
      col('name', 'Nama resmi', 'Official name', (r) => r.name),
      col('province_code', 'Kode provinsi', 'Province code', (r) => r.provinceCode),
      col('province_name', 'Nama provinsi', 'Province name', (r) => r.provinceName),
      col('office_name', 'Nama kantor BNNK', 'BNNK office name', (r) => r.office?.name),
      col('office_head', 'Kepala BNNK menurut sumber', 'Head of the office per the source', (r) => r.office?.head),
      col(
        'office_source',
        'Sumber keterangan kantor (id sumber)',
        'Source of the office details (source id)',
        (r) => r.office?.source,
      ),
    ],
  };
  const villages: Table<ContentSet['villages'][number]> = {
    name: 'villages',
    id: 'Desa Bersinar: desa yang diusulkan, menjadi sasaran, atau sudah terbentuk',
    en: 'Desa Bersinar villages: proposed, targeted or formed',
    rows: content.villages,
    columns: [
      col('code', 'Kode Kemendagri desa', 'Kemendagri village code', (v) => v.code),
      col('name', 'Nama resmi', 'Official name', (v) => v.name),
      col(
        'source_name',
        'Ejaan nama di sumber, bila berbeda',
        "The source's spelling, when different",
        (v) => v.sourceName,
      ),
      col(
        'status',
        'proposed (diusulkan), target (sasaran) atau formed (terbentuk)',
        'proposed, target or formed',
        (v) => v.status,
      ),
      col(
        'year',
        'Tahun; kosong bila sumber hanya menyebut "sebelum"',
        'Year; empty when the source only says "before"',
        (v) => v.year,
      ),
      col(
        'year_before',
        'Sumber hanya menyebut: sebelum tahun ini',
        'The source only says: before this year',
        (v) => v.yearBefore,
      ),
      col('district_code', 'Kode kecamatan', 'District code', (v) => v.districtCode),
      col('district_name', 'Nama kecamatan', 'District name', (v) => v.districtName),
      col('regency_code', 'Kode kabupaten/kota', 'Regency code', (v) => v.regencyCode),
      col('lat', 'Lintang (WGS84)', 'Latitude (WGS84)', (v) => v.location?.lat),
      col('lng', 'Bujur (WGS84)', 'Longitude (WGS84)', (v) => v.location?.lng),
      col(
        'location_precision',
        'surveyed (titik survei), village-centroid (tengah wilayah desa) atau district-centroid (tengah kecamatan)',
        'surveyed, village-centroid (centre of the village area) or district-centroid',
        (v) => v.location?.precision,
      ),
      col('sources', 'Id sumber, dipisah spasi (lihat sources)', 'Source ids, space-separated (see sources)', (v) =>
        v.sources.join(' '),
      ),
      col('note', 'Catatan penyunting', "Editor's note", (v) => v.note),
    ],
  };
  const figureRows = content.reports.flatMap((r) => r.figures.map((f) => ({ report: r, figure: f })));
  const figures: Table<(typeof figureRows)[number]> = {
    name: 'figures',
    id: 'Angka capaian tahunan BNNK: target dan realisasi per indikator',
    en: 'Yearly BNNK figures: target and realization per indicator',
    rows: figureRows,
    columns: [
      col('regency_code', 'Kode kabupaten/kota', 'Regency code', (x) => x.report.regencyCode),
      col('year', 'Tahun laporan', 'Report year', (x) => x.report.year),
      col('indicator', 'Id indikator (lihat indicators)', 'Indicator id (see indicators)', (x) => x.figure.indicator),
      col('unit', 'Satuan', 'Unit', (x) => indicators.get(x.figure.indicator)?.unit),
      col(
        'target',
        'Target; kosong bila sumber tidak menyebutnya',
        'Target; empty when the source does not give it',
        (x) => x.figure.target,
      ),
      col(
        'realization',
        'Realisasi; kosong bila sumber tidak menyebutnya',
        'Realization; empty when not given',
        (x) => x.figure.realization,
      ),
      col(
        'percent_of_target',
        'Dihitung: realisasi / target × 100, satu desimal',
        'Computed: realization / target × 100, one decimal',
        (x) => percentOfTarget(x.figure.target, x.figure.realization),
      ),
      col(
        'index',
        'Indeks/nilai yang diterbitkan bersama angka',
        'Index or score published with the figure',
        (x) => x.figure.index,
      ),
      col('breakdown', 'Rincian (JSON)', 'Breakdown (JSON)', (x) =>
        x.figure.breakdown ? JSON.stringify(x.figure.breakdown) : null,
      ),
      col('quote', 'Kata-kata sumber, apa adanya', "The source's own words, verbatim", (x) => x.figure.quote),
      col('note', 'Catatan penyunting', "Editor's note", (x) => x.figure.note),
      col('source', 'Id sumber (lihat sources)', 'Source id (see sources)', (x) => x.figure.source),
    ],
  };
  const sources: Table<ContentSet['news'][number]> = {
    name: 'sources',
    id: 'Sumber: siaran pers dan berita yang dikutip',
    en: 'Sources: the press releases and articles cited',
    rows: content.news,
    columns: [
      col('id', 'Id sumber', 'Source id', (n) => n.id),
      col('regency_code', 'Kode kabupaten/kota', 'Regency code', (n) => n.regencyCode),
      col('date', 'Tanggal peristiwa (YYYY-MM-DD)', 'Date of the event (YYYY-MM-DD)', (n) => n.date),
      col('published', 'Tanggal terbit, bila diketahui', 'Publication date, when known', (n) => n.source.published),
      col('publisher', 'Penerbit', 'Publisher', (n) => n.source.publisher),
      col('site', 'Situs penerbit', "Publisher's site", (n) => n.source.site),
      col('url', 'Alamat artikel, bila diketahui', 'Article URL, when known', (n) => n.source.url),
      col('headline', 'Judul artikel, bila diketahui', "The article's headline, when known", (n) => n.source.title),
      col('title', 'Judul entri di atlas', 'Title of the entry in the atlas', (n) => n.title),
    ],
  };
  const indicatorTable: Table<ContentSet['indicators'][number]> = {
    name: 'indicators',
    id: 'Katalog indikator',
    en: 'Indicator catalogue',
    rows: content.indicators,
    columns: [
      col('id', 'Id indikator', 'Indicator id', (i) => i.id),
      col('program', 'Program', 'Programme', (i) => i.program),
      col('label_id', 'Label (Bahasa Indonesia)', 'Label (Indonesian)', (i) => i.label.id),
      col('label_en', 'Label (Inggris)', 'Label (English)', (i) => i.label.en),
      col('unit', 'Satuan', 'Unit', (i) => i.unit),
      col('higher_is_better', 'Apakah nilai lebih tinggi lebih baik', 'Whether a higher value is better', (i) =>
        i.higherIsBetter ? 1 : 0,
      ),
    ],
  };
  return [regencies, villages, figures, sources, indicatorTable] as Table[];
}

/** A table's rows as arrays of cells, in column order. */
export const cellsOf = (table: Table) => table.rows.map((row) => table.columns.map((c) => c.value(row) ?? null));
