/**
 * Legend rows in words, shared by the build-time markup and the script (which must not import the site's i18n
 * module: it carries every string of both locales). `t` and `n` come from the caller.
 */
import type { ChoroplethScale, LegendBin } from './scales.ts';

type T = (
  key: 'map.legend.noData' | 'map.legend.zero' | 'map.legend.orMore' | 'map.legend.under',
  values?: Record<string, string>,
) => string;

/** "1", "2–4", "50 or more", "no villages" / "under 50%", "50–75%", "150% or more", "no data". */
export function binLabel(t: T, n: (value: number) => string, scale: ChoroplethScale, bin: LegendBin): string {
  const percent = scale.kind === 'percent';
  const unit = percent ? '%' : '';
  if (bin.from === null) return t(percent ? 'map.legend.noData' : 'map.legend.zero');
  if (bin.to === null) return t('map.legend.orMore', { value: `${n(bin.from)}${unit}` });
  if (percent && bin.from === 0) return t('map.legend.under', { value: `${n(bin.to)}${unit}` });
  if (!percent && bin.to - bin.from === 1) return n(bin.from);
  return `${n(bin.from)}–${n(percent ? bin.to : bin.to - 1)}${unit}`;
}
