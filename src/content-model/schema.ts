/**
 * The content model: the one place where the shape of every Markdown file under `content/` is defined.
 * Used by the Astro content collections (src/content.config.ts) and by the D1 sync (scripts/sync.ts),
 * through the loader in ./load.ts. Messages are in Bahasa Indonesia because editors read them.
 */
import { z } from 'zod';
import { REGENCY_CODE, VILLAGE_CODE } from '../lib/codes.ts';
import { VILLAGE_STATUSES } from '../lib/vocabulary.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A Kemendagri code must be a quoted string: YAML reads an unquoted `19.10` as the number 19.1. */
function codeField(pattern: RegExp, example: string) {
  return z.unknown().transform((value, ctx) => {
    const expected = `kode dalam tanda kutip, berbentuk "${example}"`;
    if (typeof value === 'number') {
      ctx.addIssue({
        code: 'custom',
        message: 'kode tanpa tanda kutip dibaca YAML sebagai angka',
        params: { expected },
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
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine((s) => ISO_DATE.test(s) && isCalendarDate(s), {
    message: 'tanggal tidak sah',
    params: { expected: 'tanggal berbentuk YYYY-MM-DD, mis. 2023-12-22', kind: 'date' },
  }),
);

const year = z.number().int().min(2000, 'tahun terlalu kecil (>= 2000)').max(2100, 'tahun terlalu besar');
/** People, families, villages…: whole numbers written without thousands separators. */
const count = z.number().int().min(0, 'tidak boleh negatif');
/** Plain text: HTML is never needed in a field and is refused, so nothing can inject markup into a page. */
const text = z
  .string()
  .trim()
  .min(1, 'tidak boleh kosong')
  .refine((s) => !/<\/?[a-z!][^>]*>|javascript:/i.test(s), {
    message: 'HTML/skrip tidak diizinkan',
    params: { expected: 'teks biasa tanpa tag <…> atau javascript:' },
  });
const slug = z.string().regex(SLUG, 'hanya huruf kecil, angka dan tanda hubung, mis. "sanggau"');
/** A reference to a news entry, `<regency folder>/<news file name>`, e.g. `sanggau/2023-12-22-capaian-2023`. */
export const sourceRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'rujukan sumber berbentuk "<folder kabupaten>/<nama berkas berita>"');

const bilingual = z.object({ id: text, en: text }).strict();

/** content/indicators/<id>.md — one entry of the indicator catalogue. */
export const indicatorSchema = z
  .object({
    program: z.enum(['p2m', 'desa-bersinar', 'rehabilitation', 'enforcement']),
    label: bilingual,
    unit: z.enum(['people', 'families', 'villages', 'activities', 'institutions', 'cases']),
    /** Whether a higher realization is better (false for e.g. drug cases found). */
    higherIsBetter: z.boolean(),
    /** The name of the index a figure of this indicator may carry (e.g. the family resilience index). */
    indexLabel: bilingual.optional(),
    /** Parts every figure of this indicator must give, e.g. ['target'] for a program measured against a target. */
    requires: z.array(z.enum(['target', 'realization'])).optional(),
    order: z.number().int(),
  })
  .strict();

/** One item of a figure's breakdown, e.g. the P4GN activists of one sector. */
const breakdownItemSchema = z
  .object({
    key: slug,
    label: bilingual,
    target: count.optional(),
    realization: count.optional(),
  })
  .strict();

/** One reported figure of a yearly report. Unknown values are left out, never guessed. */
export const figureSchema = z
  .object({
    indicator: slug,
    target: count.optional(),
    realization: count.optional(),
    /** A score/index published with the figure (0–100), e.g. "52 poin 72" = 52.72. */
    index: z.number().min(0).max(100, 'indeks tidak boleh lebih dari 100').optional(),
    breakdown: z.array(breakdownItemSchema).optional(),
    /** Words of the source that carry the figure, verbatim. */
    quote: text.optional(),
    note: text.optional(),
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
    title: text,
    /** News entries this report is transcribed from; the first is the default source of each figure. */
    sources: z.array(sourceRef).min(1, 'sedikitnya satu sumber'),
    figures: z.array(figureSchema),
  })
  .strict();

/** The BNNK office of a regency. */
const officeSchema = z
  .object({
    name: text,
    head: text.optional(),
    address: text.optional(),
    source: sourceRef,
  })
  .strict();

/** content/regencies/<slug>/index.md — the regency profile. Body: a short description. */
export const regencySchema = z
  .object({
    code: regencyCode,
    /** Official Kemendagri name, e.g. "Kabupaten Sanggau". */
    name: text,
    office: officeSchema.optional(),
  })
  .strict();

const inIndonesia = (axis: 'lat' | 'lng', min: number, max: number) =>
  z.number().refine((v) => v >= min && v <= max, {
    message: `${axis} di luar Indonesia`,
    params: { expected: `${axis} antara ${min} dan ${max}`, kind: axis },
  });

const locationSchema = z
  .object({
    lat: inIndonesia('lat', -11.5, 6.5),
    lng: inIndonesia('lng', 94, 141.5),
    /** Only coordinates an editor surveyed go in content; centroids are added by the build. */
    precision: z.literal('surveyed'),
  })
  .strict();

/** `2023`, or `{ before: 2023 }` when the source only says "before". */
export const villageYear = z.union([year, z.object({ before: year }).strict()], {
  message: 'tahun berupa angka (2023) atau { before: 2023 } bila sumber hanya menyebut "sebelum"',
});

/** content/regencies/<slug>/villages/<name>.md — one Desa Bersinar village. Body: what was done there. */
export const villageSchema = z
  .object({
    code: villageCode,
    /** Official Kemendagri name. */
    name: text,
    /** The spelling used by the source when it differs from the official name. */
    sourceName: text.optional(),
    status: z.enum(VILLAGE_STATUSES),
    year: villageYear,
    location: locationSchema.optional(),
    sources: z.array(sourceRef).min(1, 'sedikitnya satu sumber'),
    note: text.optional(),
  })
  .strict();

/** content/regencies/<slug>/news/<date>-<slug>.md — a press release or article. Body: its summary. */
export const newsSchema = z
  .object({
    title: text,
    date: isoDate,
    /** What the article is the source of: the publication as the seed gives it. */
    source: z
      .object({
        publisher: text,
        /** Website of the publisher as given by the source, e.g. "metro7.co.id". */
        site: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'nama situs, mis. "metro7.co.id"'),
        url: z.url().optional(),
        /** The article's own headline, when known. */
        title: text.optional(),
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
