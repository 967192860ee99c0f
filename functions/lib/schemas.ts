/** Schemas shared by several resources: codes, sources, locations. */
import { z } from '@hono/zod-openapi';

import { REGENCY_CODE, VILLAGE_CODE } from '../../src/lib/codes.ts';

export { REGENCY_CODE, VILLAGE_CODE };

export const regencyCode = z
  .string()
  .regex(REGENCY_CODE, 'must be a Kemendagri regency code like 61.03')
  .openapi({ example: '61.03' });

export const villageCode = z
  .string()
  .regex(VILLAGE_CODE, 'must be a Kemendagri village code like 61.03.10.2001')
  .openapi({ example: '61.03.10.2001' });

export const VILLAGE_STATUSES = ['proposed', 'target', 'formed'] as const;

export const SourceSchema = z
  .object({
    id: z.string().openapi({ example: 'sanggau/2023-12-22-capaian-bnnk-sanggau-2023' }),
    publisher: z.string(),
    site: z.string().openapi({ example: 'metro7.co.id' }),
    url: z.string().nullable().openapi({ description: 'Article URL when known; else only the site is known' }),
    title: z.string().nullable().openapi({ description: "The article's headline when known" }),
    date: z.string().openapi({ description: 'Date of the event reported (YYYY-MM-DD)' }),
  })
  .openapi('Source');
export type Source = z.infer<typeof SourceSchema>;

export const LocationSchema = z
  .object({
    lat: z.number(),
    lng: z.number(),
    precision: z.enum(['surveyed', 'village-centroid', 'district-centroid']),
  })
  .openapi('Location');

/** SQL select list for a source from the `news` table aliased `alias`, as columns `<prefix>_*`. */
export const sourceColumns = (alias: string, prefix: string) =>
  ['id', 'publisher', 'site', 'url', 'source_title', 'date'].map((c) => `${alias}.${c} AS ${prefix}_${c}`).join(', ');

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
  };
}
