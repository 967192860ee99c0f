import type { D1Database } from '@cloudflare/workers-types';

/** Bindings of the Worker (wrangler.toml): the same names in dev, tests and production. */
export interface Bindings {
  DB: D1Database;
}

export type AppEnv = { Bindings: Bindings };
