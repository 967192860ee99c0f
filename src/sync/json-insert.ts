/**
 * Bulk inserts as `INSERT … SELECT … FROM json_each(?)`: one bound JSON array per statement instead of one
 * statement per row, which keeps a national-scale sync to a few hundred statements in one batch. Chunks stay far
 * below D1's limits (100 KB of SQL text, 2 MB per value).
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';

const MAX_CHUNK_CHARS = 500_000;

export function jsonInsertStatements(
  db: D1Database,
  table: string,
  columns: string[],
  rows: unknown[][],
): D1PreparedStatement[] {
  const select = columns.map((_column, i) => `value ->> '$[${i}]'`).join(', ');
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select} FROM json_each(?)`;
  const statements: D1PreparedStatement[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length > 0) statements.push(db.prepare(sql).bind(`[${chunk.join(',')}]`));
    chunk = [];
    size = 0;
  };
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (size + json.length > MAX_CHUNK_CHARS) flush();
    chunk.push(json);
    size += json.length + 1;
  }
  flush();
  return statements;
}
