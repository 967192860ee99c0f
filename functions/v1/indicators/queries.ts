import type { D1Database } from '@cloudflare/workers-types';
import type { Indicator } from './schemas.ts';

type Row = Record<string, unknown>;

export function toIndicator(row: Row, prefix = ''): Indicator {
  const col = (c: string) => row[`${prefix}${c}`];
  return {
    id: col('id') as string,
    program: col('program') as string,
    label: { id: col('label_id') as string, en: col('label_en') as string },
    unit: col('unit') as string,
    higherIsBetter: col('higher_is_better') === 1,
    indexLabel: col('index_label_id')
      ? { id: col('index_label_id') as string, en: col('index_label_en') as string }
      : null,
    description: col('description') as string,
  };
}

/** The indicator catalogue in its editorial order. */
export async function listIndicators(db: D1Database): Promise<Indicator[]> {
  const { results } = await db.prepare('SELECT * FROM indicators ORDER BY position, id').all<Row>();
  return results.map((row) => toIndicator(row));
}
