/**
 * The map's data (built from content at build time, served as /peta/data.json) and what the filters make of it:
 * pure functions, used by the page at build time and by the client.
 */
import { percentOfTarget } from '../lib/derived.ts';
import type { PointStatus } from './codec.ts';
import type { MapState } from './state.ts';

export type ProgramStatus = Exclude<PointStatus, 'none'>;

export interface MapVillage {
  code: string;
  name: string;
  status: ProgramStatus;
  year: number | null;
  /** "Formed before this year" when the source gives no exact year. */
  yearBefore: number | null;
}

export interface MapData {
  /** [code, name] of every official province. */
  provinces: [string, string][];
  /** [code, name, slug of its page or null] of every official regency. */
  regencies: [string, string, string | null][];
  /** The Desa Bersinar villages in content. */
  villages: MapVillage[];
  /** regency → indicator → year → [target, realization] (null when the source gives none). */
  figures: Record<string, Record<string, Record<string, [number | null, number | null]>>>;
  /** Report years, newest first. */
  years: number[];
}

/** Whether a village was in the program by the end of `year` (always, without a year). */
export function inProgramBy(village: Pick<MapVillage, 'year' | 'yearBefore'>, year: number | null): boolean {
  if (year === null) return true;
  if (village.year !== null) return village.year <= year;
  return village.yearBefore !== null && village.yearBefore - 1 <= year;
}

/** The Desa Bersinar villages the filters let through (status, year, province, regency). */
export function visibleVillages(data: MapData, state: MapState): MapVillage[] {
  return data.villages.filter(
    (v) =>
      state.status.includes(v.status) &&
      inProgramBy(v, state.year) &&
      (!state.province || v.code.startsWith(`${state.province}.`)) &&
      (!state.regency || v.code.startsWith(`${state.regency}.`)),
  );
}

/** Realization as percent of target (src/lib/derived.ts), or null. */
export const percentOf = (pair: [number | null, number | null] | undefined) =>
  pair ? percentOfTarget(pair[0], pair[1]) : null;

/** The year an indicator layer shows: the chosen one, else the newest year with data. */
export const layerYear = (data: MapData, state: MapState) => state.year ?? data.years[0] ?? null;

/** Each regency's choropleth value for the state's layer: a village count, or a percent of target (or null). */
export function regencyValues(data: MapData, state: MapState): Map<string, number | null> {
  const values = new Map<string, number | null>();
  if (state.layer === 'villages') {
    for (const [code] of data.regencies) values.set(code, 0);
    for (const v of visibleVillages(data, { ...state, province: null, regency: null })) {
      const code = v.code.slice(0, 5);
      values.set(code, (values.get(code) ?? 0) + 1);
    }
    return values;
  }
  const year = String(layerYear(data, state));
  for (const [code] of data.regencies) values.set(code, percentOf(data.figures[code]?.[state.layer]?.[year]));
  return values;
}
