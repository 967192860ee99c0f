/**
 * The HTML partners paste: an iframe, the script + custom element (with the current figures as fallback content),
 * or a plain link + image badge that survives HTML filters (OpenSID strips scripts and iframes). Every value is
 * escaped; pure, shared by the pages (no-JS defaults), the generator and oEmbed.
 */
import { badgePath } from './links.ts';
import { DEFAULT_INDICATOR, type EmbedLocale, type EmbedOptions, embedPath } from './options.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value → HTML (also used for SVG/XML text). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The iframe's attributes a partner may want to keep: a marker our script looks for. */
export const FRAME_MARKER = 'data-bersinar-embed';

/**
 * @param origin the site's origin, e.g. "https://desabersinar.example.id"
 * @param height the widget's height at the width it was previewed (our script then keeps it exact)
 */
export function iframeSnippet(
  origin: string,
  options: Partial<EmbedOptions> & Pick<EmbedOptions, 'widget'>,
  title: string,
  height: number,
): string {
  const src = `${origin}${embedPath(options)}`;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" frameborder="0" loading="lazy" ${FRAME_MARKER}></iframe>`;
}

/** The custom element's attributes, in a fixed order, defaults left out. */
function elementAttributes(options: Partial<EmbedOptions>, asOf: string | null): string {
  const attrs: [string, string | number | null | undefined][] = [
    ['area', options.area || null],
    ['indicator', options.indicator === DEFAULT_INDICATOR ? null : options.indicator],
    ['year', options.year],
    ['lang', options.lang === 'en' ? 'en' : null],
    ['theme', options.theme && options.theme !== 'auto' ? options.theme : null],
    ['view', options.view === 'compact' ? 'compact' : null],
    ['data-as-of', asOf],
  ];
  return attrs
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
}

/**
 * The script embed: one script at a stable URL and the element, whose light DOM (a link with the figures in words)
 * is what readers see without JavaScript and what the element keeps when the API cannot be reached.
 */
export function scriptSnippet(
  origin: string,
  options: Partial<EmbedOptions>,
  fallback: { href: string; text: string; asOf: string | null },
): string {
  return [
    `<script src="${escapeHtml(origin)}/embed.js" async></script>`,
    `<bersinar-stats${elementAttributes(options, fallback.asOf)}>`,
    `  <a href="${escapeHtml(origin + fallback.href)}">${escapeHtml(fallback.text)}</a>`,
    '</bersinar-stats>',
  ].join('\n');
}

/** A link around an image: nothing for a filter to strip. `alt` carries the badge's words. */
export function badgeSnippet(origin: string, area: string, lang: EmbedLocale, href: string, alt: string): string {
  const src = `${origin}${badgePath(area, lang)}`;
  return `<a href="${escapeHtml(origin + href)}"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" height="20"></a>`;
}
