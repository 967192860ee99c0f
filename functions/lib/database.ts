/**
 * D1 behind a guard: every call that fails or takes longer than the timeout becomes a DatabaseUnavailable error,
 * which the API answers with a 503 problem (and pages with a 503 page), both with Retry-After: never a crash and
 * never a request hanging on a stuck database.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';

export const DB_TIMEOUT_MS = 10_000;
export const DB_RETRY_AFTER_SECONDS = 30;

export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super(`the database cannot be read: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'DatabaseUnavailable';
  }
}

function guarded<T>(call: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([Promise.resolve().then(call), timeout])
    .catch((error: unknown) => {
      throw error instanceof DatabaseUnavailable ? error : new DatabaseUnavailable(error);
    })
    .finally(() => clearTimeout(timer));
}

/** Methods of workerd objects must be called on the object itself, not on a proxy of it. */
const bound = (target: object, property: PropertyKey) => {
  const value = Reflect.get(target, property);
  return typeof value === 'function' ? value.bind(target) : value;
};
const INNER = Symbol('inner statement');

/**
 * @example const db = guardDatabase(env.DB); await db.prepare('SELECT 1').first(); // or throws DatabaseUnavailable
 */
export function guardDatabase(db: D1Database, timeoutMs = DB_TIMEOUT_MS): D1Database {
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, property) {
        if (property === INNER) return target;
        if (property === 'bind') return (...values: unknown[]) => wrap(target.bind(...values));
        if (property === 'first' || property === 'all' || property === 'run' || property === 'raw') {
          return (...args: unknown[]) =>
            guarded(() => (target[property] as (...a: unknown[]) => Promise<unknown>)(...args), timeoutMs);
        }
        return bound(target, property);
      },
    });
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') {
        return (sql: string) => {
          try {
            return wrap(target.prepare(sql));
          } catch (error) {
            throw new DatabaseUnavailable(error);
          }
        };
      }
      if (property === 'batch') {
        return (statements: D1PreparedStatement[]) =>
          guarded(() => {
            const inner = statements.map((s) => (s as unknown as Record<symbol, D1PreparedStatement>)[INNER] ?? s);
            return target.batch(inner);
          }, timeoutMs);
      }
      return bound(target, property);
    },
  });
}
