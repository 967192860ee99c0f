/** Query and path parameter schemas shared by the routes: one definition, one error wording, one OpenAPI entry. */
import { z } from '@hono/zod-openapi';
import { DISTRICT_CODE, PROVINCE_CODE } from '../../src/lib/codes.ts';
import { REGENCY_CODE, VILLAGE_STATUSES } from './schemas.ts';

export const provinceParam = z
  .string()
  .regex(PROVINCE_CODE, 'must be a Kemendagri province code like 61')
  .openapi({ example: '61', description: 'Kemendagri province code' });

export const regencyParam = z
  .string()
  .regex(REGENCY_CODE, 'must be a Kemendagri regency code like 61.03')
  .openapi({ example: '61.03', description: 'Kemendagri regency (kabupaten/kota) code' });

export const districtParam = z
  .string()
  .regex(DISTRICT_CODE, 'must be a Kemendagri district code like 61.03.10')
  .openapi({ example: '61.03.10', description: 'Kemendagri district (kecamatan) code' });

export const yearParam = z.coerce
  .number({ message: 'must be a year like 2023' })
  .int('must be a whole year like 2023')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier')
  .openapi({ type: 'integer', example: 2023 });

export const statusParam = z.enum(VILLAGE_STATUSES).openapi({ example: 'formed' });

export const limitParam = z.coerce
  .number({ message: 'must be a whole number from 1 to 500' })
  .int('must be a whole number from 1 to 500')
  .min(1, 'must be at least 1')
  .max(500, 'must be at most 500')
  .default(100)
  .openapi({ type: 'integer', example: 100, description: 'Page size (default 100, at most 500)' });

export const cursorParam = z
  .string()
  .max(200, 'is not a cursor from a `next` link')
  .openapi({ description: 'Opaque: copy it from `links.next`' });

/** A name prefix, compared case- and accent-insensitively. */
export const qParam = z
  .string()
  .trim()
  .min(2, 'must have at least 2 characters')
  .max(60, 'must have at most 60 characters')
  .openapi({ example: 'tanjung', description: 'Start of a village name (case and accents ignored)' });

const coordinate = (min: number, max: number) => z.number().min(min).max(max);

/** `west,south,east,north` in WGS84 degrees. */
export const bboxParam = z
  .string()
  .transform((value, ctx) => {
    const parts = value.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
    const [west, south, east, north] = parts;
    const valid =
      parts.length === 4 &&
      coordinate(-180, 180).safeParse(west).success &&
      coordinate(-180, 180).safeParse(east).success &&
      coordinate(-90, 90).safeParse(south).success &&
      coordinate(-90, 90).safeParse(north).success &&
      west < east &&
      south < north &&
      east - west <= 60 &&
      north - south <= 30;
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must be west,south,east,north in degrees (west < east, south < north, at most 60° wide and 30° tall, which covers Indonesia)',
      });
      return z.NEVER;
    }
    return { west, south, east, north };
  })
  .openapi({ type: 'string', example: '107.5,-3.3,108.4,-2.5', description: 'west,south,east,north (WGS84)' });
