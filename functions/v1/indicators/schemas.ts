import { z } from '@hono/zod-openapi';

export const Bilingual = z.object({ id: z.string(), en: z.string() }).openapi('Bilingual');

export const IndicatorSchema = z
  .object({
    id: z.string().openapi({ example: 'youth-trained' }),
    program: z.string().openapi({ example: 'p2m' }),
    label: Bilingual,
    unit: z.string().openapi({ example: 'people' }),
    higherIsBetter: z.boolean(),
    indexLabel: Bilingual.nullable().openapi({ description: 'Name of the score/index some figures carry' }),
    description: z.string().openapi({ description: 'Markdown, Indonesian' }),
  })
  .openapi('Indicator');

export type Indicator = z.infer<typeof IndicatorSchema>;
