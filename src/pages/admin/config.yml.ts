/** /admin/config.yml: the CMS configuration generated from the content schema (src/cms/config.ts). */
import type { APIRoute } from 'astro';
import { backendFromEnv } from '../../cms/backend.ts';
import { cmsConfig, configYaml } from '../../cms/config.ts';
import { news } from '../../lib/content.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const config = cmsConfig({ ...backendFromEnv(process.env), news: (await news()).map(({ data }) => data) });
  return new Response(configYaml(config), { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
};
