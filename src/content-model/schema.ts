/**
 * The content model: the one place where the shape of every Markdown file under `content/` is defined.
 * Used by the Astro content collections (src/content.config.ts) and by the D1 sync (scripts/sync.ts),
 * through the loader in ./load.ts. Messages are in Bahasa Indonesia because editors read them.
 */
import { z } from 'zod';
import { REGENCY_CODE, VILLAGE_CODE } from '../lib/codes.ts';
import { VILLAGE_STATUSES } from '../lib/vocabulary.ts';
import { hinted, hints } from './hints.ts';
import { namesIn, onlyInvisible } from './invisible.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A Kemendagri code must be a quoted string: YAML reads an unquoted `19.10` as the number 19.1. */
function codeField(pattern: RegExp, example: string) {
  return z.unknown().transform((value, ctx) => {
    const expected = `kode dalam tanda kutip, berbentuk "${example}"`;
    if (typeof value === 'number') {
      // 19.02 comes back as written; 19.10 comes back as 19.1, which could be 19.10 or 19.01: no suggestion then.
      const meant = pattern.test(`${value}`) ? `; maksud Anda "${value}"?` : '';
      ctx.addIssue({
        code: 'custom',
        message: 'kode tanpa tanda kutip dibaca YAML sebagai angka',
        params: { expected: `${expected}${meant}` },
      });
      return z.NEVER;
    }
    if (typeof value !== 'string' || !pattern.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'kode tidak sah', params: { expected } });
      return z.NEVER;
    }
    return value;
  });
}

export const regencyCode = codeField(REGENCY_CODE, '61.03');
export const villageCode = codeField(VILLAGE_CODE, '61.03.10.2001');

/** Dates are ISO `YYYY-MM-DD`; YAML may already have turned them into Date objects. */
const isCalendarDate = (s: string) => {
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
};
export const isoDate = z.preprocess(
  // A date typed without dashes (20231222) reaches here as a number: show it as written, with a suggestion.
  (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? `${value}` : value,
  z.string().refine((s) => ISO_DATE.test(s) && isCalendarDate(s), {
    message: 'tanggal tidak sah',
    params: { expected: 'tanggal berbentuk YYYY-MM-DD, mis. 2023-12-22', kind: 'date' },
  }),
);
hints.add(isoDate, { expected: 'tanggal berbentuk YYYY-MM-DD, mis. 2023-12-22' });

const year = hinted(z.number().int().min(2000, 'tahun terlalu kecil').max(2100, 'tahun terlalu besar'), {
  expected: 'tahun 4 angka antara 2000 dan 2100, tanpa tanda kutip, mis. 2023',
  kind: 'year',
});
/** People, families, villages…: whole numbers written without thousands separators. */
const count = hinted(z.number().int().min(0, 'tidak boleh negatif'), {
  expected: 'angka bulat 0 atau lebih, tanpa tanda kutip dan tanpa titik ribuan, mis. 1250',
  kind: 'count',
});
/** Plain text: HTML is never needed in a field and is refused, so nothing can inject markup into a page. */
const text = z
  .string()
  .trim()
  .min(1, 'tidak boleh kosong')
  .refine((s) => !/<\/?[a-z!][^>]*>|javascript:/i.test(s), {
    message: 'HTML/skrip tidak diizinkan',
    params: {
      expected: 'teks biasa tanpa tag <…> atau javascript: (tulis teksnya saja, mis. "<b>Sosok</b>" menjadi "Sosok")',
    },
  })
  .refine((s) => !onlyInvisible(s), {
    error: (issue) => `hanya berisi karakter tak terlihat: ${namesIn(String(issue.input))}`,
    params: { kind: 'empty' },
  });
// Invisible characters pasted with free text are tolerated (invisible.ts); each field says what it holds.
hints.add(text, { expected: 'teks biasa', free: true });
const freeText = (expected: string) => hinted(text.clone(), { expected, free: true });
/** An official name is compared with the Kemendagri list: nothing invisible may hide in it. */
const officialName = (example: string) =>
  hinted(text.clone(), { expected: `nama resmi persis seperti daftar Kemendagri, mis. ${example}`, free: false });
const slug = z.string().regex(SLUG, 'hanya boleh huruf kecil, angka dan tanda hubung');
/** A reference to a news entry, `<regency folder>/<news file name>`, e.g. `sanggau/2023-12-22-capaian-2023`. */
export const sourceRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'rujukan sumber tidak sah');
hints.add(sourceRef, {
  expected: '<folder kabupaten>/<nama berkas berita tanpa .md>, mis. sanggau/2023-12-22-capaian-bnnk-sanggau-2023',
  kind: 'sourceRef',
});
const sources = hinted(z.array(sourceRef).min(1, 'sedikitnya satu sumber'), {
  expected: 'daftar id berita, satu per baris diawali "  - ", mis. "  - sanggau/2023-12-22-capaian-bnnk-sanggau-2023"',
});

const bilingual = hinted(
  z
    .object({
      id: freeText('teks bahasa Indonesia, mis. Penggiat P4GN'),
      en: freeText('teks bahasa Inggris, mis. P4GN activists'),
    })
    .strict(),
  { expected: 'dua baris menjorok 2 spasi di bawahnya, mis. "  id: Penggiat P4GN" dan "  en: P4GN activists"' },
);

/** content/indicators/<id>.md — one entry of the indicator catalogue. */
export const indicatorSchema = z
  .object({
    program: z.enum(['p2m', 'desa-bersinar', 'rehabilitation', 'enforcement']),
    label: bilingual,
    unit: z.enum(['people', 'families', 'villages', 'activities', 'institutions', 'cases']),
    /** Whether a higher realization is better (false for e.g. drug cases found). */
    higherIsBetter: hinted(z.boolean(), {
      expected: 'true atau false: true bila makin besar makin baik, false bila sebaliknya (mis. kasus narkoba)',
      kind: 'boolean',
    }),
    /** The name of the index a figure of this indicator may carry (e.g. the family resilience index). */
    indexLabel: bilingual.optional(),
    /** Parts every figure of this indicator must give, e.g. ['target'] for a program measured against a target. */
    requires: z.array(z.enum(['target', 'realization'])).optional(),
    order: hinted(z.number().int(), { expected: 'bilangan bulat tanpa tanda kutip, mis. 10 (urutan tampil)' }),
  })
  .strict();

/** One item of a figure's breakdown, e.g. the P4GN activists of one sector. */
const breakdownItemSchema = z
  .object({
    key: hinted(slug.clone(), {
      expected: 'id pendek rincian: huruf kecil, angka dan tanda hubung, mis. government',
      kind: 'slug',
    }),
    label: bilingual,
    target: count.optional(),
    realization: count.optional(),
  })
  .strict();

/** One reported figure of a yearly report. Unknown values are left out, never guessed. */
export const figureSchema = z
  .object({
    indicator: hinted(slug.clone(), {
      expected: 'id indikator = nama berkas di content/indicators/ tanpa .md, mis. p4gn-activists',
      kind: 'slug',
    }),
    target: count.optional(),
    realization: count.optional(),
    /** A score/index published with the figure (0–100), e.g. "52 poin 72" = 52.72. */
    index: hinted(z.number().min(0, 'tidak boleh negatif').max(100, 'indeks tidak boleh lebih dari 100'), {
      expected: 'angka 0 sampai 100 tanpa tanda kutip, dengan titik desimal, mis. 86.6 (untuk "86 poin 60")',
      kind: 'index',
    }).optional(),
    breakdown: hinted(z.array(breakdownItemSchema), {
      expected: 'daftar rincian, setiap butir diawali "- key: <id>", mis. "      - key: government"',
    }).optional(),
    /** Words of the source that carry the figure, verbatim. */
    quote: freeText('teks biasa: kalimat sumber disalin persis, mis. "Terbentuk dua Desa Bersinar"').optional(),
    note: freeText('teks biasa: penjelasan Anda, mis. Sumber tidak menyebut targetnya.').optional(),
    /** Defaults to the report's first source. */
    source: sourceRef.optional(),
  })
  .strict()
  .refine((f) => f.target !== undefined || f.realization !== undefined || f.index !== undefined, {
    message: 'angka ini tidak berisi target, realization maupun index',
    params: { expected: 'sedikitnya satu dari target, realization atau index (yang disebut sumber)' },
  });

/** content/regencies/<slug>/reports/<year>.md — one yearly report. Body: the narrative. */
export const reportSchema = z
  .object({
    year,
    title: freeText('teks biasa, mis. Capaian BNNK Sanggau 2023'),
    /** News entries this report is transcribed from; the first is the default source of each figure. */
    sources,
    figures: hinted(z.array(figureSchema), {
      expected:
        'daftar angka, setiap butir diawali "- indicator: <id>", mis. "  - indicator: p4gn-activists"; figures: [] bila belum ada',
    }),
  })
  .strict();

/** The BNNK office of a regency. */
const officeSchema = z
  .object({
    name: freeText('teks biasa, mis. Badan Narkotika Nasional Kabupaten (BNNK) Sanggau'),
    head: freeText('teks biasa, mis. Rudolf Manimbun').optional(),
    address: freeText('teks biasa, mis. Kantor BNNK Sanggau, Kelurahan Beringin').optional(),
    source: sourceRef,
  })
  .strict();

/** content/regencies/<slug>/index.md — the regency profile. Body: a short description. */
export const regencySchema = z
  .object({
    code: regencyCode,
    /** Official Kemendagri name, e.g. "Kabupaten Sanggau". */
    name: officialName('Kabupaten Sanggau'),
    office: officeSchema.optional(),
  })
  .strict();

const inIndonesia = (axis: 'lat' | 'lng', min: number, max: number, example: number) =>
  hinted(
    z.number().refine((v) => v >= min && v <= max, {
      message: `${axis} di luar Indonesia`,
      params: { expected: `${axis} antara ${min} dan ${max}`, kind: axis },
    }),
    { expected: `angka antara ${min} dan ${max} tanpa tanda kutip, dengan titik desimal, mis. ${example}` },
  );

const locationSchema = z
  .object({
    lat: inIndonesia('lat', -11.5, 6.5, -2.55),
    lng: inIndonesia('lng', 94, 141.5, 107.6),
    /** Only coordinates an editor surveyed go in content; centroids are added by the build. */
    precision: z.literal('surveyed'),
  })
  .strict();

/** `2023`, or `{ before: 2023 }` when the source only says "before". */
export const villageYear = z.union([year, z.object({ before: year }).strict()], {
  message: 'tahun berupa angka (2023) atau { before: 2023 } bila sumber hanya menyebut "sebelum"',
});
hints.add(villageYear, {
  expected: 'tahun 4 angka antara 2000 dan 2100, mis. 2023, atau { before: 2023 } bila sumber hanya menyebut "sebelum"',
  kind: 'year',
});

/** content/regencies/<slug>/villages/<name>.md — one Desa Bersinar village. Body: what was done there. */
export const villageSchema = z
  .object({
    code: villageCode,
    /** Official Kemendagri name. */
    name: officialName('Sosok'),
    /** The spelling used by the source when it differs from the official name. */
    sourceName: freeText('teks biasa: ejaan nama desa di sumber, mis. Pedalama').optional(),
    status: z.enum(VILLAGE_STATUSES),
    year: villageYear,
    location: locationSchema.optional(),
    sources,
    note: freeText('teks biasa: penjelasan Anda, mis. Sumber tidak menyebut kecamatannya.').optional(),
  })
  .strict();

/** content/regencies/<slug>/news/<date>-<slug>.md — a press release or article. Body: its summary. */
export const newsSchema = z
  .object({
    title: freeText('teks biasa, mis. BNNK Belitung targetkan dua Desa Bersinar pada 2023'),
    date: isoDate,
    /** What the article is the source of: the publication as the seed gives it. */
    source: z
      .object({
        publisher: freeText('teks biasa: nama media, mis. Metro7'),
        /** Website of the publisher as given by the source, e.g. "metro7.co.id". */
        site: hinted(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'bukan nama situs saja'), {
          expected: 'nama situs saja, tanpa https:// dan garis miring, mis. metro7.co.id',
          kind: 'site',
        }),
        /** Only web addresses: a javascript: link here would run in the page. */
        url: hinted(z.url({ protocol: /^https?$/, error: 'bukan alamat web lengkap' }), {
          expected: 'alamat web lengkap diawali https://, mis. https://metro7.co.id/…',
          kind: 'url',
        }).optional(),
        /** The article's own headline, when known. */
        title: freeText(
          'teks biasa: judul asli artikel disalin persis, mis. BNNK Belitung Target Bentuk 2 Desa Bersinar 2023',
        ).optional(),
        /** Publication date, when it differs from or adds to `date` (the event date). */
        published: isoDate.optional(),
      })
      .strict(),
  })
  .strict();

export type Indicator = z.infer<typeof indicatorSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Regency = z.infer<typeof regencySchema>;
export type Village = z.infer<typeof villageSchema>;
export type News = z.infer<typeof newsSchema>;
export type VillageYear = z.infer<typeof villageYear>;
