/** The official reference in D1: all of idn-area-data, written once, skipped while unchanged. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../src/content-model/reference.ts';
import { searchName } from '../../src/lib/search-name.ts';
import { applySync } from '../../src/sync/apply.ts';
import { planReference } from '../../src/sync/reference.ts';
import { realContent } from '../helpers/content.ts';
import { testDatabase } from '../helpers/d1.ts';

describe('searchName', () => {
  it.each([
    ['Soka"an', 'soka an'],
    ['Lubuk Pakam I,II', 'lubuk pakam i ii'],
    ['Tanjung  Binga', 'tanjung binga'],
    ['Désa Éndé', 'desa ende'],
  ])('%s → %s', (name, folded) => expect(searchName(name)).toBe(folded));
});

describe('reference sync into a real local D1', () => {
  let database: Awaited<ReturnType<typeof testDatabase>>;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(() => database.dispose());

  it('writes every official area with the content in one batch, then skips it while unchanged', async () => {
    const ref = await loadReference();
    // A made-up point for one village, so the test does not depend on the geo folder being there.
    const point = { lat: 0.28339, lng: 110.24505, precision: 'village-centroid' as const };
    const reference = await planReference(ref, 'idn-area-data@test', (code) =>
      code === '61.03.10.2001' ? point : null,
    );
    const { plan } = await realContent();
    const first = await applySync(database.db, plan, { reference });
    expect(first.reference?.written).toBe(true);
    const count = async (table: string) =>
      (await database.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())?.n;
    expect(await count('ref_provinces')).toBe(ref.provinces.size);
    expect(await count('ref_regencies')).toBe(ref.regencies.size);
    expect(await count('ref_districts')).toBe(ref.districts.size);
    expect(await count('ref_villages')).toBe(ref.villages.size);
    const sosok = ref.villages.get('61.03.10.2001');
    const row = await database.db.prepare("SELECT * FROM ref_villages WHERE code = '61.03.10.2001'").first();
    expect(row).toEqual({
      code: '61.03.10.2001',
      district_code: sosok?.parentCode,
      regency_code: '61.03',
      name: sosok?.name,
      search_name: 'sosok',
      lat: point.lat,
      lng: point.lng,
      location_precision: 'village-centroid',
    });
    const other = await database.db.prepare("SELECT lat, lng FROM ref_villages WHERE code = '61.03.10.2010'").first();
    expect(other).toEqual({ lat: null, lng: null });

    const second = await applySync(database.db, plan, { reference });
    expect(second).toMatchObject({ written: false, reference: { written: false } });
  });

  it('gives a new data version when only the reference changes', async () => {
    const ref = await loadReference();
    const { plan } = await realContent();
    const before = await applySync(database.db, plan, { reference: await planReference(ref, 'idn-area-data@test') });
    const changed = await planReference(ref, 'idn-area-data@test');
    changed.version = `${changed.version}-next`;
    const after = await applySync(database.db, plan, { reference: changed });
    expect(after.written).toBe(true);
    expect(after.version).not.toBe(before.version);
  });
});
