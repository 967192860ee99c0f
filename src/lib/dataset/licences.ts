/** The licences of the dataset's parts: what each covers, shown on the data page and written into the zip. */

export const LICENCES = [
  {
    key: 'content',
    name: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    covers: {
      id: 'Isi atlas: transkripsi angka, catatan, deskripsi dan susunan data. Angka itu sendiri adalah fakta yang dilaporkan penerbit yang dikutip; sebutkan sumber setiap angka.',
      en: "The atlas's own content: transcribed figures, notes, descriptions and the arrangement of the data. The figures are facts reported by the cited publishers; cite each figure's source.",
    },
  },
  {
    key: 'official-codes',
    name: 'Open Database License 1.0 (ODbL)',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    covers: {
      id: 'Kode dan nama resmi provinsi, kabupaten/kota, kecamatan dan desa (Kemendagri) dari idn-area-data oleh Fityan Nugroho. Turunan basis data ini harus dibagikan dengan lisensi yang sama.',
      en: 'Official codes and names of provinces, regencies, districts and villages (Kemendagri) from idn-area-data by Fityan Nugroho. Derived databases must be shared alike.',
    },
  },
  {
    key: 'boundaries',
    name: 'MIT License',
    url: 'https://opensource.org/license/mit',
    covers: {
      id: 'Titik tengah (centroid) wilayah desa dan kecamatan dan batas wilayah pada peta: wilayah_boundaries oleh Cahya DSN (Copyright (c) 2024 Cahya DSN), batas menurut Kepmendagri No 300.2.2-2430 Tahun 2025.',
      en: 'Centroids of village and district areas and the boundaries on the map: wilayah_boundaries by Cahya DSN (Copyright (c) 2024 Cahya DSN), boundaries per Kepmendagri No 300.2.2-2430 Tahun 2025.',
    },
  },
  {
    key: 'natural-earth',
    name: 'Public domain (Natural Earth)',
    url: 'https://www.naturalearthdata.com/about/terms-of-use/',
    covers: {
      id: 'Garis pantai Indonesia pada peta bila batas resmi tidak tersedia saat situs dibangun (paket world-atlas).',
      en: "Indonesia's outline on the map when the official boundaries were not available at build time (world-atlas package).",
    },
  },
] as const;

const MIT_TEXT = `Copyright (c) 2024 Cahya DSN

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** LICENSES.md of the zip: each part, its licence and link; the MIT notice in full, as that licence asks. */
export function licenceText(): string {
  return [
    '# Lisensi / licences',
    '',
    ...LICENCES.flatMap((l) => [`## ${l.name}`, '', l.url, '', l.covers.id, '', l.covers.en, '']),
    '## wilayah_boundaries (MIT)',
    '',
    MIT_TEXT,
    '',
  ].join('\n');
}
