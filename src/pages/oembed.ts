/**
 * /oembed: the oEmbed endpoint (src/embed/oembed/app.ts) with the Worker's D1; pages announce it with a
 * discovery `<link rel="alternate" type="application/json+oembed">` (src/components/embed/OEmbedLink.astro).
 */
import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { createOembedApp } from '../embed/oembed/app.ts';

export const prerender = false;

const app = createOembedApp(import.meta.env.SITE ?? 'http://127.0.0.1:8787');

export const GET: APIRoute = ({ request }) => app.fetch(request, env as unknown as { DB: D1Database });
