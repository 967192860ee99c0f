/** The SVG badge: its words, their escaping, its colours (the design tokens') and its contrast. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorBadge, regencyBadge, villageBadge } from '../../src/embed/badge/content.ts';
import { badgeColors } from '../../src/embed/badge/palette.ts';
import { renderBadge, textOn } from '../../src/embed/badge/svg.ts';
import { embedT } from '../../src/embed/i18n.ts';

/** The text of every `<text>` element, entities decoded (the test's own decoder). */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
/** Well-formed enough: every `<` opens a tag, every `&` starts an entity, tags balance. */
function expectWellFormed(svg: string) {
  const withoutTags = svg.replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  expect(withoutTags).not.toMatch(/[<>]/);
  expect(svg.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  const opened = [...svg.matchAll(/<([a-zA-Z]+)\b[^>]*?(\/?)>/g)].filter((m) => m[2] !== '/').map((m) => m[1]);
  const closed = [...svg.matchAll(/<\/([a-zA-Z]+)>/g)].map((m) => m[1]);
  expect(closed.sort()).toEqual(opened.sort());
}

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const BADGE_COLORS = badgeColors(tokens);
const lightToken = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(tokens)?.[1];

const sosok = {
  code: '61.03.10.2001',
  name: 'Sosok',
  district: { name: 'Tayan Hulu' },
  regency: { code: '61.03', name: 'Kabupaten Sanggau' },
  province: { name: 'Kalimantan Barat' },
  program: { status: 'formed' as const, year: 2023, yearBefore: null },
};

describe('badge SVG', () => {
  it('a village in the program: status and year, the full sentence as title and aria-label', () => {
    const svg = renderBadge(villageBadge(sosok, '2026-11-30T10:00:00Z', embedT('id'), 'id'), BADGE_COLORS);
    expect(texts(svg)).toEqual(['Desa Bersinar', 'Terbentuk 2023']);
    expect(svg).toContain(
      '<title>Desa Sosok (Tayan Hulu, Kabupaten Sanggau): Desa Bersinar: Terbentuk 2023 · Data per 30 November 2026</title>',
    );
    expect(svg).toMatch(
      /role="img" aria-label="Desa Sosok \(Tayan Hulu, Kabupaten Sanggau\): Desa Bersinar: Terbentuk 2023 · Data per 30 November 2026"/,
    );
    expect(svg).toContain('height="20"');
    expectWellFormed(svg);
  });

  it('"before a year", another status and English', () => {
    const before = { ...sosok, program: { status: 'target' as const, year: null, yearBefore: 2022 } };
    expect(texts(renderBadge(villageBadge(before, '2026-11-30', embedT('en'), 'en'), BADGE_COLORS))).toEqual([
      'Desa Bersinar',
      'Target before 2022',
    ]);
  });

  it('an official village outside the program says it is not recorded yet (every village gets a badge)', () => {
    const outside = { ...sosok, program: null };
    const badge = villageBadge(outside, '2026-11-30', embedT('id'), 'id');
    expect(texts(renderBadge(badge, BADGE_COLORS))).toEqual(['Desa Bersinar', 'Belum tercatat']);
    expect(badge.alt).toBe('Desa Sosok (Tayan Hulu, Kabupaten Sanggau): Belum tercatat sebagai Desa Bersinar');
  });

  it('a regency: named villages formed, grouped the Indonesian way', () => {
    const badge = regencyBadge(
      { name: 'Kabupaten Sanggau', villages: { formed: 1234, target: 0, proposed: 0 } },
      '2026-11-30',
      embedT('id'),
      'id',
    );
    expect(texts(renderBadge(badge, BADGE_COLORS))).toEqual(['Desa Bersinar', '1.234 desa terbentuk']);
    expect(badge.alt).toBe('Kabupaten Sanggau: 1.234 Desa Bersinar terbentuk');
  });

  it('escapes names in text, title and attributes', () => {
    const evil = { ...sosok, name: `A & B <script>alert("x")</script> 'q'`, program: null };
    const svg = renderBadge(villageBadge(evil, '2026-11-30', embedT('id'), 'id'), BADGE_COLORS);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('A &amp; B &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39;');
    expectWellFormed(svg);
    const error = renderBadge(errorBadge('<b>&</b>', embedT('en'), 'en'), BADGE_COLORS);
    expect(texts(error)).toEqual(['Desa Bersinar', '<b>&</b>']);
    expectWellFormed(error);
  });

  it('uses the design tokens, with text that passes WCAG AA contrast on each colour', () => {
    expect(BADGE_COLORS.label).toBe(lightToken('--color-accent'));
    expect(BADGE_COLORS.tones.formed).toBe(lightToken('--status-formed'));
    expect(BADGE_COLORS.tones.none).toBe(lightToken('--status-none'));
    // The test's own contrast arithmetic (WCAG 2 relative luminance).
    const lum = (hex: string) => {
      const c = [1, 3, 5]
        .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const ratio = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    // Words sit on the label colour or the surface; the status colours are dots beside the words.
    for (const background of [BADGE_COLORS.label, BADGE_COLORS.surface]) {
      expect(ratio(background, textOn(background, BADGE_COLORS.dark)), background).toBeGreaterThanOrEqual(4.5);
    }
    const svg = renderBadge(villageBadge(sosok, '2026-11-30', embedT('id'), 'id'), BADGE_COLORS);
    expect(svg).toMatch(new RegExp(`<circle [^>]*fill="${lightToken('--status-formed')}"`));
  });

  it('is sized to its text: longer words, a wider badge', () => {
    const width = (value: string) =>
      Number(
        /width="(\d+)"/.exec(
          renderBadge({ label: 'Desa Bersinar', value, tone: 'formed', alt: '', title: '', lang: 'id' }, BADGE_COLORS),
        )?.[1],
      );
    expect(width('Terbentuk 2023')).toBeGreaterThan(width('2023'));
    expect(width('Terbentuk 2023')).toBeLessThan(260);
  });
});
