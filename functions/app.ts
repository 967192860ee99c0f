/**
 * The Hono app: the whole JSON API. Mounted by the Astro catch-all route (src/pages/api/[...path].ts) inside the
 * Worker, and called directly with `app.request()` in tests.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import type { AppEnv } from './bindings.ts';
import { DatabaseUnavailable, DB_RETRY_AFTER_SECONDS, guardDatabase } from './lib/database.ts';
import { conditional, READ_METHODS, rateLimit, readOnly, requestLimits } from './lib/http.ts';
import { ProblemError, problemResponse } from './lib/problem.ts';
import { v1 } from './v1/index.ts';

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ strict: false });

  app.use('/api/*', async (c, next) => {
    c.env = { ...c.env, DB: guardDatabase(c.env.DB, c.env.DB_TIMEOUT_MS ? Number(c.env.DB_TIMEOUT_MS) : undefined) };
    await next();
  });
  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowMethods: READ_METHODS,
      exposeHeaders: ['ETag', 'Link', 'Retry-After'],
      maxAge: 86_400,
    }),
    readOnly(),
    requestLimits(),
    rateLimit(),
    conditional({
      contract: () => v1.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'contract', version: '1' } }),
    }),
  );

  app.route('/api/v1', v1);

  app.notFound((c) =>
    problemResponse(
      c,
      new ProblemError(404, 'not-found', `There is no API resource at ${new URL(c.req.url).pathname}.`),
    ),
  );
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    if (error instanceof DatabaseUnavailable) {
      console.error('API: database unavailable', error.cause);
      const response = problemResponse(
        c,
        new ProblemError(
          503,
          'database-unavailable',
          `The database cannot be read right now; retry in ${DB_RETRY_AFTER_SECONDS} s.`,
        ),
      );
      response.headers.set('Retry-After', String(DB_RETRY_AFTER_SECONDS));
      return response;
    }
    console.error('API error', error);
    return problemResponse(c, new ProblemError(500, 'internal-error', 'Unexpected server error; it has been logged.'));
  });
  return app;
}

export const app = createApp();
