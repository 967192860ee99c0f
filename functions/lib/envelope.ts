/**
 * The one success shape of the API: `{ data, meta, links }`. `meta` always carries the data version, so a client
 * can tell which sync it is reading.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../bindings.ts';
import { getDataVersion } from '../v1/meta/queries.ts';
import { ProblemError } from './problem.ts';

export const MetaSchema = z
  .object({
    dataVersion: z.string().openapi({ description: 'sha256 of the synced content; changes exactly when data changes' }),
    syncedAt: z.string().openapi({ description: 'When that version was synced (ISO 8601)' }),
    count: z.number().int().optional().openapi({ description: 'Number of items in `data` (lists only)' }),
  })
  .openapi('Meta');

export const LinksSchema = z
  .object({ self: z.string(), next: z.string().optional() })
  .catchall(z.string())
  .openapi('Links');

/** The envelope schema around a `data` schema, for route definitions. */
export function envelope<T extends z.ZodType>(data: T) {
  return z.object({ data, meta: MetaSchema, links: LinksSchema });
}

/**
 * Wraps `data` in the envelope. Lists get `meta.count`.
 * @example return c.json(await wrap(c, regencies), 200);
 */
export async function wrap<T>(c: Context<AppEnv>, data: T, links: Record<string, string> = {}) {
  const version = await getDataVersion(c.env.DB);
  if (!version) throw new ProblemError(503, 'not-synced', 'The database has not been synced yet: run `npm run sync`.');
  const url = new URL(c.req.url);
  return {
    data,
    meta: {
      dataVersion: version.version,
      syncedAt: version.syncedAt,
      ...(Array.isArray(data) ? { count: data.length } : {}),
    },
    links: { self: url.pathname + url.search, ...links },
  };
}
