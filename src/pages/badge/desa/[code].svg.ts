/**
 * /badge/desa/<code>.svg: an SVG badge of any official village — its Desa Bersinar status and year, or "not yet
 * recorded" — for a plain `<a><img></a>` on a village website. Rendered on demand from D1 (one row).
 */
import type { APIRoute } from 'astro';
import { getEmbedVillage } from '../../../../functions/v1/embed/queries.ts';
import { villageBadge } from '../../../embed/badge/content.ts';
import { badgeResponse } from '../../../embed/badge/respond.ts';
import { areaKind } from '../../../embed/options.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, request }) => {
  const code = params.code ?? '';
  return badgeResponse(
    request,
    areaKind(code) === 'village'
      ? async (db, t, lang) => {
          const { dataVersion, village } = await getEmbedVillage(db, code);
          return { dataVersion, badge: village && dataVersion && villageBadge(village, dataVersion.syncedAt, t, lang) };
        }
      : null,
  );
};
