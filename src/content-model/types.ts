/** The content set after validation and resolution: what pages and the sync consume. */
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
