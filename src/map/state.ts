/**
 * The map's state in the URL: a public interface (docs/map.md), so a shared link restores the same view. Every
 * parameter is optional; defaults are left out of the URL; unknown or malformed values are dropped, never fatal.
 *
 *   province=61            filter to a province           regency=61.03        filter to a regency
 *   status=formed,target   village statuses shown          year=2023            program year
 *   layer=villages         choropleth: Desa Bersinar villages per regency, or an indicator id (percent of target)
 *   center=109.6,0.12      view centre, lng,lat            zoom=4               scale relative to all of Indonesia
 *   selected=61.03.10.2001 the selected province, regency or village (its details panel is open)
 */
import { POINT_STATUSES, type PointStatus } from './codec.ts';

export interface MapState {
  province: string | null;
  regency: string | null;
  /** Statuses drawn; all four by default. */
  status: PointStatus[];
  year: number | null;
  /** `villages` or an indicator id. */
  layer: string;
  /** The geographic centre of the view; null for the default view's (the centre of Indonesia's box). */
  center: [number, number] | null;
  /** d3-zoom's scale k: 1 shows all of Indonesia, whatever the screen size. */
  zoom: number;
  selected: string | null;
}

export const DEFAULT_LAYER = 'villages';
export const MAX_ZOOM = 256;

export const defaultState = (): MapState => ({
  province: null,
  regency: null,
  status: [...POINT_STATUSES],
  year: null,
  layer: DEFAULT_LAYER,
  center: null,
  zoom: 1,
  selected: null,
});

const PROVINCE = /^\d{2}$/;
const REGENCY = /^\d{2}\.\d{2}$/;
const AREA = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const LAYER = /^[a-z0-9-]{1,60}$/;

const number = (text: string | null) => (text !== null && text.trim() !== '' ? Number(text) : Number.NaN);

/** Reads a query string (`?province=61&zoom=4`), keeping only well-formed values. */
export function parseState(search: string): MapState {
  const params = new URLSearchParams(search);
  const state = defaultState();
  const get = (name: string) => params.get(name);
  const province = get('province');
  if (province && PROVINCE.test(province)) state.province = province;
  const regency = get('regency');
  if (regency && REGENCY.test(regency)) {
    state.regency = regency;
    state.province = regency.slice(0, 2);
  }
  const status = get('status');
  if (status !== null) {
    const wanted = status.split(',').filter((s): s is PointStatus => POINT_STATUSES.includes(s as PointStatus));
    state.status = POINT_STATUSES.filter((s) => wanted.includes(s));
  }
  const year = number(get('year'));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) state.year = year;
  const layer = get('layer');
  if (layer && LAYER.test(layer)) state.layer = layer;
  const center = (get('center') ?? '').split(',').map((v) => number(v));
  if (center.length === 2 && Math.abs(center[0]) <= 180 && Math.abs(center[1]) <= 90) {
    state.center = [center[0], center[1]];
  }
  const zoom = number(get('zoom'));
  if (zoom >= 1 && zoom <= MAX_ZOOM) state.zoom = zoom;
  const selected = get('selected');
  if (selected && AREA.test(selected)) state.selected = selected;
  return state;
}

const round = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** The query string for a state (`?…`, or '' when everything is default), in a stable order. */
export function serializeState(state: MapState): string {
  const params = new URLSearchParams();
  if (state.regency) params.set('regency', state.regency);
  else if (state.province) params.set('province', state.province);
  if (state.status.length !== POINT_STATUSES.length) params.set('status', state.status.join(','));
  if (state.year !== null) params.set('year', String(state.year));
  if (state.layer !== DEFAULT_LAYER) params.set('layer', state.layer);
  if (state.center) params.set('center', `${round(state.center[0], 4)},${round(state.center[1], 4)}`);
  if (round(state.zoom, 2) !== '1') params.set('zoom', round(state.zoom, 2));
  if (state.selected) params.set('selected', state.selected);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** Whether two states differ in anything but the view (centre and zoom): such changes get their own history entry. */
export function differsBeyondView(a: MapState, b: MapState): boolean {
  const strip = (s: MapState) => serializeState({ ...s, center: null, zoom: 1 });
  return strip(a) !== strip(b);
}
