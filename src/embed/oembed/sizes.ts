/**
 * The height an iframe widget needs at a width, for snippets and oEmbed answers before the widget reports its own
 * (measured in Chromium at these widths by test/e2e/embed.test.ts, which fails when an estimate falls short).
 */
import type { View, Widget } from '../options.ts';

export const DEFAULT_WIDTH = 480;
/** The map drawing's largest width (src/embed/styles/map.css: 26rem). */
const MAP_MAX_WIDTH = 416;
export const MIN_WIDTH = 240;

/** Height at DEFAULT_WIDTH, and how much more per pixel narrower (text wraps). */
const BASE: Record<Widget, Record<View, [number, number]>> = {
  angka: { full: [280, 0.35], compact: [130, 0.3] },
  desa: { full: [200, 0.2], compact: [140, 0.15] },
  peta: { full: [170, 0.15], compact: [130, 0.1] },
};

/**
 * @param mapRatio the map's height / width (peta only): the drawing scales with the frame's width
 * @example estimateHeight('angka', 'full', 480)  // 280
 */
export function estimateHeight(widget: Widget, view: View, width: number, mapRatio = 0): number {
  const [height, perPixel] = BASE[widget][view];
  const narrower = Math.max(0, DEFAULT_WIDTH - width) * perPixel;
  const drawing = widget === 'peta' ? Math.min(width - 34, MAP_MAX_WIDTH) * mapRatio : 0;
  return Math.ceil(height + narrower + drawing);
}
