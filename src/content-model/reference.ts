/**
 * Official Kemendagri areas from the `idn-area-data` package (ODbL): the reference every code in content is checked
 * against. Node only (the package reads CSV files); loaded once per process.
 */
import { createRequire } from 'node:module';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';

export interface OfficialArea {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface Reference {
  provinces: Map<string, OfficialArea>;
  regencies: Map<string, OfficialArea>;
  districts: Map<string, OfficialArea>;
  villages: Map<string, OfficialArea>;
}

let cached: Promise<Reference> | undefined;

function byCode(rows: OfficialArea[]): Map<string, OfficialArea> {
  return new Map(rows.map((row) => [row.code, row]));
}

async function read(): Promise<Reference> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies({ transform: true }),
    getDistricts({ transform: true }),
    getVillages({ transform: true }),
  ]);
  return {
    provinces: byCode(provinces.map((p) => ({ code: p.code, name: p.name, parentCode: null }))),
    regencies: byCode(regencies.map((r) => ({ code: r.code, name: r.name, parentCode: r.provinceCode }))),
    districts: byCode(districts.map((d) => ({ code: d.code, name: d.name, parentCode: d.regencyCode }))),
    villages: byCode(villages.map((v) => ({ code: v.code, name: v.name, parentCode: v.districtCode }))),
  };
}

/** The official reference, read from `idn-area-data` on first use. */
export function loadReference(): Promise<Reference> {
  cached ??= read();
  return cached;
}

/** The installed idn-area-data version, stored with the reference in D1. */
export function referencePackageVersion(): string {
  return createRequire(import.meta.url)('idn-area-data/package.json').version;
}
