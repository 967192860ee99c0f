/** Keyset pagination shared by the paged lists: one extra row tells whether a next page exists. */
import type { D1PreparedStatement } from '@cloudflare/workers-types';
import type { Context } from 'hono';
import { encodeCursor } from './cursor.ts';

type Row = Record<string, unknown>;
export type Key = (string | number)[];

/**
 * Runs `statement` (whose last bound parameter must be `limit + 1`) and returns the page's rows and, when more
 * follow, the sort key of its last row.
 * @example const { rows, nextKey } = await readPage(db.prepare(sql).bind(...binds, limit + 1), limit, ['code']);
 */
export async function readPage(statement: D1PreparedStatement, limit: number, order: string[]) {
  const { results } = await statement.all<Row>();
  const rows = results.slice(0, limit);
  const last = rows.at(-1);
  const nextKey: Key | null = results.length > limit && last ? order.map((c) => last[c] as string | number) : null;
  return { rows, nextKey };
}

/** The URL of the next page (this request with `cursor` set), also sent as a `Link: rel="next"` header. */
export function nextLink(c: Context, key: Key | null): string | undefined {
  if (!key) return undefined;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', encodeCursor(key));
  const next = url.pathname + url.search;
  c.header('Link', `<${next}>; rel="next"`);
  return next;
}
