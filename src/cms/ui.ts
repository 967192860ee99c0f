/**
 * What editors read in the CMS, field by field, in Bahasa Indonesia: label, hint, the message for a value that does
 * not fit, and the labels of select options. Keys are field paths inside a collection (`figures.breakdown.key`); the
 * widget itself always comes from the schema (fields.ts). The drift test fails on a schema field without an entry
 * here and on an entry that no longer matches a schema field.
 */
import { useTranslations } from '../i18n/index.ts';

const t = useTranslations('id');

import { VILLAGE_STATUSES } from '../lib/vocabulary.ts';

export interface FieldUi {
  label: string;
  hint?: string;
  /** Shown when a pattern does not match. */
  invalid?: string;
  /** Labels of select options, by value. */
  options?: Record<string, string>;
  /** A multi-line text area instead of a one-line input. */
  long?: boolean;
  /** The field holds the id (file name) of an entry of another collection. */
  relation?: { collection: string; display: string };
}

export type CollectionName = 'indicators' | 'regencies' | 'news' | 'reports' | 'villages';

const bilingual = (path: string, label: string, hint?: string): Record<string, FieldUi> => ({
  [path]: { label, hint },
  [`${path}.id`]: { label: 'Bahasa Indonesia' },
  [`${path}.en`]: { label: 'Bahasa Inggris' },
});

const SOURCE_HINT =
  'Pilih berita sumbernya. Berita yang baru ditambahkan muncul di daftar ini setelah situs dibangun ulang.';
const KEY_INVALID = 'hanya huruf kecil, angka dan tanda hubung, mis. "pemerintah"';
const count = (label: string, hint?: string): FieldUi => ({
  label,
  hint: hint ?? 'Kosongkan bila sumber tidak menyebutnya.',
});

export const UI: Record<CollectionName, Record<string, FieldUi>> = {
  indicators: {
    program: {
      label: 'Program',
      hint: 'Bidang program BNN tempat indikator ini dilaporkan.',
      options: {
        p2m: 'P2M (Pencegahan dan Pemberdayaan Masyarakat)',
        'desa-bersinar': 'Desa Bersinar',
        rehabilitation: 'Rehabilitasi',
        enforcement: 'Pemberantasan (penindakan)',
      },
    },
    ...bilingual('label', 'Nama indikator', 'Nama yang tampil di situs, dalam dua bahasa.'),
    unit: {
      label: 'Satuan',
      options: {
        people: t('unit.people'),
        families: t('unit.families'),
        villages: t('unit.villages'),
        activities: t('unit.activities'),
        institutions: t('unit.institutions'),
        cases: t('unit.cases'),
      },
    },
    higherIsBetter: {
      label: 'Makin tinggi makin baik',
      hint: 'Matikan bila realisasi yang lebih tinggi justru buruk, mis. jumlah kasus yang ditemukan.',
    },
    ...bilingual('indexLabel', 'Nama indeks', 'Isi bila angka indikator ini dapat disertai indeks atau nilai.'),
    requires: {
      label: 'Bagian yang wajib disebut',
      hint: 'Bagian yang harus ada pada setiap angka indikator ini.',
      options: { target: 'Target', realization: 'Realisasi' },
    },
    order: { label: 'Urutan', hint: 'Urutan di tabel: angka kecil tampil lebih dulu.' },
  },
  regencies: {
    code: {
      label: 'Kode Kemendagri',
      hint: 'Kode resmi kabupaten/kota, mis. 61.03.',
      invalid: 'kode berbentuk dua angka, titik, dua angka, mis. 61.03',
    },
    name: { label: 'Nama resmi', hint: 'Nama resmi Kemendagri, mis. "Kabupaten Sanggau".' },
    office: { label: 'Kantor BNNK', hint: 'Isi hanya bila sumber menyebut kantor BNNK kabupaten/kota ini.' },
    'office.name': { label: 'Nama kantor' },
    'office.head': { label: 'Kepala', hint: 'Nama kepala BNNK menurut sumber.' },
    'office.address': { label: 'Alamat' },
    'office.source': { label: 'Sumber', hint: SOURCE_HINT },
  },
  news: {
    title: { label: 'Judul', hint: 'Judul singkat peristiwa atau berita.' },
    date: { label: 'Tanggal peristiwa' },
    source: { label: 'Terbitan sumber' },
    'source.publisher': { label: 'Penerbit', hint: 'mis. Metro7' },
    'source.site': {
      label: 'Situs',
      hint: 'Nama situs penerbit tanpa https://, mis. metro7.co.id',
      invalid: 'nama situs, mis. metro7.co.id',
    },
    'source.url': { label: 'Alamat artikel (URL)' },
    'source.title': { label: 'Judul artikel asli', hint: 'Judul artikel persis seperti di sumber, bila diketahui.' },
    'source.published': { label: 'Tanggal terbit', hint: 'Isi bila berbeda dari tanggal peristiwa.' },
  },
  reports: {
    year: { label: 'Tahun' },
    title: { label: 'Judul' },
    sources: {
      label: 'Sumber',
      hint: `Berita yang ditranskripsikan; sumber pertama menjadi sumber setiap angka yang tidak menyebut sumbernya sendiri. ${SOURCE_HINT}`,
    },
    figures: {
      label: 'Angka capaian',
      hint: 'Isi hanya yang disebut sumber: sedikitnya target, realisasi atau indeks.',
    },
    'figures.indicator': { label: 'Indikator', relation: { collection: 'indicators', display: '{{label.id}}' } },
    'figures.target': count('Target'),
    'figures.realization': count('Realisasi'),
    'figures.index': count('Indeks/nilai', 'Nilai 0–100 yang disebut bersama angka, mis. "52 poin 72" ditulis 52.72.'),
    'figures.breakdown': { label: 'Rincian', hint: 'Bila sumber merinci angka, mis. per lingkungan.' },
    'figures.breakdown.key': {
      label: 'Kunci',
      hint: 'Pengenal singkat rincian, mis. pemerintah.',
      invalid: KEY_INVALID,
    },
    ...bilingual('figures.breakdown.label', 'Nama rincian'),
    'figures.breakdown.target': count('Target'),
    'figures.breakdown.realization': count('Realisasi'),
    'figures.quote': {
      label: 'Kutipan sumber',
      hint: 'Kalimat sumber apa adanya, termasuk salah ketiknya.',
      long: true,
    },
    'figures.note': { label: 'Catatan', long: true },
    'figures.source': { label: 'Sumber angka', hint: `Kosongkan untuk memakai sumber pertama laporan. ${SOURCE_HINT}` },
  },
  villages: {
    code: {
      label: 'Kode Kemendagri',
      hint: 'Kode resmi desa, mis. 61.03.10.2001. Berkas desa harus ada di folder kabupaten/kotanya sendiri.',
      invalid: 'kode berbentuk 61.03.10.2001',
    },
    name: { label: 'Nama resmi', hint: 'Nama resmi Kemendagri.' },
    sourceName: { label: 'Ejaan di sumber', hint: 'Isi bila sumber mengeja nama desa berbeda dari nama resmi.' },
    status: {
      label: 'Status',
      options: Object.fromEntries(VILLAGE_STATUSES.map((s) => [s, t(`status.${s}`)])),
    },
    year: {
      label: 'Tahun',
      hint: 'Centang "sebelum" bila sumber hanya menyebut desa sudah ada sebelum tahun itu; jangan menebak tahun.',
    },
    location: {
      label: 'Lokasi survei',
      hint: 'Hanya titik yang diukur di lapangan; titik tengah wilayah ditambahkan otomatis saat situs dibangun.',
    },
    'location.lat': { label: 'Lintang' },
    'location.lng': { label: 'Bujur' },
    'location.precision': { label: 'Ketelitian', options: { surveyed: t('village.location.surveyed') } },
    sources: { label: 'Sumber', hint: SOURCE_HINT },
    note: { label: 'Catatan', long: true },
  },
};

/** The Markdown body of each kind of file. */
export const BODY_UI: Record<CollectionName, FieldUi> = {
  indicators: { label: 'Keterangan', hint: 'Penjelasan singkat indikator.' },
  regencies: { label: 'Deskripsi', hint: 'Deskripsi singkat kabupaten/kota dan program Desa Bersinar di sana.' },
  news: { label: 'Ringkasan', hint: 'Ringkasan isi berita dengan kata-kata sendiri.' },
  reports: { label: 'Narasi', hint: 'Uraian capaian tahun ini menurut sumber.' },
  villages: { label: 'Uraian', hint: 'Apa yang dilakukan di desa ini menurut sumber.' },
};
