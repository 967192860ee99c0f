/**
 * A real D1 binding that also adds up `meta.rows_read` of every statement it runs, so tests can assert what a
 * request costs. `first()` is answered through `all()` (which carries meta) with the same result.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';

/** Methods of workerd objects must be called on the object itself, not on a proxy of it. */
const bound = (target: object, property: PropertyKey) => {
  const value = Reflect.get(target, property);
  return typeof value === 'function' ? value.bind(target) : value;
};

export function countingDatabase(db: D1Database) {
  let rowsRead = 0;
  const count = <T extends { meta?: { rows_read?: number } }>(result: T) => {
    rowsRead += result.meta?.rows_read ?? 0;
    return result;
  };
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, property) {
        if (property === 'bind') return (...values: unknown[]) => wrap(target.bind(...values));
        if (property === 'all') return async () => count(await target.all());
        if (property === 'run') return async () => count(await target.run());
        if (property === 'first') {
          return async (column?: string) => {
            const row = count(await target.all<Record<string, unknown>>()).results[0] ?? null;
            return column && row ? row[column] : row;
          };
        }
        if (property === '__inner') return target;
        return bound(target, property);
      },
    });
  const database = new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return (sql: string) => wrap(target.prepare(sql));
      if (property === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          const inner = statements.map((s) => (s as unknown as { __inner?: D1PreparedStatement }).__inner ?? s);
          const results = await target.batch(inner);
          for (const r of results) count(r);
          return results;
        };
      }
      return bound(target, property);
    },
  });
  return {
    db: database,
    /** Rows read since the last reset. */
    take() {
      const n = rowsRead;
      rowsRead = 0;
      return n;
    },
  };
}
