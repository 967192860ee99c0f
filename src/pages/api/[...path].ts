/**
 * The one on-demand route of the site: every /api/* request goes to the Hono app (functions/app.ts) with the
 * Worker's bindings, so handlers read D1 as `c.env.DB`. All pages stay prerendered.
 */

import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { app } from '../../../functions/app.ts';
import type { Bindings } from '../../../functions/bindings.ts';

export const prerender = false;

export const ALL: APIRoute = ({ request, locals }) => {
  const ctx = (locals as { cfContext?: ExecutionContext }).cfContext;
  return app.fetch(request, env as unknown as Bindings, ctx);
};
