/** What a badge says, from the same data and words as the widgets (src/embed/model.ts). */
import type { EmbedRegency } from '../../../functions/v1/embed/queries.ts';
import { formatCount, type Tr } from '../format.ts';
import { asOfText, regencySummary, type VillageInput, villageStatusText, villageSummary } from '../model.ts';
import type { EmbedLocale } from '../options.ts';
import type { Badge } from './svg.ts';

/** "Desa Bersinar | Terbentuk 2023", or "Belum tercatat" for an official village outside the program. */
export function villageBadge(village: VillageInput, syncedAt: string, t: Tr, lang: EmbedLocale): Badge {
  return {
    label: t('embed.badge.label'),
    value: village.program ? villageStatusText(village, t) : t('embed.badge.none'),
    tone: village.program?.status ?? 'none',
    alt: villageSummary(village, null, t, lang),
    title: villageSummary(village, syncedAt, t, lang),
    lang,
  };
}

/** "Desa Bersinar | 5 desa terbentuk". */
export function regencyBadge(
  regency: Pick<EmbedRegency, 'name' | 'villages'>,
  syncedAt: string,
  t: Tr,
  lang: EmbedLocale,
): Badge {
  const count = formatCount(lang, regency.villages.formed);
  return {
    label: t('embed.badge.label'),
    value: t('embed.badge.regency', { count }),
    tone: regency.villages.formed > 0 ? 'formed' : 'none',
    alt: regencySummary(regency.name, regency.villages.formed, t, lang),
    title: `${regencySummary(regency.name, regency.villages.formed, t, lang)} · ${asOfText(syncedAt, t, lang)}`,
    lang,
  };
}

/** A badge that says what went wrong, so a partner's page shows words, not a broken image. */
export const errorBadge = (value: string, t: Tr, lang: EmbedLocale): Badge => ({
  label: t('embed.badge.label'),
  value,
  tone: 'error',
  alt: `${t('embed.badge.label')}: ${value}`,
  title: `${t('embed.badge.label')}: ${value}`,
  lang,
});
