/** What partners paste: escaped, stable, and the script's fallback content readable without JavaScript. */
import { describe, expect, it } from 'vitest';
import { badgeSnippet, iframeSnippet, scriptSnippet } from '../../src/embed/snippets.ts';

const ORIGIN = 'https://desabersinar.example.id';

describe('snippets', () => {
  it('iframe: the widget URL, a title, a height, no script', () => {
    expect(
      iframeSnippet(ORIGIN, { widget: 'angka', area: '61.03', lang: 'en', theme: 'dark' }, 'Desa "Bersinar" & co', 300),
    ).toBe(
      '<iframe src="https://desabersinar.example.id/embed/angka/?area=61.03&amp;lang=en&amp;theme=dark" title="Desa &quot;Bersinar&quot; &amp; co" width="100%" height="300" frameborder="0" loading="lazy" data-bersinar-embed></iframe>',
    );
  });

  it('script: one script at a stable URL and the element with its figures as a link', () => {
    const code = scriptSnippet(
      ORIGIN,
      { area: '61.03', lang: 'id', view: 'compact' },
      { href: '/kabupaten/sanggau/', text: 'Sanggau: 5 <b>', asOf: '2026-11-30' },
    );
    expect(code.split('\n')).toEqual([
      '<script src="https://desabersinar.example.id/embed.js" async></script>',
      '<bersinar-stats area="61.03" view="compact" data-as-of="2026-11-30">',
      '  <a href="https://desabersinar.example.id/kabupaten/sanggau/">Sanggau: 5 &lt;b&gt;</a>',
      '</bersinar-stats>',
    ]);
  });

  it('badge: a link and an image, nothing a filter strips, its words in alt', () => {
    expect(badgeSnippet(ORIGIN, '61.03.10.2001', 'en', '/en/desa/61.03.10.2001/', 'Desa Sosok: Formed 2023')).toBe(
      '<a href="https://desabersinar.example.id/en/desa/61.03.10.2001/"><img src="https://desabersinar.example.id/badge/desa/61.03.10.2001.svg?lang=en" alt="Desa Sosok: Formed 2023" height="20"></a>',
    );
    expect(badgeSnippet(ORIGIN, '61.03', 'id', '/kabupaten/sanggau/', 'x')).toContain('/badge/kabupaten/61.03.svg"');
  });
});
