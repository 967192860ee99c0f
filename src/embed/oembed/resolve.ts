/**
 * A matched page → the widget that embeds it, once D1 confirms the area exists: its options, its name (for the
 * title) and, for the map, its drawing's shape (for the height). One or two reads, like the widget itself.
 */
import { getEmbedRegency, getEmbedVillage, getRegencyCodeBySlug } from '../../../functions/v1/embed/queries.ts';
import { type DataVersion, getDataVersion } from '../../../functions/v1/meta/queries.ts';
import { getStats } from '../../../functions/v1/stats/queries.ts';
import type { Tr } from '../format.ts';
import { regencyOutline } from '../map/assets.ts';
import { MAP_HEIGHTS, MAP_WIDTH } from '../map/box.ts';
import { villageTitle } from '../model.ts';
import { areaKind, type EmbedOptions } from '../options.ts';
import type { PageTarget } from './match.ts';

export interface Resolved {
  options: EmbedOptions;
  name: string;
  /** Height / width of the map drawing (map widget only). */
  mapRatio: number;
}

export async function resolveTarget(
  db: D1Database,
  target: PageTarget,
  t: Tr,
  origin: string,
): Promise<{ dataVersion: DataVersion | null; resolved: Resolved | null }> {
  let options = target.options;
  if (target.kind === 'regency-page') {
    const { dataVersion, code } = await getRegencyCodeBySlug(db, target.slug);
    if (!code) return { dataVersion, resolved: null };
    options = { ...options, area: code };
  }
  const kind = areaKind(options.area);
  if (kind === 'village') {
    const { dataVersion, village } = await getEmbedVillage(db, options.area);
    return { dataVersion, resolved: village && { options, name: villageTitle(village, t), mapRatio: 0 } };
  }
  if (kind === 'regency') {
    const [{ dataVersion, regency }, outline] = await Promise.all([
      getEmbedRegency(db, options.area),
      options.widget === 'peta' ? regencyOutline(options.area, origin) : null,
    ]);
    // Without an outline (no geo folder at build time) the box fits the villages, up to the tallest box: assume
    // that one, so the frame never starts with a scroll bar.
    const mapRatio = (outline?.height ?? MAP_HEIGHTS[1]) / MAP_WIDTH;
    return { dataVersion, resolved: regency && { options, name: regency.name, mapRatio } };
  }
  const scope =
    kind === 'province' ? { type: 'province' as const, code: options.area } : { type: 'national' as const, code: null };
  const [stats, dataVersion] = await Promise.all([getStats(db, scope), getDataVersion(db)]);
  return { dataVersion, resolved: stats && { options, name: stats.scope.name, mapRatio: 0 } };
}
