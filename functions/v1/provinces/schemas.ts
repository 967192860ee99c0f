import { z } from '@hono/zod-openapi';
import { RegencySummarySchema } from '../regencies/schemas.ts';

export const VillageCountsSchema = z
  .object({ proposed: z.number().int(), target: z.number().int(), formed: z.number().int() })
  .openapi('VillageCounts');

export const ProvinceSchema = z
  .object({
    code: z.string().openapi({ example: '61' }),
    name: z.string().openapi({ example: 'Kalimantan Barat' }),
    regencies: z.number().int().openapi({ description: 'Regencies of this province with content in the atlas' }),
    villages: VillageCountsSchema,
  })
  .openapi('Province');

export const ProvinceDetailSchema = ProvinceSchema.extend({
  regencyList: z.array(RegencySummarySchema),
}).openapi('ProvinceDetail');

export type Province = z.infer<typeof ProvinceSchema>;
