/**
 * A village entry against the official reference: its code exists, lies in the regency of its folder, and names
 * the village the entry names. Names repeat across Indonesia, so the commonest slip is the code of a village of the
 * same name elsewhere: each message suggests the code of the village with that name in the folder's own regency.
 */
import type { Complain } from './complain.ts';
import type { OfficialArea, Reference } from './reference.ts';
import type { Village } from './schema.ts';
import type { Entry, ResolvedVillage } from './types.ts';
import { foldedName, likelyVillages } from './village-names.ts';

const districtOf = (ref: Reference, v: OfficialArea) => `Kecamatan ${ref.districts.get(v.parentCode ?? '')?.name}`;

/** `"19.02.01.2007" (Dukong, Kecamatan Tanjungpandan)`, or several of them. */
const codesOf = (ref: Reference, villages: OfficialArea[]) =>
  villages
    .slice(0, 5)
    .map((v) => `"${v.code}" (${v.name}, ${districtOf(ref, v)})`)
    .join(' atau ');

/** `"61.03.10.2010 (Binjai)"`; with the district when there are several. */
const guessesOf = (ref: Reference, villages: OfficialArea[]) =>
  villages.length === 1
    ? `"${villages[0].code} (${villages[0].name})"`
    : villages
        .slice(0, 5)
        .map((v) => `"${v.code} (${v.name})" di ${districtOf(ref, v)}`)
        .join(' atau ');

const findCommand = (name: string, regency: string) => `npm run find:village -- "${name}" --regency ${regency}`;

export function resolveVillage(
  entry: Entry<Village>,
  regencyCode: string,
  ref: Reference,
  complain: Complain,
  /** The atlas folder of each regency code. */
  folderOf: Map<string, string>,
): ResolvedVillage | undefined {
  const { data } = entry;
  const regencyName = (code: string) => `${ref.regencies.get(code)?.name ?? code} (${code})`;
  const here = regencyName(regencyCode);
  const district = `${regencyCode}.${data.code.slice(6, 8)}`;
  const official = ref.villages.get(data.code);
  if (!official) {
    // The village the entry names, in this regency: same name, else the nearest. Without one, search everywhere.
    const named = likelyVillages(ref, data.name, regencyCode, district);
    const expected =
      named.villages.length > 0
        ? `kode resmi desa di ${here}; maksud Anda ${guessesOf(ref, named.villages)}?`
        : `kode resmi desa di ${here} (tidak ada desa bernama ${data.name} di sana); cari kodenya: npm run find:village -- "${data.name}"`;
    complain(entry, ['code'], `kode desa "${data.code}" tidak ada dalam daftar resmi Kemendagri`, expected);
    return undefined;
  }
  const villageRegency = data.code.slice(0, 5);
  if (villageRegency !== regencyCode) {
    const there = regencyName(villageRegency);
    const folder = folderOf.get(villageRegency);
    const move = folder
      ? `pindahkan berkas ke folder content/regencies/${folder}/villages/`
      : `buat folder ${there} (index.md dengan code: "${villageRegency}", lihat docs/editing.md bagian 4) lalu pindahkan berkas ke sana`;
    const named = likelyVillages(ref, data.name, regencyCode, district);
    const kind = named.sameName ? `desa ${data.name}` : 'desa dengan nama paling mirip';
    const expected =
      named.villages.length > 0
        ? `${kind} di ${here}: code: ${codesOf(ref, named.villages)}; atau, bila desanya memang di ${there}, ${move}`
        : `${move} (tidak ada desa bernama ${data.name} di ${here}; bila desanya memang di sana, cari kodenya: ${findCommand(data.name, regencyCode)})`;
    complain(entry, ['code'], `desa ${data.code} ada di ${there}, bukan di ${here}`, expected);
    return undefined;
  }
  if (official.name !== data.name) {
    // A name that is another village of this regency means the code is the slip, not the name.
    const other = likelyVillages(ref, data.name, regencyCode, district);
    const others = other.sameName ? other.villages.filter((v) => v.code !== data.code) : [];
    const rename = `name: ${official.name} (ejaan sumber boleh ditulis di sourceName)`;
    const expected =
      foldedName(official.name) === foldedName(data.name) || others.length === 0
        ? rename
        : `code: ${codesOf(ref, others)} bila yang dimaksud desa ${data.name}; atau ${rename}`;
    complain(entry, ['name'], `nama "${data.name}" berbeda dari nama resmi desa ${data.code}`, expected);
  }
  const { year, location, ...rest } = data;
  return {
    ...rest,
    location: location ?? null,
    regencyCode,
    districtCode: official.parentCode ?? '',
    districtName: ref.districts.get(official.parentCode ?? '')?.name ?? '',
    year: typeof year === 'number' ? year : null,
    yearBefore: typeof year === 'number' ? null : year.before,
    body: entry.body,
    file: entry.file,
  };
}
