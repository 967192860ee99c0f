/**
 * Checks what a single file cannot know: references between files (indicator ids, sources), and codes and names
 * against the official Kemendagri reference. Produces the resolved content set used by pages and the sync.
 */
import { relative } from 'node:path';
import { type Complain, placeOf } from './complain.ts';
import { checkFileNames } from './file-names.ts';
import { fieldName } from './frontmatter.ts';
import type { Reference } from './reference.ts';
import { resolveVillage } from './resolve-village.ts';
import type { Indicator, Regency, Report, Village } from './schema.ts';
import { closest } from './suggest.ts';
import type { ContentSet, Entry, Problem, RawContent, ResolvedRegency, ResolvedReport } from './types.ts';
import { foldedName } from './village-names.ts';

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
  const folderOf = new Map(raw.regencies.map((f) => [f.profile.data.code, f.slug]));

  for (const folder of raw.regencies) {
    const regency = resolveRegency(folder.profile, folder.slug, ref, complain);
    if (!regency) continue;
    const twin = regencyFiles.get(regency.code);
    if (twin) {
      const expected = 'satu folder per kabupaten/kota: gabungkan isinya ke satu folder';
      complain(folder.profile, ['code'], `kode ${regency.code} sudah dipakai di ${placeOf(twin, ['code'])}`, expected);
      complain(twin, ['code'], `kode ${regency.code} juga dipakai di ${placeOf(folder.profile, ['code'])}`, expected);
      continue;
    }
    regencyFiles.set(regency.code, folder.profile);
    checkSource(folder.profile, ['office', 'source'], folder.profile.data.office?.source);
    out.regencies.push(regency);

    checkFileNames(folder, complain);
    for (const news of folder.news) {
      out.news.push({ ...news.data, id: news.id, regencyCode: regency.code, body: news.body, file: news.file });
    }

    for (const entry of folder.reports) {
      out.reports.push(resolveReport(entry, regency.code, indicators, raw.found, complain, checkSource));
    }

    for (const entry of folder.villages) {
      for (const [i, s] of entry.data.sources.entries()) checkSource(entry, ['sources', i], s);
      const village = resolveVillage(entry, regency.code, ref, complain, folderOf);
      if (!village) continue;
      const other = villageFiles.get(village.code);
      if (other) {
        const expected = 'satu desa, satu berkas: gabungkan keduanya dan hapus yang lain';
        complain(entry, ['code'], `desa ${village.code} juga ditulis di ${placeOf(other, ['code'])}`, expected);
        complain(other, ['code'], `desa ${village.code} juga ditulis di ${placeOf(entry, ['code'])}`, expected);
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
    const byName = [...ref.regencies.values()].find((r) => foldedName(r.name) === foldedName(name));
    const guess = byName ?? ref.regencies.get(closest(code, ref.regencies.keys(), 1) ?? '');
    const message = `kode kabupaten/kota "${code}" tidak ada dalam daftar resmi Kemendagri`;
    const expected = guess
      ? `kode resmi kabupaten/kota; maksud Anda "${guess.code}" (${guess.name})?`
      : 'kode resmi kabupaten/kota dalam tanda kutip, mis. "61.03" untuk Kabupaten Sanggau';
    complain(profile, ['code'], message, expected);
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
  for (const [i, s] of data.sources.entries()) checkSource(entry, ['sources', i], s);
  const indicatorIds = idsOf(found, 'indicator');
  const seen = new Map<string, number>();
  const figures = data.figures.map((figure, i) => {
    const at = (...path: PropertyKey[]) => ['figures', i, ...path];
    if (!found.has(`indicator:${figure.indicator}`)) {
      const expected = didYouMean('id berkas di content/indicators/', closest(figure.indicator, indicatorIds));
      complain(entry, at('indicator'), `indikator "${figure.indicator}" tidak ada`, expected);
    }
    const first = seen.get(figure.indicator);
    if (first !== undefined) {
      const place = `figures[${first}], baris ${entry.lineOf(['figures', first, 'indicator'])}`;
      const expected = 'satu angka per indikator per laporan: gabungkan kedua butir menjadi satu, hapus yang lain';
      complain(entry, at('indicator'), `indikator "${figure.indicator}" ditulis dua kali (juga di ${place})`, expected);
    }
    if (first === undefined) seen.set(figure.indicator, i);
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
          `rincian berjumlah ${total} (periksa setiap angka rincian dengan sumber); atau ${field}: ${sum} bila totalnya yang salah`,
        );
      }
    }
    return { ...figure, source: figure.source ?? data.sources[0] };
  });
  return { ...data, id: entry.id, regencyCode, figures, body: entry.body, file: entry.file };
}
