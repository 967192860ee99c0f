/**
 * The five kinds of content file and where they live, as Sveltia CMS entry collections. The fields come from the
 * schema (fields.ts); this file only says where the files are, how an entry is named and how editors see the list.
 *
 * News, reports and villages sit in one folder per regency (`content/regencies/<slug>/news/…`). Sveltia fills a
 * `path` template only from fields of the entry, and these files have no field naming their regency, so they are
 * nested collections: the entry list is a folder tree (regency › news › entries) and a new entry goes into the
 * folder chosen in the tree or with the "Parent Folder" picker.
 */
import type { EntryCollection } from '@sveltia/cms';
import type { z } from 'zod';
import { indicatorSchema, newsSchema, regencySchema, reportSchema, villageSchema } from '../content-model/schema.ts';
import type { CollectionName } from './ui.ts';

export interface CollectionSpec {
  name: CollectionName;
  schema: z.ZodType;
  /** Everything of the Sveltia entry collection except `name` and `fields`. */
  settings: Omit<EntryCollection, 'name' | 'fields'>;
}

/** File names double as ids in references, e.g. `sanggau/2023-12-22-capaian-2023`. */
const FILE_NAME: [string, string] = [
  '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  'hanya huruf kecil, angka dan tanda hubung, mis. "capaian-2023"',
];
const FIXED = 'Tidak dapat diubah setelah disimpan, karena dipakai sebagai rujukan.';

/** A kind of file kept in the `<kind>/` folder of each regency folder. */
function perRegency(
  kind: 'news' | 'reports' | 'villages',
): Pick<EntryCollection, 'folder' | 'path' | 'nested' | 'meta'> {
  return {
    folder: 'content/regencies',
    path: `${kind}/{{slug}}`,
    nested: { depth: 3, subfolders: false },
    meta: { path: { label: 'Folder' } },
  };
}

export const COLLECTIONS: CollectionSpec[] = [
  {
    name: 'indicators',
    schema: indicatorSchema,
    settings: {
      label: 'Indikator',
      label_singular: 'Indikator',
      icon: 'monitoring',
      description: 'Katalog indikator: nama, satuan dan program setiap angka capaian.',
      folder: 'content/indicators',
      identifier_field: 'label.id',
      summary: '{{label.id}}',
      slug: {
        template: '{{label.en}}',
        editable: ['create'],
        hint: `Nama berkas = id indikator, mis. youth-trained. ${FIXED}`,
        pattern: FILE_NAME,
      },
      sortable_fields: { fields: ['order', 'label.id', 'program'], default: { field: 'order' } },
    },
  },
  {
    name: 'regencies',
    schema: regencySchema,
    settings: {
      label: 'Kabupaten/Kota',
      label_singular: 'Kabupaten/Kota',
      icon: 'location_city',
      description: 'Profil kabupaten/kota: kode, nama resmi, kantor BNNK. Satu folder per kabupaten/kota.',
      folder: 'content/regencies',
      path: '{{slug}}/index',
      identifier_field: 'name',
      summary: '{{name}} ({{code}})',
      slug: {
        template: '{{name}}',
        editable: ['create'],
        hint: `Nama folder kabupaten/kota tanpa "kabupaten"/"kota", mis. sanggau. ${FIXED}`,
        pattern: FILE_NAME,
      },
    },
  },
  {
    name: 'news',
    schema: newsSchema,
    settings: {
      label: 'Berita',
      label_singular: 'Berita',
      icon: 'newspaper',
      description:
        'Siaran pers dan artikel, sumber setiap angka. Buka folder kabupaten/kota › news, lalu buat berita baru.',
      ...perRegency('news'),
      identifier_field: 'title',
      summary: '{{date}} · {{title}}',
      slug: {
        template: '{{date}}-{{title}}',
        editable: ['create'],
        hint: `Nama berkas: tanggal lalu beberapa kata judul, mis. 2023-12-22-capaian-2023. ${FIXED}`,
        pattern: FILE_NAME,
      },
      sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
    },
  },
  {
    name: 'reports',
    schema: reportSchema,
    settings: {
      label: 'Laporan tahunan',
      label_singular: 'Laporan tahunan',
      icon: 'table_chart',
      description: 'Angka capaian satu tahun. Buka folder kabupaten/kota › reports, lalu buat laporan baru.',
      ...perRegency('reports'),
      identifier_field: 'title',
      summary: '{{year}} · {{title}}',
      slug: { template: '{{year}}', editable: false },
      sortable_fields: { fields: ['year', 'title'], default: { field: 'year', direction: 'descending' } },
    },
  },
  {
    name: 'villages',
    schema: villageSchema,
    settings: {
      label: 'Desa Bersinar',
      label_singular: 'Desa',
      icon: 'holiday_village',
      description: 'Satu berkas per desa. Buka folder kabupaten/kota › villages, lalu buat desa baru.',
      ...perRegency('villages'),
      identifier_field: 'name',
      summary: '{{name}} ({{code}})',
      slug: {
        template: '{{name}}',
        editable: ['create'],
        hint: `Nama berkas dari nama desa, mis. rantau-kapas-tuo. ${FIXED}`,
        pattern: FILE_NAME,
      },
      sortable_fields: { fields: ['name', 'code', 'status'], default: { field: 'name' } },
    },
  },
];
