/**
 * Everything beside the canvas that follows the map: the totals line, the list of regencies and villages in
 * view (the keyboard's and screen readers' way to every visible place) and the indicator columns of the table.
 */
import { numberToCode, POINT_STATUSES, type Points } from './codec.ts';
import { formatNumber, type MapConfig, type Tr } from './config.ts';
import { figureText } from './details.ts';
import type { Shown } from './filter-points.ts';
import type { Geometry } from './geometry.ts';
import { regenciesInView, villagesInView } from './in-view.ts';
import { type ListItem, renderList } from './list.ts';
import { loadedNames, namesOf } from './load.ts';
import { layerYear, type MapData, type MapVillage, percentOf, visibleVillages } from './model.ts';
import type { Projected, Transform } from './points-layer.ts';
import type { MapState } from './state.ts';
import { yieldToMain } from './tasks.ts';

/** The parts of the map the sidebar reads (MapApp provides them). */
export interface SidebarHost {
  root: HTMLElement;
  config: MapConfig;
  t: Tr;
  state: MapState;
  loaded: { data: MapData; points: Points };
  geometry: Geometry;
  projected: Projected;
  shown: Shown;
  values: Map<string, number | null>;
  view: { width: number; height: number; t: Transform };
  select(code: string | null, options?: { zoom?: boolean }): void;
}

/** At most this many villages are listed; beyond it the list asks to zoom in. */
export const VILLAGE_LIST_LIMIT = 300;

export class Sidebar {
  private timer = 0;
  private host: SidebarHost;
  private held = false;

  constructor(host: SidebarHost) {
    this.host = host;
  }

  /** Holds every update (while the map starts: its first image comes first). */
  hold(): void {
    this.held = true;
  }

  /** Ends a hold and catches up: the totals and the table, then each list in a task of its own. */
  async release(): Promise<void> {
    this.held = false;
    if (!this.host.geometry) return;
    this.totals();
    this.table();
    await yieldToMain();
    this.listRegencies();
    await yieldToMain();
    this.listVillages();
  }

  /** During a gesture: refresh the list once it pauses. */
  moved(): void {
    window.clearTimeout(this.timer);
    if (this.held) return;
    this.timer = window.setTimeout(() => this.viewChanged(), 250);
  }

  /** The view moved: only the list depends on it. */
  viewChanged(): void {
    window.clearTimeout(this.timer);
    if (this.host.geometry && !this.held) this.list();
  }

  /** Filters, layer or selection changed. */
  refresh(): void {
    window.clearTimeout(this.timer);
    if (!this.host.geometry || this.held) return;
    this.totals();
    this.table();
    this.list();
  }

  private n = (v: number) => formatNumber(this.host.config.locale, v);

  /** Points on the map, and Desa Bersinar villages the filters let through (located or not). */
  private totals(): void {
    const set = (key: string, value: number) => {
      const element = this.host.root.querySelector(`[data-total="${key}"]`);
      if (element) element.textContent = this.n(value);
    };
    set(
      'shown',
      this.host.shown.counts.reduce((a, b) => a + b, 0),
    );
    const program = visibleVillages(this.host.loaded.data, this.host.state);
    for (const status of POINT_STATUSES.slice(1)) set(status, program.filter((v) => v.status === status).length);
  }

  private table(): void {
    const { state, loaded, config, t } = this.host;
    const layer = state.layer === 'villages' ? 'desa-bersinar-formed' : state.layer;
    const year = layerYear(loaded.data, state);
    const indicator = config.indicators.find((i) => i.id === layer);
    // The cells show one indicator and year (the build's, at first): rewrite them only when that changes.
    const section = document.querySelector<HTMLElement>('.map-table');
    const shows = { layer, year: String(year ?? '') };
    if (section?.dataset.layer === shows.layer && section.dataset.year === shows.year) return;
    if (section) Object.assign(section.dataset, shows);
    const heading = document.querySelector('[data-table-indicator]');
    if (heading && indicator)
      heading.textContent = t('map.table.indicator', { indicator: indicator.label, year: year ?? '–' });
    for (const row of document.querySelectorAll<HTMLElement>('.map-table tr[data-regency]')) {
      const pair = year === null ? undefined : loaded.data.figures[row.dataset.regency ?? '']?.[layer]?.[year];
      const cell = (field: string, text: string) => {
        const td = row.querySelector(`[data-field="${field}"]`);
        if (td && td.textContent !== text) td.textContent = text;
      };
      const value = (v: number | null | undefined) => (v === null || v === undefined ? '–' : this.n(v));
      const percent = percentOf(pair);
      cell('target', value(pair?.[0]));
      cell('realization', value(pair?.[1]));
      cell('percent', percent === null ? '–' : `${this.n(percent)}%`);
    }
  }

  private list(): void {
    this.listRegencies();
    this.listVillages();
  }

  private get viewport() {
    const view = this.host.view;
    return { width: view.width, height: view.height, transform: view.t };
  }

  private section(): HTMLElement | null {
    const section = this.host.root.querySelector<HTMLElement>('#map-list');
    if (section?.hidden) {
      section.hidden = false;
      const summary = section.querySelector('#map-list-summary');
      if (summary) summary.textContent = this.host.t('map.list.summary');
    }
    return section;
  }

  private listRegencies(): void {
    const host = this.host;
    const { t, state } = host;
    const section = this.section();
    if (!section) return;
    const { regency, province } = state;
    const inFilter = (c: string) => (regency ? c === regency : province ? c.startsWith(`${province}.`) : true);
    // By name, in the reader's order (ranked by the worker: an Intl.Collator takes a phone tens of milliseconds).
    const regencies = regenciesInView(host.geometry, this.viewport, inFilter).sort((a, b) => a.rank - b.rank);
    const regencyItems: ListItem[] = regencies.map((r) => ({
      code: r.code,
      label: r.name,
      detail: this.valueText(r.code),
      current: state.selected === r.code,
    }));
    renderList(
      section.querySelector('#map-list-regencies') as HTMLElement,
      t('map.list.regencies', { count: this.n(regencies.length) }),
      regencyItems,
      '',
      (code) => host.select(code, { zoom: true }),
    );
  }

  private listVillages(): void {
    const host = this.host;
    const { t } = host;
    const section = this.section();
    if (!section) return;
    const villages = villagesInView(host.projected, host.shown.shown, this.viewport, VILLAGE_LIST_LIMIT);
    const wanted = new Set(villages.indexes.map((i) => this.codeAt(i).slice(0, 5)));
    const missing = [...wanted].filter((r) => !loadedNames(r));
    if (missing.length > 0 && missing.length <= 8) {
      Promise.all(missing.map((r) => namesOf(host.config.urls, r))).then(() => this.list());
    }
    const villageItems = villages.indexes.map((i) => this.villageItem(i));
    const note = villages.total > VILLAGE_LIST_LIMIT ? t('map.list.zoomIn', { count: this.n(villages.total) }) : '';
    renderList(
      section.querySelector('#map-list-villages') as HTMLElement,
      t('map.list.villages', { count: this.n(villages.total) }),
      villageItems,
      note,
      (code) => host.select(code, { zoom: true }),
    );
  }

  private codeAt = (i: number) => numberToCode(this.host.loaded.points.codes[i]);
  private programByCode: Map<string, MapVillage> | null = null;

  private villageItem(i: number): ListItem {
    const { t, state, loaded } = this.host;
    const code = this.codeAt(i);
    const names = loadedNames(code.slice(0, 5));
    this.programByCode ??= new Map(loaded.data.villages.map((v) => [v.code, v]));
    const program = this.programByCode.get(code);
    const status = POINT_STATUSES[this.host.shown.shown[i]] ?? 'none';
    return {
      code,
      label: names?.villages[code] ?? program?.name ?? code,
      detail: status === 'none' ? t('map.status.none') : t(`status.${status}`),
      current: state.selected === code,
    };
  }

  /** A regency's layer value in words: "5 Desa Bersinar" or "400%" / "no figure". */
  private valueText(code: string): string {
    const { t, state } = this.host;
    if (state.layer === 'villages') return t('map.value.villages', { count: this.n(this.host.values.get(code) ?? 0) });
    return figureText({ ...this.host, data: this.host.loaded.data, points: this.host.loaded.points }, code);
  }
}
