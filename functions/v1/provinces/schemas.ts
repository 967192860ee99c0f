import { z } from '@hono/zod-openapi';
import { VillageCountsSchema } from '../../lib/schemas.ts';
import { RegencySummarySchema } from '../regencies/schemas.ts';

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
