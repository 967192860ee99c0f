/**
 * The Hono app: the whole JSON API. Mounted by the Astro catch-all route (src/pages/api/[...path].ts) inside the
 * Worker, and called directly with `app.request()` in tests.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './bindings.ts';
import { ProblemError, problemResponse } from './lib/problem.ts';
import { v1 } from './v1/index.ts';

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ strict: false });

  app.use('/api/*', async (c, next) => {
    if (!READ_METHODS.includes(c.req.method)) {
      const response = problemResponse(
        c,
        new ProblemError(405, 'method-not-allowed', `The API is read-only: ${c.req.method} is not allowed.`),
      );
      response.headers.set('Allow', READ_METHODS.join(', '));
      return response;
    }
    await next();
  });

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
export type App = typeof app;
