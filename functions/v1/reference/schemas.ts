import { z } from '@hono/zod-openapi';
import { LocationSchema, SourceSchema, VILLAGE_STATUSES } from '../../lib/schemas.ts';

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

export const OfficialVillageDetailSchema = OfficialVillageSchema.extend({
  location: LocationSchema.nullable().openapi({
    description:
      'A surveyed point when the atlas has one, else the centre of the official village area (or of its district); null when unknown',
  }),
  office: z
    .object({ name: z.string(), head: z.string().nullable(), address: z.string().nullable(), source: SourceSchema })
    .nullable()
    .openapi({ description: "The regency's BNNK office, when a source in the atlas describes it" }),
  nearest: z
    .array(
      z.object({
        code: z.string(),
        name: z.string(),
        status: z.enum(VILLAGE_STATUSES),
        district: z.string(),
        regency: z.string(),
        distanceKm: z.number().openapi({ description: 'Straight-line distance between the two points, in km' }),
      }),
    )
    .openapi({ description: 'Up to 5 nearest Desa Bersinar villages within about 60 km, nearest first' }),
}).openapi('OfficialVillageDetail');
