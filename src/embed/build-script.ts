/**
 * Build time: bundles embed.js (src/embed/element/index.ts) with esbuild into one minified classic script, with
 * the widget stylesheet (design tokens themed for `:host`, rem → em) and the widget strings of both languages
 * compiled in. Served as a static file at a stable URL by src/pages/embed.js.ts.
 */
import { join } from 'node:path';
import enStrings from '../i18n/en/embed.json' with { type: 'json' };
import idStrings from '../i18n/id/embed.json' with { type: 'json' };
import tokens from '../styles/tokens.css?raw';
import widget from './styles/widget.css?raw';
import { minifyCss, remToEm, themeCss, tokenBlocks, usedTokens } from './theme.ts';

/** The element's own rules: `:host` is a block of 16 px text whatever the host page's root size. */
const HOST = ':host{display:block;font-size:16px}\n::slotted(a){color:var(--color-accent)}';

/** The element's stylesheet: the tokens it uses, themed for `:host`, and the widget rules. */
export const ELEMENT_CSS = minifyCss(
  remToEm(`${themeCss([usedTokens(tokenBlocks(tokens), HOST + widget)], 'host')}\n${HOST}\n${widget}`),
);

/** Strings the element never says (the generator's, the badge's, the map's) stay out of the bundle. */
const UNUSED = /^embed\.(gen|badge|frame|w\.map|w\.summary)\.|^embed\.error\.unavailable$/;

/** The element's strings, keys without their `embed.` prefix (src/embed/element/stats-element.ts adds it back). */
const widgetStrings = (strings: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(strings)
      .filter(([key]) => !UNUSED.test(key))
      .map(([key, text]) => [key.slice('embed.'.length), text]),
  );

export async function buildEmbedScript(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/embed/element/index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // Raw UTF-8 (not \u escapes): the file is served as text/javascript; charset=utf-8.
    charset: 'utf8',
    define: {
      __EMBED_CSS__: JSON.stringify(ELEMENT_CSS),
      __EMBED_STRINGS__: JSON.stringify({ id: widgetStrings(idStrings), en: widgetStrings(enStrings) }),
    },
  });
  const code = result.outputFiles[0].text;
  return `/* Atlas Desa Bersinar embed: <bersinar-stats> and iframe sizing. Built from src/embed/element. */\n${code}`;
}
