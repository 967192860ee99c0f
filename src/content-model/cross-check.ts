/**
 * Checks what a single file cannot know: references between files (indicator ids, sources), and codes and names
 * against the official Kemendagri reference. Produces the resolved content set used by pages and the sync.
 */
import { relative } from 'node:path';
import { fieldName } from './frontmatter.ts';
import type { Reference } from './reference.ts';
import type { Indicator, Regency, Report, Village } from './schema.ts';
import { closest } from './suggest.ts';
import type {
  ContentSet,
  Entry,
  Problem,
  RawContent,
  ResolvedRegency,
  ResolvedReport,
  ResolvedVillage,
} from './types.ts';

export type {
  ContentSet,
  ResolvedFigure,
  ResolvedIndicator,
  ResolvedNews,
  ResolvedRegency,
  ResolvedReport,
  ResolvedVillage,
  VillageLocation,
} from './types.ts';

type Complain = (entry: Entry<unknown>, path: PropertyKey[], message: string, expected?: string) => void;
type CheckSource = (entry: Entry<unknown>, path: PropertyKey[], id: string | undefined) => void;

const didYouMean = (expected: string, suggestion: string | undefined) =>
  suggestion ? `${expected}; maksud Anda "${suggestion}"?` : expected;

const idsOf = (found: Set<string>, kind: string) =>
  [...found].filter((f) => f.startsWith(`${kind}:`)).map((f) => f.slice(kind.length + 1));

export function crossCheck(
  raw: RawContent,
  ref: Reference,
  problems: Problem[],
  regencyDir: string,
  root: string,
): ContentSet {
  const out: ContentSet = { indicators: [], regencies: [], reports: [], villages: [], news: [] };
  out.indicators = raw.indicators.map((i) => ({ id: i.id, ...i.data, description: i.body }));
  const indicators = new Map(out.indicators.map((i) => [i.id, i]));
  const complain: Complain = (entry, path, message, expected) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, expected });
  const newsIds = idsOf(raw.found, 'news');
  const checkSource: CheckSource = (entry, path, id) => {
    if (id === undefined || raw.found.has(`news:${id}`)) return;
    const folder = `${id.split('/')[0]}/`;
    const inFolder = newsIds.filter((n) => n.startsWith(folder));
    const known = inFolder.length
      ? `salah satu id berita: ${inFolder.join(', ')}`
      : `id berita: <folder>/<nama berkas di news/ tanpa .md>`;
    complain(entry, path, `sumber "${id}" tidak ada`, didYouMean(known, closest(id, newsIds)));
  };
  const villageFiles = new Map<string, Entry<Village>>();
  const regencyFiles = new Map<string, Entry<Regency>>();

  for (const folder of raw.regencies) {
    const regency = resolveRegency(folder.profile, folder.slug, ref, complain);
    if (!regency) continue;
    const twin = regencyFiles.get(regency.code);
    if (twin) {
      const expected = 'satu folder per kabupaten/kota: gabungkan isinya ke satu folder';
      complain(folder.profile, ['code'], `kode ${regency.code} sudah dipakai di ${twin.file}`, expected);
      complain(twin, ['code'], `kode ${regency.code} juga dipakai di ${folder.profile.file}`, expected);
      continue;
    }
    regencyFiles.set(regency.code, folder.profile);
    checkSource(folder.profile, ['office', 'source'], folder.profile.data.office?.source);
    out.regencies.push(regency);

    for (const news of folder.news) {
      if (!news.id.split('/')[1].startsWith(`${news.data.date}-`)) {
        const expected = `nama berkas news/${news.data.date}-<judul-singkat>.md`;
        complain(news, ['date'], 'tanggal tidak sama dengan awal nama berkas', expected);
      }
      out.news.push({ ...news.data, id: news.id, regencyCode: regency.code, body: news.body, file: news.file });
    }

    for (const entry of folder.reports) {
      out.reports.push(resolveReport(entry, regency.code, indicators, raw.found, complain, checkSource));
    }

    for (const entry of folder.villages) {
      for (const [i, s] of entry.data.sources.entries()) checkSource(entry, ['sources', i], s);
      const village = resolveVillage(entry, regency.code, ref, complain);
      if (!village) continue;
      const other = villageFiles.get(village.code);
      if (other) {
        const expected = 'satu desa, satu berkas: gabungkan keduanya dan hapus yang lain';
        complain(entry, ['code'], `desa ${village.code} juga ditulis di ${other.file}`, expected);
        complain(other, ['code'], `desa ${village.code} juga ditulis di ${entry.file}`, expected);
        out.villages = out.villages.filter((v) => v.code !== village.code);
        continue;
      }
      villageFiles.set(village.code, entry);
      out.villages.push(village);
    }
  }
  if (raw.regencies.length === 0) {
    const file = relative(root, regencyDir);
    problems.push({
      file,
      line: 1,
      field: '',
      message: 'tidak ada folder kabupaten/kota',
      expected: 'content/regencies/<nama>/index.md',
    });
  }
  return out;
}

function resolveRegency(
  profile: Entry<Regency>,
  slug: string,
  ref: Reference,
  complain: Complain,
): ResolvedRegency | undefined {
  const { code, name, office } = profile.data;
  const official = ref.regencies.get(code);
  if (!official) {
    const byName = [...ref.regencies.values()].find((r) => r.name.toLowerCase() === name.toLowerCase());
    const guess = byName?.code ?? closest(code, ref.regencies.keys(), 1);
    const message = `kode kabupaten/kota "${code}" tidak ada dalam daftar resmi Kemendagri`;
    complain(profile, ['code'], message, didYouMean('kode resmi kabupaten/kota', guess));
    return undefined;
  }
  if (official.name !== name) {
    complain(profile, ['name'], `nama "${name}" berbeda dari nama resmi untuk ${code}`, `name: ${official.name}`);
  }
  return {
    slug,
    code,
    name: official.name,
    provinceCode: official.parentCode ?? '',
    provinceName: ref.provinces.get(official.parentCode ?? '')?.name ?? '',
    office: office ?? null,
    body: profile.body,
    file: profile.file,
  };
}

function resolveReport(
  entry: Entry<Report>,
  regencyCode: string,
  indicators: Map<string, Indicator>,
  found: Set<string>,
  complain: Complain,
  checkSource: CheckSource,
): ResolvedReport {
  const { data } = entry;
  if (entry.id.split('/')[1] !== String(data.year)) {
    complain(
      entry,
      ['year'],
      `tahun ${data.year} tidak sama dengan nama berkas`,
      `nama berkas reports/${data.year}.md`,
    );
  }
  for (const [i, s] of data.sources.entries()) checkSource(entry, ['sources', i], s);
  const indicatorIds = idsOf(found, 'indicator');
  const seen = new Set<string>();
  const figures = data.figures.map((figure, i) => {
    const at = (...path: PropertyKey[]) => ['figures', i, ...path];
    if (!found.has(`indicator:${figure.indicator}`)) {
      const expected = didYouMean('id berkas di content/indicators/', closest(figure.indicator, indicatorIds));
      complain(entry, at('indicator'), `indikator "${figure.indicator}" tidak ada`, expected);
    }
    if (seen.has(figure.indicator)) {
      complain(
        entry,
        at('indicator'),
        `indikator "${figure.indicator}" ditulis dua kali`,
        'satu angka per indikator per laporan',
      );
    }
    seen.add(figure.indicator);
    checkSource(entry, at('source'), figure.source);
    for (const part of indicators.get(figure.indicator)?.requires ?? []) {
      if (figure[part] === undefined) {
        const expected = `${part}: <angka> (indikator ${figure.indicator} selalu dilaporkan dengan ${part})`;
        complain(entry, at(part), `${part} tidak diisi`, expected);
      }
    }
    const parts = figure.breakdown ?? [];
    for (const field of ['target', 'realization'] as const) {
      const total = figure[field];
      if (total === undefined || parts.length === 0 || parts.some((p) => p[field] === undefined)) continue;
      const sum = parts.reduce((n, p) => n + (p[field] ?? 0), 0);
      if (sum !== total) {
        complain(
          entry,
          at('breakdown'),
          `jumlah ${field} rincian ${sum}, padahal ${field} ${total}`,
          `rincian berjumlah ${total}`,
        );
      }
    }
    return { ...figure, source: figure.source ?? data.sources[0] };
  });
  return { ...data, id: entry.id, regencyCode, figures, body: entry.body, file: entry.file };
}

function resolveVillage(
  entry: Entry<Village>,
  regencyCode: string,
  ref: Reference,
  complain: Complain,
): ResolvedVillage | undefined {
  const { data } = entry;
  const regencyName = (code: string) => `${ref.regencies.get(code)?.name ?? code} (${code})`;
  const official = ref.villages.get(data.code);
  if (!official) {
    const inRegency = [...ref.villages.values()].filter((v) => v.code.startsWith(`${regencyCode}.`));
    const byName = inRegency.filter((v) => v.name.toLowerCase() === data.name.toLowerCase());
    const guess =
      byName.length === 1
        ? byName[0].code
        : closest(
            data.code,
            inRegency.map((v) => v.code),
            1,
          );
    const label = guess ? `${guess} (${ref.villages.get(guess)?.name})` : undefined;
    const expected = didYouMean(`kode resmi desa di ${regencyName(regencyCode)}`, label);
    complain(entry, ['code'], `kode desa "${data.code}" tidak ada dalam daftar resmi Kemendagri`, expected);
    return undefined;
  }
  const villageRegency = data.code.slice(0, 5);
  if (villageRegency !== regencyCode) {
    complain(
      entry,
      ['code'],
      `desa ${data.code} ada di ${regencyName(villageRegency)}, bukan di ${regencyName(regencyCode)}`,
      `berkas di folder ${regencyName(villageRegency)}, atau kode desa dari ${regencyName(regencyCode)}`,
    );
    return undefined;
  }
  if (official.name !== data.name) {
    const expected = `name: ${official.name} (ejaan sumber boleh ditulis di sourceName)`;
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
