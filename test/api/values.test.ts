/**
 * Values, not shapes: what the API answers on the real synced D1 (with the official reference), compared with facts
 * read by the tests' own oracle (test/helpers/oracle.ts: the content Markdown and idn-area-data's CSV files), or
 * written out from the sources' own words. Sums, counts and percentages are computed here, never by the code under
 * test.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/app.ts';
import { runSync } from '../../src/sync/pipeline.ts';
import { type Api, body, type Json, syncedApi } from '../helpers/api.ts';
import { testDatabase } from '../helpers/d1.ts';
import {
  type Counts,
  countByStatus,
  expectedPercent,
  expectedSource,
  fold,
  type Official,
  type Oracle,
  type OracleVillage,
  readOfficial,
  readOracle,
  yearKey,
} from '../helpers/oracle.ts';

let api: Api;
let oracle: Oracle;
let official: Official;
beforeAll(async () => {
  api = await syncedApi({ reference: true });
  oracle = readOracle();
  official = readOfficial();
});
afterAll(() => api?.dispose());

const get = async (path: string) => {
  const response = await api.get(path);
  expect(response.status, path).toBe(200);
  return body(response);
};

const byKey = <T>(items: T[], key: (item: T) => string) =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

// ---- /stats --------------------------------------------------------------------------------------------------------

type Scope = { type: 'national'; code: null } | { type: 'province' | 'regency'; code: string };

/** Whether an area code (regency or village) lies in the scope: province = first two digits, regency = first five. */
const inScope = (code: string, scope: Scope) =>
  scope.type === 'national' || (scope.type === 'province' ? code.slice(0, 2) : code.slice(0, 5)) === scope.code;

const query = (scope: Scope, year?: number) => {
  const q = new URLSearchParams();
  if (scope.type !== 'national') q.set(scope.type, scope.code);
  if (year !== undefined) q.set('year', String(year));
  return q.size > 0 ? `/api/v1/stats?${q}` : '/api/v1/stats';
};

interface FigureSum {
  year: number;
  indicator: string;
  reports: number;
  target: number | null;
  realization: number | null;
  percentOfTarget: number | null;
}

/** Figures summed per year and indicator over the reports of a scope; percent only over reports giving both. */
function expectedFigures(scope: Scope, year?: number): FigureSum[] {
  const sums = new Map<string, FigureSum & { pairedTarget: number; pairedRealization: number; paired: number }>();
  for (const report of oracle.reports) {
    if (!inScope(report.regencyCode, scope) || (year !== undefined && report.year !== year)) continue;
    for (const f of report.figures) {
      const key = `${report.year}|${f.indicator}`;
      const sum = sums.get(key) ?? {
        year: report.year,
        indicator: f.indicator,
        reports: 0,
        target: null,
        realization: null,
        percentOfTarget: null,
        pairedTarget: 0,
        pairedRealization: 0,
        paired: 0,
      };
      sum.reports += 1;
      if (f.target !== null) sum.target = (sum.target ?? 0) + f.target;
      if (f.realization !== null) sum.realization = (sum.realization ?? 0) + f.realization;
      if (f.target !== null && f.realization !== null) {
        sum.pairedTarget += f.target;
        sum.pairedRealization += f.realization;
        sum.paired += 1;
      }
      sums.set(key, sum);
    }
  }
  return byKey(
    [...sums.values()].map(({ pairedTarget, pairedRealization, paired, ...sum }) => ({
      ...sum,
      percentOfTarget: paired === 0 ? null : expectedPercent(pairedTarget, pairedRealization),
    })),
    (f) => `${f.year}|${f.indicator}`,
  );
}

function expectedVillages(scope: Scope, year?: number) {
  const villages = oracle.villages.filter((v) => inScope(v.code, scope));
  const byYear = new Map<string, OracleVillage[]>();
  for (const v of villages) byYear.set(yearKey(v), [...(byYear.get(yearKey(v)) ?? []), v]);
  const years = [...byYear.keys()].filter((k) => year === undefined || k === String(year));
  return {
    villages: countByStatus(year === undefined ? villages : villages.filter((v) => v.year === year)),
    villagesByYear: Object.fromEntries(years.map((k) => [k, countByStatus(byYear.get(k) ?? [])])),
  };
}

const scopeName = (scope: Scope) =>
  scope.type === 'national'
    ? 'Indonesia' // functions/v1/stats: the national scope is named "Indonesia"
    : (scope.type === 'province' ? official.province : official.regency).get(scope.code)?.name;

/** What the API gives, reduced to the values compared here. */
function actualStats(json: Json) {
  const d = json.data;
  return {
    scope: d.scope,
    year: d.year,
    villages: d.villages as Counts,
    villagesByYear: Object.fromEntries(
      d.villagesByYear.map(({ year, ...counts }: { year: string } & Counts) => [year, counts]),
    ),
    figures: byKey(
      d.figures.map((f: Json) => ({
        year: f.year,
        indicator: f.indicator.id,
        reports: f.reports,
        target: f.target,
        realization: f.realization,
        percentOfTarget: f.percentOfTarget,
      })) as FigureSum[],
      (f) => `${f.year}|${f.indicator}`,
    ),
  };
}

async function expectStats(scope: Scope, year?: number) {
  const path = query(scope, year);
  const json = await get(path);
  expect(actualStats(json), path).toEqual({
    scope: { type: scope.type, code: scope.code, name: scopeName(scope) },
    year: year ?? null,
    ...expectedVillages(scope, year),
    figures: expectedFigures(scope, year),
  });
  for (const f of json.data.figures) {
    const indicator = oracle.indicators.find((i) => i.id === f.indicator.id);
    expect(f.indicator, path).toEqual({ id: indicator?.id, label: indicator?.label, unit: indicator?.unit });
  }
  return json;
}

describe('GET /api/v1/stats', () => {
  const contentYears = () => [
    ...new Set([...oracle.reports.map((r) => r.year), ...oracle.villages.flatMap((v) => (v.year ? [v.year] : []))]),
  ];
  const provinces = () => [...new Set(oracle.regencies.map((r) => r.provinceCode))];
  /** An official province and regency with nothing in the atlas: zeros, no figures, but their official name. */
  const emptyProvince = () => official.provinces.find((p) => !provinces().includes(p.code))?.code ?? '';
  const emptyRegency = () =>
    official.regencies.find((r) => !oracle.regencies.some((x) => x.code === r.code))?.code ?? '';

  it('national: villages by status and by year, every figure summed per year and indicator', async () => {
    expect(oracle.villages.length).toBeGreaterThan(0);
    expect(oracle.reports.length).toBeGreaterThan(0);
    const json = await expectStats({ type: 'national', code: null });
    const total = (counts: Counts) => counts.proposed + counts.target + counts.formed;
    expect(total(json.data.villages)).toBe(oracle.villages.length);
  });

  it('counts "year: { before: 2023 }" villages under "before-2023", never under 2023', async () => {
    const before = oracle.villages.filter((v) => v.yearBefore === 2023);
    expect(before.length, 'content has villages formed "before 2023"').toBeGreaterThan(0);
    const json = await get('/api/v1/stats');
    const row = json.data.villagesByYear.find((r: { year: string }) => r.year === 'before-2023');
    expect(row).toEqual({ year: 'before-2023', ...countByStatus(before) });
    const in2023 = await get('/api/v1/stats?year=2023');
    expect(in2023.data.villages).toEqual(countByStatus(oracle.villages.filter((v) => v.year === 2023)));
    expect(in2023.data.villagesByYear.map((r: { year: string }) => r.year)).toEqual(['2023']);
  });

  it('sums targets and realizations as given, and computes percent only over reports that give both', async () => {
    // Desa Bersinar formed in 2023, three reports: Batanghari gives a realization without a target ("terbentuknya
    // dua Desa Bersinar"), Belitung a target without a realization ("menargetkan … dua desa Bersinar tahun 2023"),
    // Sanggau both ("targetnya hanya 2 … total … 8 Desa Bersinar"). Only Sanggau's pair enters the percentage.
    const expected = expectedFigures({ type: 'national', code: null }, 2023).find(
      (f) => f.indicator === 'desa-bersinar-formed',
    );
    expect(expected?.reports).toBeGreaterThanOrEqual(3);
    expect(expected?.percentOfTarget, 'the pairing rule changes the answer here').not.toBe(
      expectedPercent(expected?.target, expected?.realization),
    );
    const json = await get('/api/v1/stats?year=2023');
    const formed = json.data.figures.find((f: Json) => f.indicator.id === 'desa-bersinar-formed');
    expect(formed).toMatchObject({
      reports: expected?.reports,
      target: expected?.target,
      realization: expected?.realization,
      percentOfTarget: expected?.percentOfTarget,
    });
  });

  it('filters by year, including a year with nothing reported', async () => {
    expect(contentYears().length).toBeGreaterThan(0);
    for (const year of [...contentYears(), 2022, 2100]) await expectStats({ type: 'national', code: null }, year);
  });

  it('filters by province (with and without year), including a province with nothing in the atlas', async () => {
    for (const code of [...provinces(), emptyProvince()]) {
      await expectStats({ type: 'province', code });
      for (const year of contentYears()) await expectStats({ type: 'province', code }, year);
    }
    const empty = await get(`/api/v1/stats?province=${emptyProvince()}`);
    expect(empty.data.villages).toEqual({ proposed: 0, target: 0, formed: 0 });
    expect(empty.data.figures).toEqual([]);
  });

  it('filters by regency (with and without year), including an official regency with nothing in the atlas', async () => {
    for (const code of [...oracle.regencies.map((r) => r.code), emptyRegency()]) {
      await expectStats({ type: 'regency', code });
      for (const year of [...contentYears(), 2022]) await expectStats({ type: 'regency', code }, year);
    }
  });

  it("gives Belitung's 2023 villages-formed target with no realization: realization and percent null", async () => {
    // Belitung 2023 report (rakor 13 Feb 2023): "Kami menargetkan dapat membentuk dua desa Bersinar tahun 2023";
    // the realization is not known yet.
    for (const path of ['/api/v1/stats?regency=19.02', '/api/v1/stats?regency=19.02&year=2023']) {
      const json = await get(path);
      expect(json.data.scope).toEqual({ type: 'regency', code: '19.02', name: 'Kabupaten Belitung' });
      const formed = json.data.figures.filter((f: Json) => f.indicator.id === 'desa-bersinar-formed');
      expect(formed, path).toEqual([
        expect.objectContaining({ year: 2023, reports: 1, target: 2, realization: null, percentOfTarget: null }),
      ]);
    }
  });

  it('gives Sanggau youth trained as the source states it', async () => {
    // Sanggau 2023: "Meski menargetkan 10 remaja … total remaja yang diberikan pelatihan berjumlah 18 remaja"
    const json = await get('/api/v1/stats?regency=61.03&year=2023');
    const youth = json.data.figures.find((f: Json) => f.indicator.id === 'youth-trained');
    expect(youth).toMatchObject({ year: 2023, reports: 1, target: 10, realization: 18, percentOfTarget: 180 });
  });
});

// ---- /provinces ----------------------------------------------------------------------------------------------------

describe('GET /api/v1/provinces', () => {
  const expectedProvince = (code: string) => ({
    code,
    name: official.province.get(code)?.name,
    regencies: oracle.regencies.filter((r) => r.provinceCode === code).length,
    villages: countByStatus(oracle.villages.filter((v) => v.provinceCode === code)),
  });

  it('lists the 38 official provinces with their official names, regency folders and villages by status', async () => {
    expect(official.provinces).toHaveLength(38); // README: "the 38 official provinces"
    const json = await get('/api/v1/provinces');
    expect(json.data).toHaveLength(38);
    expect(byKey(json.data as Json[], (p) => p.code)).toEqual(official.provinces.map((p) => expectedProvince(p.code)));
  });

  it('gives one province with the regencies it has in the atlas', async () => {
    for (const province of official.provinces) {
      const json = await get(`/api/v1/provinces/${province.code}`);
      const { regencyList, ...rest } = json.data;
      expect(rest).toEqual(expectedProvince(province.code));
      const regencies = oracle.regencies.filter((r) => r.provinceCode === province.code);
      expect(byKey(regencyList as Json[], (r) => r.code)).toEqual(
        byKey(regencies, (r) => r.code).map((r) => ({
          code: r.code,
          slug: r.slug,
          name: r.name,
          province: { code: province.code, name: province.name },
          office: r.office && {
            name: r.office.name,
            head: r.office.head,
            address: r.office.address,
            source: expectedSource(oracle, r.office.source),
          },
          villages: countByStatus(oracle.villages.filter((v) => v.regency === r.folder)),
          reportYears: oracle.reports
            .filter((x) => x.regency === r.folder)
            .map((x) => x.year)
            .sort((a, b) => a - b),
        })),
      );
    }
  });

  it('answers 404 for a province code that is not official', async () => {
    const code = Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')).find(
      (c) => !official.province.has(c),
    );
    expect((await api.get(`/api/v1/provinces/${code}`)).status).toBe(404);
  });
});

// ---- /indicators ---------------------------------------------------------------------------------------------------

describe('GET /api/v1/indicators', () => {
  it('gives every indicator of content/indicators with both labels, unit and direction, in the content order', async () => {
    expect(oracle.indicators.length).toBeGreaterThan(0);
    const json = await get('/api/v1/indicators');
    expect(
      json.data.map((i: Json) => ({
        id: i.id,
        program: i.program,
        label: i.label,
        unit: i.unit,
        higherIsBetter: i.higherIsBetter,
        indexLabel: i.indexLabel,
      })),
    ).toEqual(oracle.indicators.map(({ order, ...rest }) => rest));
  });
});

// ---- /reference/villages -------------------------------------------------------------------------------------------

/** Every item of a paged list, following `links.next`. */
async function allPages(path: string): Promise<Json[]> {
  const items: Json[] = [];
  let next: string | undefined = path;
  for (let pages = 0; next; pages++) {
    expect(pages, `${path}: too many pages`).toBeLessThan(200);
    const json = await get(next);
    items.push(...json.data);
    next = json.links.next;
  }
  return items;
}

/** The CSV rows whose folded name starts with the folded query, as the API should give them, in name then code order. */
function expectedOfficial(q: string, regency?: string) {
  const prefix = fold(q);
  const rows = official.villages.filter(
    (v) => fold(v.name).startsWith(prefix) && (regency === undefined || v.code.startsWith(`${regency}.`)),
  );
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [fold(a.name), fold(b.name)];
      return x < y ? -1 : x > y ? 1 : a.code < b.code ? -1 : 1;
    })
    .map((v) => {
      const district = official.district.get(v.parent);
      const regencyRow = official.regency.get(v.code.slice(0, 5));
      const province = official.province.get(v.code.slice(0, 2));
      const atlas = oracle.villages.find((x) => x.code === v.code);
      return {
        code: v.code,
        name: v.name,
        district: { code: district?.code, name: district?.name },
        regency: { code: regencyRow?.code, name: regencyRow?.name },
        province: { code: province?.code, name: province?.name },
        program: atlas ? { status: atlas.status, year: atlas.year, yearBefore: atlas.yearBefore } : null,
      };
    });
}

describe('GET /api/v1/reference/villages', () => {
  /** Names of the atlas's villages, plus names with an apostrophe, a typographic apostrophe, a quote and an accent. */
  const QUERIES = [
    'lalang',
    'dukong',
    'Binjai',
    'Kawat',
    'Pedalaman',
    'Senyabang',
    'Sosok',
    'tanjung binga',
    'Air Merbau',
    'pegantungan',
    'Rantau Kapas',
    'senaning',
    "Soka'an", // villages.csv: Soka"an (35.13.15.2017)
    "Pasi Kuala Ba'u", // villages.csv: Pasi Kuala Ba'u
    'Regapu’u', // villages.csv: Regapu’u (typographic apostrophe)
    "regapu'u",
    'DUKÓNG', // accent and case ignored
  ];

  it('finds exactly the official villages whose folded name starts with q, with district, regency and program', async () => {
    for (const q of QUERIES) {
      const expected = expectedOfficial(q);
      expect(expected.length, `villages.csv has a village starting with "${q}"`).toBeGreaterThan(0);
      const actual = await allPages(`/api/v1/reference/villages?q=${encodeURIComponent(q)}`);
      expect(actual, q).toEqual(expected);
    }
  });

  it('marks the atlas villages with their content status, and the namesakes elsewhere as not in the program', async () => {
    // content/regencies/belitung-timur/villages/lalang.md: status formed, year { before: 2023 }
    const lalang = await allPages('/api/v1/reference/villages?q=lalang');
    expect(lalang.find((v) => v.code === '19.06.01.2006')?.program).toEqual({
      status: 'formed',
      year: null,
      yearBefore: 2023,
    });
    // The two Sanggau Lalang villages (61.03.11.2005 and 61.03.20.2012) are not in the atlas.
    const sanggau = await allPages('/api/v1/reference/villages?q=lalang&regency=61.03');
    expect(sanggau.map((v) => [v.code, v.program])).toEqual([
      ['61.03.11.2005', null],
      ['61.03.20.2012', null],
    ]);
    // content/regencies/belitung/villages/dukong.md: 19.02.01.2007, status target, year 2023; its namesake in
    // Belitung Timur (19.06.07.2004) is not in the atlas.
    const dukong = await allPages('/api/v1/reference/villages?q=dukong');
    expect(dukong.map((v) => [v.code, v.program])).toEqual([
      ['19.02.01.2007', { status: 'target', year: 2023, yearBefore: null }],
      ['19.06.07.2004', null],
    ]);
  });

  it('narrows to one regency with regency=', async () => {
    for (const q of QUERIES) {
      const regencies = [...new Set(expectedOfficial(q).map((v) => String(v.regency.code)))];
      for (const regency of [...regencies.slice(0, 4), ...oracle.regencies.map((r) => r.code)]) {
        const actual = await allPages(`/api/v1/reference/villages?q=${encodeURIComponent(q)}&regency=${regency}`);
        expect(actual, `${q} in ${regency}`).toEqual(expectedOfficial(q, regency));
      }
    }
  });

  it('pages through every match with small pages, without gaps or repeats', async () => {
    const expected = expectedOfficial('lalang');
    expect(expected.length).toBeGreaterThan(3);
    expect(await allPages('/api/v1/reference/villages?q=lalang&limit=2')).toEqual(expected);
  });
});

// ---- Sources: every field of the news file, `published` included --------------------------------------------------

/** Every source object the API gives, with where it was found. */
async function sourcesOf(fetch: (path: string) => Promise<Json>, data: Oracle) {
  const found: { where: string; source: Json }[] = [];
  const add = (where: string, source: Json | undefined) => {
    expect(source, where).toBeDefined();
    found.push({ where, source: source as Json });
  };
  const offices = (where: string, regencies: Json[]) => {
    for (const r of regencies) if (r.office) add(`${where} ${r.code} office`, r.office.source);
  };
  offices('/regencies', (await fetch('/api/v1/regencies')).data);
  for (const province of new Set(data.regencies.map((r) => r.provinceCode))) {
    offices(`/provinces/${province}`, (await fetch(`/api/v1/provinces/${province}`)).data.regencyList);
  }
  for (const regency of data.regencies) {
    const detail = (await fetch(`/api/v1/regencies/${regency.code}`)).data;
    expect(detail.office?.source?.id ?? null, `${regency.folder} office source`).toBe(regency.office?.source ?? null);
    if (detail.office) add(`/regencies/${regency.code} office`, detail.office.source);
    for (const report of data.reports.filter((r) => r.regency === regency.folder)) {
      const where = `/regencies/${regency.code}/reports/${report.year}`;
      for (const out of [
        detail.reports.find((r: Json) => r.year === report.year),
        (await fetch(`/api/v1/regencies/${regency.code}/reports/${report.year}`)).data,
      ]) {
        expect(
          out.sources.map((s: Json) => s.id),
          where,
        ).toEqual(report.sources);
        for (const s of out.sources) add(`${where} sources`, s);
        expect(
          out.figures.map((f: Json) => f.source.id),
          where,
        ).toEqual(report.figures.map((f) => f.source));
        for (const f of out.figures) add(`${where} ${f.indicator.id}`, f.source);
      }
    }
  }
  for (const v of (await fetch('/api/v1/villages?limit=500')).data) {
    for (const s of v.sources) add(`/villages ${v.code}`, s);
  }
  for (const village of data.villages) {
    const detail = (await fetch(`/api/v1/villages/${village.code}`)).data;
    expect(
      detail.sources.map((s: Json) => s.id),
      village.code,
    ).toEqual(village.sources);
    for (const s of detail.sources) add(`/villages/${village.code}`, s);
  }
  return found;
}

describe('sources', () => {
  it('give publisher, site, url, headline, date and publication date exactly as the news file (null when absent)', async () => {
    const found = await sourcesOf(get, oracle);
    expect(found.length).toBeGreaterThan(oracle.villages.length);
    for (const { where, source } of found) {
      expect(source, where).toHaveProperty('published');
      expect(source, where).toStrictEqual(expectedSource(oracle, source.id));
    }
  });

  describe('with a publication date in the news files', () => {
    let root: string;
    let copy: Oracle;
    let database: Awaited<ReturnType<typeof testDatabase>>;

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'atlas-values-'));
      const dir = join(root, 'content');
      await cp('content', dir, { recursive: true });
      // Give every other news file a publication date the day after its event date.
      const news = readOracle(dir).news;
      for (const [i, n] of news.entries()) {
        if (i % 2 === 1) continue;
        const file = join(dir, 'regencies', `${n.id}.md`.replace('/', '/news/'));
        const text = await readFile(file, 'utf8');
        const day = new Date(Date.parse(`${n.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        const next = text.replace(/^( {2}site: .*)$/m, `$1\n  published: ${day}`);
        expect(next, file).not.toBe(text);
        await writeFile(file, next);
      }
      copy = readOracle(dir);
      database = await testDatabase();
      await runSync(database.db, { contentDir: dir, reference: false });
    });
    afterAll(async () => {
      await database?.dispose();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('returns each news file’s `source.published`, and null where it has none', async () => {
      const published = copy.news.filter((n) => n.source.published !== null);
      expect(published.length, 'the copy has news with a publication date').toBeGreaterThan(0);
      expect(published.length, 'and news without one').toBeLessThan(copy.news.length);
      const fetch = async (path: string) => {
        const response = await app.request(path, {}, { ...database.env, LIMITER: undefined });
        expect(response.status, path).toBe(200);
        return body(response);
      };
      const found = await sourcesOf(fetch, copy);
      expect(found.some(({ source }) => source.published !== null)).toBe(true);
      for (const { where, source } of found) {
        expect(source, where).toStrictEqual(expectedSource(copy, source.id));
      }
    });
  });
});
