/**
 * The one success shape of the API: `{ data, meta, links }`. `meta` always carries the data version, so a client
 * can tell which sync it is reading.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../bindings.ts';

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
 * @example return c.json(wrap(c, regencies), 200);
 */
export function wrap<T>(c: Context<AppEnv>, data: T, links: Record<string, string | undefined> = {}) {
  const version = c.get('dataVersion');
  const url = new URL(c.req.url);
  return {
    data,
    meta: {
      dataVersion: version.version,
      syncedAt: version.syncedAt,
      ...(Array.isArray(data) ? { count: data.length } : {}),
    },
    links: { self: url.pathname + url.search, ...definedOnly(links) },
  };
}

const definedOnly = (links: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(links).filter((entry): entry is [string, string] => entry[1] !== undefined));
