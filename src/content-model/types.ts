/** The content set after validation and resolution: what pages and the sync consume. */
import type { LocationPrecision } from '../lib/vocabulary.ts';
import type { Figure, Indicator, News, Regency, Report, Village } from './schema.ts';

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
  precision: LocationPrecision;
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

// ---- Files as read, before cross-checking -------------------------------------------------------------------------

export interface Problem {
  file: string;
  line: number;
  /** `figures[2].target`; empty for a problem with the whole file. */
  field: string;
  /** What is wrong, with the value found. */
  message: string;
  /** What is expected instead, with a "did you mean" when a near miss is likely. */
  expected?: string;
}

export interface Entry<T> {
  /** Stable id: indicator id, regency slug, `<slug>/<year>`, village code, `<slug>/<news file>`. */
  id: string;
  /** Path relative to the project root, as editors see it. */
  file: string;
  data: T;
  body: string;
  /** 1-based line of a field in the file, for problems found after parsing. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface RegencyFolder {
  slug: string;
  profile: Entry<Regency>;
  reports: Entry<Report>[];
  villages: Entry<Village>[];
  news: Entry<News>[];
}

export interface RawContent {
  indicators: Entry<Indicator>[];
  regencies: RegencyFolder[];
  /** `<kind>:<id>` of every file found, valid or not, so one broken file does not also break every reference to it. */
  found: Set<string>;
}
