/**
 * What the widgets must show, from the tests' own oracle (content files and the official reference read
 * directly, sums and percentages by the test's arithmetic), and the test's own number and date formatting.
 */
import {
  type Counts,
  countByStatus,
  expectedPercent,
  type Official,
  type Oracle,
  type OracleReport,
} from '../helpers/oracle.ts';

/** The figures widget's default indicator, as docs/embeds.md documents it. */
export const DEFAULT_INDICATOR = 'desa-bersinar-formed';

export interface ExpectedFigure {
  year: number;
  target: number | null;
  realization: number | null;
  percent: number | null;
}

export interface ExpectedArea {
  code: string;
  name: string;
  counts: Counts;
  figure: ExpectedFigure | null;
}

const sum = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

/** The newest year of an indicator over some reports: sums of targets and realizations; percent over pairs. */
export function expectedFigure(reports: OracleReport[], indicator = DEFAULT_INDICATOR): ExpectedFigure | null {
  const withIt = reports.filter((r) => r.figures.some((f) => f.indicator === indicator));
  if (withIt.length === 0) return null;
  const year = Math.max(...withIt.map((r) => r.year));
  const figures = withIt
    .filter((r) => r.year === year)
    .flatMap((r) => r.figures.filter((f) => f.indicator === indicator));
  const paired = figures.filter((f) => f.target !== null && f.realization !== null);
  return {
    year,
    target: sum(figures.map((f) => f.target)),
    realization: sum(figures.map((f) => f.realization)),
    percent: expectedPercent(sum(paired.map((f) => f.target)), sum(paired.map((f) => f.realization))),
  };
}

/** One of each kind of area the widgets show, chosen from the content (never hard-coded). */
export function scenario(oracle: Oracle, official: Official) {
  const regencyWithBoth = oracle.regencies.find((g) =>
    oracle.reports.some(
      (r) =>
        r.regencyCode === g.code &&
        r.figures.some((f) => f.indicator === DEFAULT_INDICATOR && f.target !== null && f.realization !== null),
    ),
  );
  if (!regencyWithBoth) throw new Error('no regency reports both target and realization of the default indicator');
  const area = (code: string, name: string, inArea: (c: string) => boolean): ExpectedArea => ({
    code,
    name,
    counts: countByStatus(oracle.villages.filter((v) => inArea(v.code))),
    figure: expectedFigure(oracle.reports.filter((r) => inArea(r.regencyCode))),
  });
  const regency = {
    ...area(
      regencyWithBoth.code,
      regencyWithBoth.name,
      (c) => c.startsWith(`${regencyWithBoth.code}.`) || c === regencyWithBoth.code,
    ),
    slug: regencyWithBoth.slug,
  };
  const provinceCode = regencyWithBoth.provinceCode;
  const province = area(provinceCode, official.province.get(provinceCode)?.name ?? '', (c) =>
    c.startsWith(`${provinceCode}.`),
  );
  const national = area('', 'Indonesia', () => true);
  const village = oracle.villages.find((v) => v.regencyCode === regency.code) ?? oracle.villages[0];
  const inAtlas = new Set(oracle.villages.map((v) => v.code));
  const outside = official.villages.find((v) => v.code.startsWith(`${regency.code}.`) && !inAtlas.has(v.code));
  if (!outside) throw new Error('no official village outside the program in the chosen regency');
  const officialVillages = official.villages.filter((v) => v.code.startsWith(`${regency.code}.`)).length;
  return { regency, province, national, village, outside, officialVillages };
}

const TAGS = { id: 'id-ID', en: 'en-GB' } as const;
export const fmt = (locale: 'id' | 'en', n: number) =>
  new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 1 }).format(n);
export const fmtDay = (locale: 'id' | 'en', iso: string) =>
  new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );

/** A dark token's value as the browser computes it (`#0f1417` → `rgb(15, 20, 23)`), from the tokens file. */
export function darkToken(tokensCss: string, name: string): string {
  const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{([\s\S]*)\}\s*$/.exec(tokensCss)?.[1] ?? '';
  const hex = new RegExp(`${name}:\\s*#([0-9a-f]{6})`, 'i').exec(dark)?.[1];
  if (!hex) throw new Error(`no dark ${name}`);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
