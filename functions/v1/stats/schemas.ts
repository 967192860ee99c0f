import { z } from '@hono/zod-openapi';
import { SCOPES } from '../../../src/lib/vocabulary.ts';
import { VillageCountsSchema } from '../../lib/schemas.ts';
import { Bilingual } from '../indicators/schemas.ts';

export const StatsSchema = z
  .object({
    scope: z.object({
      type: z.enum(SCOPES),
      code: z.string().nullable(),
      name: z.string(),
    }),
    year: z.number().int().nullable().openapi({ description: 'The year filter, or null for every year' }),
    villages: VillageCountsSchema.openapi({ description: 'Named Desa Bersinar villages by status' }),
    villagesByYear: z.array(
      VillageCountsSchema.extend({
        year: z.string().openapi({ description: '"2023", or "before-2023" when sources only say "before"' }),
      }),
    ),
    figures: z.array(
      z.object({
        year: z.number().int(),
        indicator: z.object({ id: z.string(), label: Bilingual, unit: z.string() }),
        reports: z.number().int().openapi({ description: 'Reports that give this figure' }),
        target: z.number().nullable().openapi({ description: 'Sum of the targets given' }),
        realization: z.number().nullable().openapi({ description: 'Sum of the realizations given' }),
        percentOfTarget: z.number().nullable().openapi({
          description: 'Computed over the reports that give both target and realization; null when none does',
        }),
      }),
    ),
  })
  .openapi('Stats');

export type Stats = z.infer<typeof StatsSchema>;
