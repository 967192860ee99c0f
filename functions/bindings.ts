import type { D1Database, RateLimit } from '@cloudflare/workers-types';
import type { DataVersion } from './v1/meta/queries.ts';

/** Bindings of the Worker (wrangler.toml): the same names in dev, tests and production. */
export interface Bindings {
  DB: D1Database;
  /** Workers rate-limit binding; absent in contexts without it (then requests are not limited). */
  LIMITER?: RateLimit;
  /** How long a D1 call may take before the request answers 503 (default 10 s); a plain var, for tests. */
  DB_TIMEOUT_MS?: string;
}

/** Per-request values set by middleware. */
export interface Variables {
  /** The synced data version, read once per request (it is the ETag's basis). */
  dataVersion: DataVersion;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };
