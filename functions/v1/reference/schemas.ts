import { z } from '@hono/zod-openapi';
import { VILLAGE_STATUSES } from '../../lib/schemas.ts';

const Area = z.object({ code: z.string(), name: z.string() });

export const OfficialVillageSchema = z
  .object({
    code: z.string().openapi({ example: '19.02.04.2005' }),
    name: z.string().openapi({ example: 'Tanjung Binga' }),
    district: Area,
    regency: Area,
    province: Area,
    program: z
      .object({
        status: z.enum(VILLAGE_STATUSES),
        year: z.number().int().nullable(),
        yearBefore: z.number().int().nullable(),
      })
      .nullable()
      .openapi({ description: 'The village in the Desa Bersinar atlas, or null when it is not (yet) in it' }),
  })
  .openapi('OfficialVillage');

export type OfficialVillage = z.infer<typeof OfficialVillageSchema>;
