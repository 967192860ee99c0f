/**
 * The badge: a two-part SVG ("Desa Bersinar" | ● "Terbentuk 2023") for a plain `<img>`, readable at 20 px high,
 * with its full sentence as `<title>` and `aria-label`. Colours are the design tokens' (light); the status colour
 * is a dot beside the words (as on the site), so every text has AA contrast whatever the status. Escaped. Pure.
 */
import { escapeHtml } from '../snippets.ts';
import { textWidth } from './text-width.ts';

export type Tone = 'formed' | 'target' | 'proposed' | 'none' | 'error';

export interface Badge {
  label: string;
  value: string;
  tone: Tone;
  /** The badge in words, for the snippet's `alt` (without the data date, which changes). */
  alt: string;
  /** The same with the data date: the SVG's `<title>` and `aria-label`. */
  title: string;
  lang: string;
}

export interface BadgeColors {
  label: string;
  tones: Record<Tone, string>;
  /** Dark text for light backgrounds. */
  dark: string;
  /** The value's background and border. */
  surface: string;
  line: string;
}

const HEIGHT = 20;
const PAD = 6;
/** The status dot and its gap before the words. */
const DOT = 11;

/** sRGB relative luminance of #rrggbb (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

/** White or dark text, whichever reads better on the background. */
export const textOn = (background: string, dark: string) =>
  contrast(background, '#ffffff') >= contrast(background, dark) ? '#ffffff' : dark;

export function renderBadge(badge: Badge, colors: BadgeColors): string {
  const lw = textWidth(badge.label) + 2 * PAD;
  const tw = textWidth(badge.value);
  const vw = tw + 2 * PAD + DOT;
  const width = lw + vw;
  const title = escapeHtml(badge.title);
  const text = (x: number, w: number, fill: string, content: string) =>
    `<text x="${x + w / 2}" y="14" textLength="${w}" lengthAdjust="spacingAndGlyphs" fill="${fill}">${escapeHtml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${title}" xml:lang="${escapeHtml(badge.lang)}">`,
    `<title>${title}</title>`,
    `<clipPath id="r"><rect width="${width}" height="${HEIGHT}" rx="3"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${width}" height="${HEIGHT}" fill="${colors.surface}"/><rect width="${lw}" height="${HEIGHT}" fill="${colors.label}"/></g>`,
    `<rect x="${lw - 0.5}" y=".5" width="${vw}" height="${HEIGHT - 1}" rx="2.5" fill="none" stroke="${colors.line}"/>`,
    `<circle cx="${lw + PAD + 4}" cy="10" r="4" fill="${colors.tones[badge.tone]}"/>`,
    `<g text-anchor="middle" font-family="Verdana,'DejaVu Sans',Geneva,sans-serif" font-size="11">`,
    text(PAD, lw - 2 * PAD, textOn(colors.label, colors.dark), badge.label),
    text(lw + PAD + DOT, tw, textOn(colors.surface, colors.dark), badge.value),
    '</g></svg>',
  ].join('');
}
