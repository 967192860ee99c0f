/** What the resources return, checked against the content they were synced from (no figure typed in here). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentOfTarget } from '../../src/lib/derived.ts';
import { body, syncedApi } from '../helpers/api.ts';

let api: Awaited<ReturnType<typeof syncedApi>>;
beforeAll(async () => {
  api = await syncedApi();
});
afterAll(() => api.dispose());

describe('GET /api/v1/villages', () => {
  it('filters by regency: exactly the villages of that regency folder, with official codes and names', async () => {
    for (const regency of api.content.regencies) {
      const json = await body(await api.get(`/api/v1/villages?regency=${regency.code}`));
      const expected = api.content.villages.filter((v) => v.regencyCode === regency.code);
      expect(json.data.map((v: { code: string }) => v.code)).toEqual(expected.map((v) => v.code).sort());
      expect(json.data.map((v: { name: string }) => v.name).sort()).toEqual(expected.map((v) => v.name).sort());
    }
  });

  it('filters by status and combines filters', async () => {
    for (const status of ['proposed', 'target', 'formed'] as const) {
      const json = await body(await api.get(`/api/v1/villages?status=${status}`));
      expect(json.data).toHaveLength(api.content.villages.filter((v) => v.status === status).length);
      expect(json.data.every((v: { status: string }) => v.status === status)).toBe(true);
    }
    const some = api.content.villages[0];
    const json = await body(await api.get(`/api/v1/villages?regency=${some.regencyCode}&status=${some.status}`));
    expect(json.data).toHaveLength(
      api.content.villages.filter((v) => v.regencyCode === some.regencyCode && v.status === some.status).length,
    );
  });

  it('keeps "before <year>" as it is, never turning it into a year', async () => {
    const before = api.content.villages.filter((v) => v.yearBefore !== null);
    expect(before.length).toBeGreaterThan(0);
    for (const v of before) {
      const json = await body(await api.get(`/api/v1/villages/${v.code}`));
      expect(json.data).toMatchObject({ year: null, yearBefore: v.yearBefore });
    }
  });

  it('returns one village with its sources and the source spelling when it differs', async () => {
    for (const v of api.content.villages) {
      const json = await body(await api.get(`/api/v1/villages/${v.code}`));
      expect(json.data.sources.map((s: { id: string }) => s.id)).toEqual(v.sources);
      expect(json.data.sourceName).toBe(v.sourceName ?? null);
      expect(json.data.district).toEqual({ code: v.districtCode, name: v.districtName });
    }
  });
});

describe('GET /api/v1/regencies', () => {
  it('lists every regency with village counts by status', async () => {
    const json = await body(await api.get('/api/v1/regencies'));
    expect(json.data.map((r: { code: string }) => r.code)).toEqual(api.content.regencies.map((r) => r.code).sort());
    for (const r of json.data) {
      const formed = api.content.villages.filter((v) => v.regencyCode === r.code && v.status === 'formed');
      expect(r.villages.formed).toBe(formed.length);
    }
  });

  it('returns every figure of every report as in content, with percent of target computed and its source', async () => {
    for (const report of api.content.reports) {
      const json = await body(await api.get(`/api/v1/regencies/${report.regencyCode}`));
      const out = json.data.reports.find((r: { year: number }) => r.year === report.year);
      expect(out.figures).toHaveLength(report.figures.length);
      report.figures.forEach((figure, i) => {
        expect(out.figures[i]).toMatchObject({
          indicator: { id: figure.indicator },
          target: figure.target ?? null,
          realization: figure.realization ?? null,
          index: figure.index ?? null,
          percentOfTarget: percentOfTarget(figure.target, figure.realization),
          source: { id: figure.source },
        });
      });
    }
  });

  it('leaves a realization the source does not give as null (not zero)', async () => {
    const targetsOnly = api.content.reports.flatMap((r) =>
      r.figures.filter((f) => f.realization === undefined).map((f) => ({ r, f })),
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
