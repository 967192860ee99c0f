/** /admin/config.yml: the CMS configuration generated from the content schema (src/cms/config.ts). */
import type { APIRoute } from 'astro';
import { backendFromEnv } from '../../cms/backend.ts';
import { cmsConfig, configYaml } from '../../cms/config.ts';
import { siteContent } from '../../lib/content.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const config = cmsConfig({ ...backendFromEnv(process.env), news: (await siteContent()).contentSet.news });
  return new Response(configYaml(config), { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
};
