/**
 * The tests' own oracle: plain facts read straight from the Markdown files under `content/` (frontmatter parsed with
 * the `yaml` package) and from the CSV files of `idn-area-data`, with none of the code under test (no
 * src/content-model, src/lib, src/sync or functions/). What the API answers is compared with these facts, and every
 * number derived from them (counts, sums, percentages) is computed here or in the test, by its own arithmetic.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The village statuses, as the README and the API document name them (`{ proposed, target, formed }`). */
export const STATUSES = ['proposed', 'target', 'formed'] as const;
export type Status = (typeof STATUSES)[number];
export type Counts = Record<Status, number>;

export interface OracleRegency {
  /** The folder name under content/regencies/, which is also the slug. */
  folder: string;
  slug: string;
  code: string;
  name: string;
  provinceCode: string;
  office: { name: string; head: string | null; address: string | null; source: string } | null;
}

export interface OracleVillage {
  /** Folder of the regency the file sits in. */
  regency: string;
  code: string;
  name: string;
  sourceName: string | null;
  status: Status;
  /** `year: 2023` gives 2023 here and null in yearBefore; `year: { before: 2023 }` the other way round. */
  year: number | null;
  yearBefore: number | null;
  sources: string[];
  regencyCode: string;
  districtCode: string;
  provinceCode: string;
}

export interface OracleFigure {
  indicator: string;
  target: number | null;
  realization: number | null;
  index: number | null;
  /** The figure's own source, else the report's first source (the rule the schema documents). */
  source: string;
}

export interface OracleReport {
  regency: string;
  regencyCode: string;
  provinceCode: string;
  year: number;
  title: string;
  sources: string[];
  figures: OracleFigure[];
}

export interface OracleIndicator {
  id: string;
  program: string;
  label: { id: string; en: string };
  unit: string;
  higherIsBetter: boolean;
  indexLabel: { id: string; en: string } | null;
  order: number;
}

export interface OracleNews {
  /** `<regency folder>/<file name without .md>`. */
  id: string;
  regency: string;
  title: string;
  date: string;
  source: {
    publisher: string;
    site: string;
    url: string | null;
    title: string | null;
    published: string | null;
  };
}

export interface Oracle {
  regencies: OracleRegency[];
  villages: OracleVillage[];
  reports: OracleReport[];
  /** In the content's order: `order`, then id. */
  indicators: OracleIndicator[];
  news: OracleNews[];
}

type Data = Record<string, any>;

/** The YAML between the two `---` lines at the top of a Markdown file. */
export function frontmatter(path: string): Data {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter`);
  return parse(match[1]) as Data;
}

const markdown = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const provinceOf = (code: string) => code.slice(0, 2);

/** Every fact of a content folder (default: the real `content/`). */
export function readOracle(root = 'content'): Oracle {
  const indicators = markdown(join(root, 'indicators'))
    .map((file): OracleIndicator => {
      const d = frontmatter(join(root, 'indicators', file));
      return {
        id: file.replace(/\.md$/, ''),
        program: d.program,
        label: { id: d.label.id, en: d.label.en },
        unit: d.unit,
        higherIsBetter: d.higherIsBetter,
        indexLabel: d.indexLabel ? { id: d.indexLabel.id, en: d.indexLabel.en } : null,
        order: d.order,
      };
    })
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

  const regencies: OracleRegency[] = [];
  const villages: OracleVillage[] = [];
  const reports: OracleReport[] = [];
  const news: OracleNews[] = [];
  const regencyRoot = join(root, 'regencies');
  const folders = readdirSync(regencyRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const folder of folders) {
    const dir = join(regencyRoot, folder);
    const profile = frontmatter(join(dir, 'index.md'));
    const code = String(profile.code);
    regencies.push({
      folder,
      slug: folder,
      code,
      name: profile.name,
      provinceCode: provinceOf(code),
      office: profile.office
        ? {
            name: profile.office.name,
            head: orNull(profile.office.head),
            address: orNull(profile.office.address),
            source: profile.office.source,
          }
        : null,
    });
    for (const file of markdown(join(dir, 'villages'))) {
      const d = frontmatter(join(dir, 'villages', file));
      const villageCode = String(d.code);
      const before = typeof d.year === 'object' && d.year !== null;
      villages.push({
        regency: folder,
        code: villageCode,
        name: d.name,
        sourceName: orNull(d.sourceName),
        status: d.status,
        year: before ? null : d.year,
        yearBefore: before ? d.year.before : null,
        sources: d.sources,
        regencyCode: villageCode.slice(0, 5),
        districtCode: villageCode.slice(0, 8),
        provinceCode: provinceOf(villageCode),
      });
    }
    for (const file of markdown(join(dir, 'reports'))) {
      const d = frontmatter(join(dir, 'reports', file));
      reports.push({
        regency: folder,
        regencyCode: code,
        provinceCode: provinceOf(code),
        year: d.year,
        title: d.title,
        sources: d.sources,
        figures: (d.figures ?? []).map(
          (f: Data): OracleFigure => ({
            indicator: f.indicator,
            target: orNull(f.target),
            realization: orNull(f.realization),
            index: orNull(f.index),
            source: f.source ?? d.sources[0],
          }),
        ),
      });
    }
    for (const file of markdown(join(dir, 'news'))) {
      const d = frontmatter(join(dir, 'news', file));
      news.push({
        id: `${folder}/${file.replace(/\.md$/, '')}`,
        regency: folder,
        title: d.title,
        date: String(d.date),
        source: {
          publisher: d.source.publisher,
          site: d.source.site,
          url: orNull(d.source.url),
          title: orNull(d.source.title),
          published: d.source.published === undefined ? null : String(d.source.published),
        },
      });
    }
  }
  return { regencies, villages, reports, indicators, news };
}

// ---- Derived facts, by the tests' own arithmetic -------------------------------------------------------------------

/** Villages by status, zero for a status no village has. */
export function countByStatus(villages: Pick<OracleVillage, 'status'>[]): Counts {
  const counts: Counts = { proposed: 0, target: 0, formed: 0 };
  for (const v of villages) counts[v.status]++;
  return counts;
}

/** realization / target × 100, one decimal; null when the target is 0 or absent, or the realization absent. */
export function expectedPercent(target: number | null | undefined, realization: number | null | undefined) {
  if (target === null || target === undefined || target === 0) return null;
  if (realization === null || realization === undefined) return null;
  return Math.round((realization * 1000) / target) / 10;
}

/** The year key a village is counted under: "2023", or "before-2023" for `year: { before: 2023 }`. */
export const yearKey = (v: Pick<OracleVillage, 'year' | 'yearBefore'>) =>
  v.year === null ? `before-${v.yearBefore}` : String(v.year);

/** The source object the API should give for a news id: every field of the news file, null when absent. */
export function expectedSource(oracle: Oracle, id: string) {
  const n = oracle.news.find((x) => x.id === id);
  if (!n) throw new Error(`no news file for source ${id}`);
  return {
    id: n.id,
    publisher: n.source.publisher,
    site: n.source.site,
    url: n.source.url,
    title: n.source.title,
    date: n.date,
    published: n.source.published,
  };
}

// ---- The official reference, from idn-area-data's CSV files ------------------------------------------------------

export interface OfficialRow {
  code: string;
  name: string;
  /** The code of the area it belongs to (none for a province). */
  parent: string;
}

export interface Official {
  provinces: OfficialRow[];
  regencies: OfficialRow[];
  districts: OfficialRow[];
  villages: OfficialRow[];
  province: Map<string, OfficialRow>;
  regency: Map<string, OfficialRow>;
  district: Map<string, OfficialRow>;
  village: Map<string, OfficialRow>;
}

const DATA = 'node_modules/idn-area-data/data';

/** RFC 4180 CSV: quoted fields may hold commas and `""` for a quote. Returns the rows after the header, by name. */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

let official: Official | undefined;

/** The official provinces, regencies, districts and villages (read once). */
export function readOfficial(): Official {
  if (official) return official;
  const rows = (file: string, parent: string | null) =>
    readCsv(join(DATA, file)).map((r) => ({ code: r.code, name: r.name, parent: parent ? r[parent] : '' }));
  const provinces = rows('provinces.csv', null);
  const regencies = rows('regencies.csv', 'province_code');
  const districts = rows('districts.csv', 'regency_code');
  const villages = rows('villages.csv', 'district_code');
  const byCode = (list: OfficialRow[]) => new Map(list.map((r) => [r.code, r]));
  official = {
    provinces,
    regencies,
    districts,
    villages,
    province: byCode(provinces),
    regency: byCode(regencies),
    district: byCode(districts),
    village: byCode(villages),
  };
  return official;
}

/** A name folded for prefix search: NFKD, marks removed, lower case, every run of other characters one space. */
export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mn}|\p{Mc}|\p{Me}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
