/** Schemas shared by several resources: codes, sources, locations. */
import { z } from '@hono/zod-openapi';

import { REGENCY_CODE, VILLAGE_CODE } from '../../src/lib/codes.ts';
import { LOCATION_PRECISIONS, VILLAGE_STATUSES, type VillageStatus } from '../../src/lib/vocabulary.ts';

export { REGENCY_CODE, VILLAGE_CODE, VILLAGE_STATUSES };

export const regencyCode = z
  .string()
  .regex(REGENCY_CODE, 'must be a Kemendagri regency code like 61.03')
  .openapi({ example: '61.03' });

export const villageCode = z
  .string()
  .regex(VILLAGE_CODE, 'must be a Kemendagri village code like 61.03.10.2001')
  .openapi({ example: '61.03.10.2001' });

/** Named Desa Bersinar villages by status: `{ proposed, target, formed }`. */
export const VillageCountsSchema = z
  .object(Object.fromEntries(VILLAGE_STATUSES.map((s) => [s, z.number().int()])) as Record<VillageStatus, z.ZodNumber>)
  .openapi('VillageCounts');

/** The status count columns of a summary_villages row (absent row: zeros). */
export const countsOf = (row: Record<string, unknown> | null | undefined): Record<VillageStatus, number> =>
  Object.fromEntries(VILLAGE_STATUSES.map((s) => [s, Number(row?.[s] ?? 0)])) as Record<VillageStatus, number>;

export const SourceSchema = z
  .object({
    id: z.string().openapi({ example: 'sanggau/2023-12-22-capaian-bnnk-sanggau-2023' }),
    publisher: z.string(),
    site: z.string().openapi({ example: 'metro7.co.id' }),
    url: z.string().nullable().openapi({ description: 'Article URL when known; else only the site is known' }),
    title: z.string().nullable().openapi({ description: "The article's headline when known" }),
    date: z.string().openapi({ description: 'Date of the event reported (YYYY-MM-DD)' }),
    published: z
      .string()
      .nullable()
      .openapi({ description: 'Publication date of the article (YYYY-MM-DD) when the source gives it' }),
  })
  .openapi('Source');
export type Source = z.infer<typeof SourceSchema>;

export const LocationSchema = z
  .object({
    lat: z.number(),
    lng: z.number(),
    precision: z.enum(LOCATION_PRECISIONS),
  })
  .openapi('Location');

/** SQL select list for a source from the `news` table aliased `alias`, as columns `<prefix>_*`. */
export const sourceColumns = (alias: string, prefix: string) =>
  ['id', 'publisher', 'site', 'url', 'source_title', 'date', 'published']
    .map((c) => `${alias}.${c} AS ${prefix}_${c}`)
    .join(', ');

type Row = Record<string, unknown>;

/** Maps the columns selected with `sourceColumns(…, prefix)` back to a Source. */
export function toSource(row: Row, prefix: string): Source {
  const col = (c: string) => row[`${prefix}_${c}`] as string | null;
  return {
    id: col('id') as string,
    publisher: col('publisher') as string,
    site: col('site') as string,
    url: col('url'),
    title: col('source_title'),
    date: col('date') as string,
    published: col('published'),
  };
}

/** A BNNK office from the columns `office_name`, `office_head`, `office_address` and `office_*` of its source. */
export function toOffice(row: Row) {
  if (!row.office_name) return null;
  return {
    name: row.office_name as string,
    head: row.office_head as string | null,
    address: row.office_address as string | null,
    source: toSource(row, 'office'),
  };
}

/** A village's place in the program (`status`, `year`, `year_before`), or null when it is not in it. */
export function toProgram(row: Row) {
  if (!row.status) return null;
  return {
    status: row.status as VillageStatus,
    year: row.year as number | null,
    yearBefore: row.year_before as number | null,
  };
}
