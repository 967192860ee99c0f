/**
 * The design tokens (src/styles/tokens.css: a light `:root` block and a dark one under `prefers-color-scheme`)
 * rewritten for widgets, whose reader picks the theme: `theme=light|dark|auto` on an iframe page (a class on
 * `<html>`), or the `theme` attribute of the custom element (`:host`). No second palette: the values are the tokens'.
 */

export interface TokenBlocks {
  /** `--name:value` declarations, joined by `;`. */
  light: string;
  dark: string;
}

const declarations = (body = '') =>
  body
    .split(';')
    .map((d) => d.trim().replace(/\s*:\s*/, ':'))
    .filter((d) => d.startsWith('--'))
    .join(';');

/** The light and dark custom properties of a tokens file. */
export function tokenBlocks(css: string): TokenBlocks {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}\s*\}/.exec(clean);
  const light = /:root\s*\{([^}]*)\}/.exec(dark ? clean.replace(dark[0], '') : clean);
  return { light: declarations(light?.[1]), dark: declarations(dark?.[1]) };
}

/**
 * Only the custom properties a stylesheet uses (`var(--name…`), so a widget carries a few of the tokens, not all.
 * @example usedTokens(tokenBlocks(tokens), widgetCss)
 */
export function usedTokens(blocks: TokenBlocks, css: string): TokenBlocks {
  const used = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
  const keep = (list: string) =>
    list
      .split(';')
      .filter((d) => used.has(d.slice(0, d.indexOf(':'))))
      .join(';');
  return { light: keep(blocks.light), dark: keep(blocks.dark) };
}

/**
 * Theme rules for an iframe page (`<html class="theme-dark">`) or a shadow root (`<bersinar-stats theme="dark">`);
 * `auto` (the default) follows the reader's colour scheme.
 */
export function themeCss(blocks: TokenBlocks[], scope: 'page' | 'host'): string {
  const light = blocks.map((b) => b.light).join(';');
  const dark = blocks.map((b) => b.dark).join(';');
  const [base, forced, auto] =
    scope === 'page'
      ? [':root', ':root.theme-dark', ':root.theme-auto']
      : [':host', ':host([theme=dark])', ':host(:not([theme=light]))'];
  return [
    `${base}{${light};color-scheme:light}`,
    `${forced}{${dark};color-scheme:dark}`,
    `@media (prefers-color-scheme:dark){${auto}{${dark};color-scheme:dark}}`,
  ].join('\n');
}

/** Comments and needless whitespace out (the CSS ships inside every widget). Keeps descendant combinators. */
export const minifyCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .trim();

/** Inside a shadow root the host page owns the root font size: sizes relative to the widget's own text instead. */
export const remToEm = (css: string) => css.replace(/(\d)rem\b/g, '$1em');
