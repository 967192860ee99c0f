/** Response schemas of the regencies resource: they type the query results and document the API. */
import { z } from '@hono/zod-openapi';
import { SourceSchema, VillageCountsSchema } from '../../lib/schemas.ts';

const Bilingual = z.object({ id: z.string(), en: z.string() });

export const RegencySummarySchema = z
  .object({
    code: z.string().openapi({ example: '61.03' }),
    slug: z.string().openapi({ example: 'sanggau' }),
    name: z.string().openapi({ example: 'Kabupaten Sanggau' }),
    province: z.object({ code: z.string(), name: z.string() }),
    office: z
      .object({ name: z.string(), head: z.string().nullable(), address: z.string().nullable(), source: SourceSchema })
      .nullable()
      .openapi({ description: 'The BNNK (regency office of BNN), when a source describes it' }),
    villages: VillageCountsSchema.openapi({ description: 'Named Desa Bersinar villages in content, by status' }),
    reportYears: z.array(z.number().int()),
  })
  .openapi('RegencySummary');

export const FigureSchema = z
  .object({
    indicator: z.object({
      id: z.string(),
      label: Bilingual,
      unit: z.string(),
      program: z.string(),
      higherIsBetter: z.boolean(),
    }),
    target: z.number().nullable(),
    realization: z.number().nullable().openapi({ description: 'null when the source gives no realization' }),
    percentOfTarget: z.number().nullable().openapi({ description: 'Computed: realization / target × 100' }),
    index: z.number().nullable(),
    indexLabel: Bilingual.nullable(),
    breakdown: z
      .array(
        z.object({
          key: z.string(),
          label: Bilingual,
          target: z.number().optional(),
          realization: z.number().optional(),
        }),
      )
      .nullable(),
    quote: z.string().nullable().openapi({ description: 'The words of the source that carry the figure' }),
    note: z.string().nullable(),
    source: SourceSchema,
  })
  .openapi('Figure');

export const ReportSchema = z
  .object({
    year: z.number().int(),
    title: z.string(),
    narrative: z.string().openapi({ description: 'Markdown' }),
    sources: z.array(SourceSchema),
    figures: z.array(FigureSchema),
  })
  .openapi('Report');

export const RegencyDetailSchema = RegencySummarySchema.extend({
  description: z.string().openapi({ description: 'Markdown' }),
  reports: z.array(ReportSchema),
}).openapi('RegencyDetail');

export type RegencySummary = z.infer<typeof RegencySummarySchema>;
export type FigureOut = z.infer<typeof FigureSchema>;
export type RegencyDetail = z.infer<typeof RegencyDetailSchema>;
