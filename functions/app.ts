/**
 * The Hono app: the whole JSON API. Mounted by the Astro catch-all route (src/pages/api/[...path].ts) inside the
 * Worker, and called directly with `app.request()` in tests.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import type { AppEnv } from './bindings.ts';
import { conditional, READ_METHODS, rateLimit, readOnly, requestLimits } from './lib/http.ts';
import { ProblemError, problemResponse } from './lib/problem.ts';
import { v1 } from './v1/index.ts';

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ strict: false });

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
    console.error('API error', error);
    return problemResponse(c, new ProblemError(500, 'internal-error', 'Unexpected server error; it has been logged.'));
  });
  return app;
}

export const app = createApp();
