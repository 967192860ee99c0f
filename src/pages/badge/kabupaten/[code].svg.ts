/**
 * /badge/kabupaten/<code>.svg: an SVG badge of any official regency — its named Desa Bersinar villages formed — for
 * a plain `<a><img></a>`. Rendered on demand from D1 (one row of the summary table).
 */
import type { APIRoute } from 'astro';
import { getEmbedRegency } from '../../../../functions/v1/embed/queries.ts';
import { regencyBadge } from '../../../embed/badge/content.ts';
import { badgeResponse } from '../../../embed/badge/respond.ts';
import { areaKind } from '../../../embed/options.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, request }) => {
  const code = params.code ?? '';
  return badgeResponse(
    request,
    areaKind(code) === 'regency'
      ? async (db, t, lang) => {
          const { dataVersion, regency } = await getEmbedRegency(db, code);
          return { dataVersion, badge: regency && dataVersion && regencyBadge(regency, dataVersion.syncedAt, t, lang) };
        }
      : null,
  );
};
