/** Response schemas of the villages resource. */
import { z } from '@hono/zod-openapi';
import { LocationSchema, SourceSchema, VILLAGE_STATUSES } from '../../lib/schemas.ts';

export const VillageSchema = z
  .object({
    code: z.string().openapi({ example: '61.03.10.2001' }),
    name: z.string().openapi({ description: 'Official Kemendagri name', example: 'Sosok' }),
    sourceName: z.string().nullable().openapi({ description: 'Spelling used by the source, when it differs' }),
    status: z.enum(VILLAGE_STATUSES),
    year: z.number().int().nullable().openapi({ description: 'null when the source only says "before" yearBefore' }),
    yearBefore: z.number().int().nullable(),
    regency: z.object({ code: z.string(), name: z.string(), slug: z.string() }),
    district: z.object({ code: z.string(), name: z.string() }),
    provinceCode: z.string(),
    location: LocationSchema.nullable().openapi({ description: 'null when no location is known' }),
    note: z.string().nullable(),
    sources: z.array(SourceSchema),
  })
  .openapi('Village');

export const VillageDetailSchema = VillageSchema.extend({
  description: z.string().openapi({ description: 'Markdown: what was done there' }),
}).openapi('VillageDetail');

export type Village = z.infer<typeof VillageSchema>;
export type VillageDetail = z.infer<typeof VillageDetailSchema>;
