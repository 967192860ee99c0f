/** Widgets take their colours from the design tokens, themed by `theme`, never from a palette of their own. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyCss, remToEm, themeCss, tokenBlocks, usedTokens } from '../../src/embed/theme.ts';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const widget = readFileSync('src/embed/styles/widget.css', 'utf8');

describe('widget themes', () => {
  const blocks = tokenBlocks(tokens);

  it('reads the light and dark values of every token', () => {
    expect(blocks.light).toContain('--color-bg:#ffffff');
    expect(blocks.dark).toContain('--color-bg:#0f1417');
    expect(blocks.light.split(';').length).toBeGreaterThan(blocks.dark.split(';').length);
  });

  it('page and shadow root rules: light by default, dark when asked or when the reader prefers it', () => {
    const page = themeCss([blocks], 'page');
    expect(page).toMatch(/^:root\{[^}]*--color-bg:#ffffff[^}]*color-scheme:light\}/);
    expect(page).toMatch(/:root\.theme-dark\{[^}]*--color-bg:#0f1417/);
    expect(page).toMatch(/@media \(prefers-color-scheme:dark\)\{:root\.theme-auto\{[^}]*--color-bg:#0f1417/);
    const host = themeCss([blocks], 'host');
    expect(host).toMatch(/:host\(\[theme=dark\]\)\{[^}]*--color-bg:#0f1417/);
    expect(host).toMatch(/:host\(:not\(\[theme=light\]\)\)/);
  });

  it('carries only the tokens the widget uses, and the widget uses no colour of its own', () => {
    const used = usedTokens(blocks, widget);
    expect(used.light).toContain('--color-fg:');
    expect(used.light).not.toContain('--measure');
    expect(widget.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|hsl\(/i);
  });

  it('minifies without merging a descendant combinator into a pseudo-class', () => {
    expect(minifyCss('.a :hover { color: red ; }\n/* x */ .b{margin: 0.5rem 0}')).toBe(
      '.a :hover{color:red}.b{margin:.5rem 0}',
    );
    expect(remToEm('a{padding:0.5rem 1rem}')).toBe('a{padding:0.5em 1em}');
  });
});
