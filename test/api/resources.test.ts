/**
 * What the resources return, checked against the content files themselves: expected values come from
 * test/helpers/oracle.ts (the Markdown frontmatter and the official CSV read directly), never from the code under
 * test, and derived numbers (percent of target) are computed here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, syncedApi } from '../helpers/api.ts';
import { countByStatus, expectedPercent, type Oracle, readOfficial, readOracle, STATUSES } from '../helpers/oracle.ts';

let api: Awaited<ReturnType<typeof syncedApi>>;
let oracle: Oracle;
beforeAll(async () => {
  api = await syncedApi();
  oracle = readOracle();
});
afterAll(() => api.dispose());

const sorted = (values: string[]) => [...values].sort();

describe('GET /api/v1/villages', () => {
  it('filters by regency: exactly the villages of that regency folder, with official codes and names', async () => {
    expect(oracle.regencies.length).toBeGreaterThan(0);
    for (const regency of oracle.regencies) {
      const json = await body(await api.get(`/api/v1/villages?regency=${regency.code}`));
      const expected = oracle.villages.filter((v) => v.regency === regency.folder);
      expect(sorted(json.data.map((v: { code: string }) => v.code)), regency.folder).toEqual(
        sorted(expected.map((v) => v.code)),
      );
      expect(sorted(json.data.map((v: { name: string }) => v.name)), regency.folder).toEqual(
        sorted(expected.map((v) => v.name)),
      );
      for (const v of json.data)
        expect(v.regency).toEqual({ code: regency.code, name: regency.name, slug: regency.slug });
    }
  });

  it('filters by status and combines filters', async () => {
    for (const status of STATUSES) {
      const json = await body(await api.get(`/api/v1/villages?status=${status}`));
      const expected = oracle.villages.filter((v) => v.status === status);
      expect(sorted(json.data.map((v: { code: string }) => v.code)), status).toEqual(
        sorted(expected.map((v) => v.code)),
      );
    }
    for (const regency of oracle.regencies) {
      for (const status of STATUSES) {
        const json = await body(await api.get(`/api/v1/villages?regency=${regency.code}&status=${status}`));
        const expected = oracle.villages.filter((v) => v.regency === regency.folder && v.status === status);
        expect(sorted(json.data.map((v: { code: string }) => v.code)), `${regency.folder} ${status}`).toEqual(
          sorted(expected.map((v) => v.code)),
        );
      }
    }
  });

  it('keeps "before <year>" as it is, never turning it into a year', async () => {
    const before = oracle.villages.filter((v) => v.yearBefore !== null);
    expect(before.length).toBeGreaterThan(0);
    for (const v of before) {
      const json = await body(await api.get(`/api/v1/villages/${v.code}`));
      expect(json.data).toMatchObject({ year: null, yearBefore: v.yearBefore });
    }
  });

  it('returns one village with its status, year, sources, official district and the source spelling', async () => {
    const official = readOfficial();
    for (const v of oracle.villages) {
      const json = await body(await api.get(`/api/v1/villages/${v.code}`));
      expect(json.data).toMatchObject({
        code: v.code,
        name: v.name,
        status: v.status,
        year: v.year,
        yearBefore: v.yearBefore,
        sourceName: v.sourceName,
        provinceCode: v.provinceCode,
      });
      expect(json.data.sources.map((s: { id: string }) => s.id)).toEqual(v.sources);
      expect(json.data.district).toEqual({ code: v.districtCode, name: official.district.get(v.districtCode)?.name });
    }
  });
});

describe('GET /api/v1/regencies', () => {
  it('lists every regency with village counts by status', async () => {
    const json = await body(await api.get('/api/v1/regencies'));
    expect(json.data.map((r: { code: string }) => r.code)).toEqual(sorted(oracle.regencies.map((r) => r.code)));
    for (const r of json.data) {
      const folder = oracle.regencies.find((x) => x.code === r.code);
      expect(r.slug).toBe(folder?.folder);
      expect(r.villages, r.code).toEqual(countByStatus(oracle.villages.filter((v) => v.regency === folder?.folder)));
    }
  });

  it('returns every figure of every report as in content, with percent of target computed and its source', async () => {
    expect(oracle.reports.length).toBeGreaterThan(0);
    for (const report of oracle.reports) {
      const json = await body(await api.get(`/api/v1/regencies/${report.regencyCode}`));
      const out = json.data.reports.find((r: { year: number }) => r.year === report.year);
      expect(out, `${report.regency} ${report.year}`).toBeDefined();
      expect(out.figures).toHaveLength(report.figures.length);
      report.figures.forEach((figure, i) => {
        expect(out.figures[i], `${report.regency} ${report.year} ${figure.indicator}`).toMatchObject({
          indicator: { id: figure.indicator },
          target: figure.target,
          realization: figure.realization,
          index: figure.index,
          percentOfTarget: expectedPercent(figure.target, figure.realization),
          source: { id: figure.source },
        });
      });
    }
  });

  it('computes percent of target as stated by the sources (values written out)', async () => {
    const json = await body(await api.get('/api/v1/regencies/61.03/reports/2023'));
    const figure = (id: string) => json.data.figures.find((f: { indicator: { id: string } }) => f.indicator.id === id);
    // Sanggau 2023: "Meski menargetkan 10 remaja … total remaja yang diberikan pelatihan berjumlah 18 remaja"
    expect(figure('youth-trained')).toMatchObject({ target: 10, realization: 18, percentOfTarget: 180, index: 52.72 });
    // "Dari target 5 keluarga … total keluarga … menjadi 10 keluarga … dengan index 86 poin 60"
    expect(figure('family-resilience-families')).toMatchObject({ target: 5, realization: 10, percentOfTarget: 200 });
    // "meski targetnya hanya 2 Desa Bersinar … total Desa Bersinar di tahun 2023 ini ada 8 Desa Bersinar"
    expect(figure('desa-bersinar-formed')).toMatchObject({ target: 2, realization: 8, percentOfTarget: 400 });
    // "diberikan target 93" (no realization given)
    expect(figure('p4gn-activists')).toMatchObject({ target: 93, realization: null, percentOfTarget: null });
    // "tidak ada penangkapan": realization 0 without a target
    expect(figure('enforcement-arrests')).toMatchObject({ target: null, realization: 0, percentOfTarget: null });
  });

  it('leaves a realization the source does not give as null (not zero)', async () => {
    const targetsOnly = oracle.reports.flatMap((r) =>
      r.figures.filter((f) => f.realization === null).map((f) => ({ r, f })),
    );
    expect(targetsOnly.length).toBeGreaterThan(0);
    for (const { r, f } of targetsOnly) {
      const json = await body(await api.get(`/api/v1/regencies/${r.regencyCode}`));
      const figure = json.data.reports
        .find((x: { year: number }) => x.year === r.year)
        .figures.find((x: { indicator: { id: string } }) => x.indicator.id === f.indicator);
      expect(figure.realization).toBeNull();
      expect(figure.percentOfTarget).toBeNull();
    }
  });
});
