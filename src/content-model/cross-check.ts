/**
 * Checks what a single file cannot know: references between files (indicator ids, sources), and codes and names
 * against the official Kemendagri reference. Produces the resolved content set used by pages and the sync.
 */
import { relative } from 'node:path';
import { fieldName } from './frontmatter.ts';
import type { Entry, Problem, RawContent } from './load.ts';
import type { Reference } from './reference.ts';
import type { Figure, Indicator, News, Report, Village } from './schema.ts';

export interface ResolvedIndicator extends Indicator {
  id: string;
  description: string;
}

export interface ResolvedNews extends News {
  id: string;
  regencyCode: string;
  body: string;
  file: string;
}

export interface ResolvedRegency {
  slug: string;
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  office: { name: string; head?: string; address?: string; source: string } | null;
  body: string;
  file: string;
}

export interface ResolvedFigure extends Omit<Figure, 'source'> {
  /** Always set: the figure's own source or the report's first source. */
  source: string;
}

export interface ResolvedReport extends Omit<Report, 'figures'> {
  id: string;
  regencyCode: string;
  figures: ResolvedFigure[];
  body: string;
  file: string;
}

export interface VillageLocation {
  lat: number;
  lng: number;
  /** Strongest first: surveyed by an editor, centroid of the official village area, centroid of its district. */
  precision: 'surveyed' | 'village-centroid' | 'district-centroid';
}

export interface ResolvedVillage extends Omit<Village, 'year' | 'location'> {
  /** null until located (see geo.ts withLocations), or when no location is known. */
  location: VillageLocation | null;
  regencyCode: string;
  districtCode: string;
  districtName: string;
  /** The year, or null when the source only says "before" `yearBefore`. */
  year: number | null;
  yearBefore: number | null;
  body: string;
  file: string;
}

export interface ContentSet {
  indicators: ResolvedIndicator[];
  regencies: ResolvedRegency[];
  reports: ResolvedReport[];
  villages: ResolvedVillage[];
  news: ResolvedNews[];
}

type Complain = (entry: Entry<unknown>, path: PropertyKey[], message: string) => void;

export function crossCheck(
  raw: RawContent,
  ref: Reference,
  problems: Problem[],
  regencyDir: string,
  root: string,
): ContentSet {
  const out: ContentSet = { indicators: [], regencies: [], reports: [], villages: [], news: [] };
  out.indicators = raw.indicators.map((i) => ({ id: i.id, ...i.data, description: i.body }));
  const complain: Complain = (entry, path, message) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldName(path), message });
  const checkSource = (entry: Entry<unknown>, path: PropertyKey[], id: string | undefined) => {
    if (id !== undefined && !raw.found.has(`news:${id}`)) {
      complain(
        entry,
        path,
        `sumber "${id}" tidak ada: buat berkas content/regencies/${id}.md atau perbaiki rujukannya`,
      );
    }
  };
  const villageFiles = new Map<string, string>();

  for (const folder of raw.regencies) {
    const { profile } = folder;
    const code = profile.data.code;
    const official = ref.regencies.get(code);
    if (!official) {
      complain(profile, ['code'], `kode kabupaten/kota "${code}" tidak ada dalam daftar resmi Kemendagri`);
      continue;
    }
    if (official.name !== profile.data.name) {
      complain(profile, ['name'], `nama resmi untuk ${code} adalah "${official.name}", bukan "${profile.data.name}"`);
    }
    checkSource(profile, ['office', 'source'], profile.data.office?.source);
    out.regencies.push({
      slug: folder.slug,
      code,
      name: official.name,
      provinceCode: official.parentCode ?? '',
      provinceName: ref.provinces.get(official.parentCode ?? '')?.name ?? '',
      office: profile.data.office ?? null,
      body: profile.body,
      file: profile.file,
    });

    for (const news of folder.news) {
      if (!news.id.split('/')[1].startsWith(`${news.data.date}-`)) {
        complain(
          news,
          ['date'],
          `nama berkas berita harus diawali tanggalnya: news/${news.data.date}-<judul-singkat>.md`,
        );
      }
      out.news.push({ ...news.data, id: news.id, regencyCode: code, body: news.body, file: news.file });
    }

    for (const entry of folder.reports) out.reports.push(resolveReport(entry, code, raw.found, complain, checkSource));

    for (const entry of folder.villages) {
      for (const [i, s] of entry.data.sources.entries()) checkSource(entry, ['sources', i], s);
      const village = resolveVillage(entry, code, ref, complain);
      if (!village) continue;
      const other = villageFiles.get(village.code);
      if (other) {
        complain(entry, ['code'], `desa ${village.code} sudah ada di ${other}: satu desa, satu berkas`);
        continue;
      }
      villageFiles.set(village.code, entry.file);
      out.villages.push(village);
    }
  }
  if (raw.regencies.length === 0) {
    problems.push({ file: relative(root, regencyDir), line: 1, field: '', message: 'tidak ada folder kabupaten/kota' });
  }
  return out;
}

function resolveReport(
  entry: Entry<Report>,
  regencyCode: string,
  found: Set<string>,
  complain: Complain,
  checkSource: (entry: Entry<unknown>, path: PropertyKey[], id: string | undefined) => void,
): ResolvedReport {
  const { data } = entry;
  if (entry.id.split('/')[1] !== String(data.year)) {
    complain(entry, ['year'], `nama berkas laporan harus sama dengan tahunnya: reports/${data.year}.md`);
  }
  for (const [i, s] of data.sources.entries()) checkSource(entry, ['sources', i], s);
  const seen = new Set<string>();
  const figures = data.figures.map((figure, i) => {
    const at = (...path: PropertyKey[]) => ['figures', i, ...path];
    if (!found.has(`indicator:${figure.indicator}`)) {
      complain(entry, at('indicator'), `indikator "${figure.indicator}" tidak ada di content/indicators/`);
    }
    if (seen.has(figure.indicator))
      complain(entry, at('indicator'), `indikator "${figure.indicator}" ditulis dua kali`);
    seen.add(figure.indicator);
    checkSource(entry, at('source'), figure.source);
    const parts = figure.breakdown ?? [];
    for (const field of ['target', 'realization'] as const) {
      const total = figure[field];
      if (total === undefined || parts.length === 0 || parts.some((p) => p[field] === undefined)) continue;
      const sum = parts.reduce((n, p) => n + (p[field] ?? 0), 0);
      if (sum !== total)
        complain(entry, at('breakdown'), `jumlah ${field} rincian (${sum}) tidak sama dengan ${field} (${total})`);
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
  const official = ref.villages.get(data.code);
  if (!official) {
    complain(entry, ['code'], `kode desa "${data.code}" tidak ada dalam daftar resmi Kemendagri`);
    return undefined;
  }
  const villageRegency = data.code.slice(0, 5);
  if (villageRegency !== regencyCode) {
    const name = (code: string) => `${ref.regencies.get(code)?.name ?? code} (${code})`;
    complain(
      entry,
      ['code'],
      `desa ${data.code} ada di ${name(villageRegency)}, bukan di ${name(regencyCode)}: pindahkan berkas ke folder kabupaten/kota yang benar`,
    );
    return undefined;
  }
  if (official.name !== data.name) {
    complain(
      entry,
      ['name'],
      `nama resmi desa ${data.code} adalah "${official.name}": tulis itu di name, dan ejaan sumber di sourceName`,
    );
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
