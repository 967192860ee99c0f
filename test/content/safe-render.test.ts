/** Markdown bodies never put script on a page: validation refuses it, and rendering strips what gets through. */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/lib/safe-html.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">klik</a>',
  '<iframe src="https://example.invalid"></iframe>',
  '<p style="x" onclick="alert(1)">teks</p>',
  '[tautan](javascript:alert(1))',
  '<svg><script>alert(1)</script></svg>',
];

describe('rendering content Markdown', () => {
  it.each(ATTACKS)('Astro’s Markdown renderer + sanitize removes %s', async (attack) => {
    const processor = await createSatteriMarkdownProcessor();
    const { code } = await processor.render(`Paragraf biasa **tebal**.\n\n${attack}\n`);
    const html = sanitize(code);
    expect(html).toContain('<strong>tebal</strong>');
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<svg|style=/i);
  });
});

describe('validation of bodies', () => {
  it.each(ATTACKS.filter((a) => !a.startsWith('<p ') && !a.startsWith('<svg')))(
    'refuses %s in a body',
    async (attack) => {
      const copy = await contentCopy();
      const file = 'regencies/sanggau/villages/sosok.md';
      await copy.write(file, `${await copy.read(file)}\n${attack}\n`);
      const { problems } = await copy.check();
      expect(problems).toEqual([
        expect.objectContaining({
          file: `content/${file}`,
          field: '(isi)',
          message: expect.stringMatching(/HTML\/skrip/),
        }),
      ]);
    },
  );
});
