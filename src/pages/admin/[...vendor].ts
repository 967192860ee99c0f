/** /admin/sveltia-cms.js and the files it loads, copied from node_modules at build time (src/cms/vendor.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readVendorFile, VENDOR_FILES } from '../../cms/vendor.ts';

export const prerender = true;

export const getStaticPaths = (() =>
  Object.keys(VENDOR_FILES).map((vendor) => ({ params: { vendor } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await readVendorFile(String(params.vendor))), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
