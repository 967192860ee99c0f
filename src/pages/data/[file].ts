/** The downloads of the data page (/data/<file>), written at build time from the content (src/lib/dataset). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDownloads } from '../../lib/dataset/downloads.ts';
import type { DownloadFile } from '../../lib/dataset/files.ts';

export const prerender = true;

export const getStaticPaths = (async () =>
  (await siteDownloads()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DownloadFile };
  return new Response(file.body as unknown as BodyInit, { headers: { 'content-type': file.type } });
};
