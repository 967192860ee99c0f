/**
 * The interactive map: holds the state, recomputes what the filters show, draws through the View, and keeps the
 * URL, the controls, the legend, the panel and the list in step. Interaction (pointer, keys) and the sidebar
 * (list, totals, table) live in their own modules and call back in through plain functions.
 */
import type { GeoProjection } from 'd3-geo';
import { codeToNumber, indexOfCode } from './codec.ts';
import { formatNumber, type MapConfig, type Tr, translator } from './config.ts';
import { areaDetails, areaName, type DetailsContext, figureText, villageDetails } from './details.ts';
import { find } from './dom.ts';
import { filterPoints, programByNumber, type Shown } from './filter-points.ts';
import { Filters } from './filters.ts';
import { type Box, buildGeometry, type Geometry, geometrySteps, unionBox } from './geometry.ts';
import { buildHitIndex, type HitIndex, hitIndexSteps } from './hit.ts';
import { attachInteraction } from './interaction.ts';
import { updateLegend } from './legend.ts';
import { type Loaded, namesOf } from './load.ts';
import { regencyValues } from './model.ts';
import { Painter, type Scene } from './painter.ts';
import { type Palette, readPalette } from './palette.ts';
import { Panel } from './panel.ts';
import { type Projected, placePoints } from './points-layer.ts';
import { fitProjection, type ProjectionParams, paramsOf } from './projection.ts';
import { scaleFor } from './scales.ts';
import { type AreaIndex, areaIndex, type Hit } from './search.ts';
import { SearchBox } from './search-ui.ts';
import { Sidebar } from './sidebar.ts';
import { defaultState, differsBeyondView, type MapState, parseState, serializeState } from './state.ts';
import { runSliced, yieldToMain } from './tasks.ts';
import { View } from './view.ts';

export class MapApp {
  readonly t: Tr;
  state: MapState = defaultState();
  geometry!: Geometry;
  projected!: Projected;
  shown!: Shown;
  classes = new Map<string, number>();
  values = new Map<string, number | null>();
  focused: string | null = null;
  view!: View;
  private program;
  private palette: Palette;
  private hits: HitIndex | null = null;
  private panel: Panel;
  private filters: Filters;
  private sidebar: Sidebar;
  private restoring = false;
  /** The filters `recompute` last ran for, and a counter of changes to what the base layer shows. */
  private computedFor = '';
  private baseVersion = 0;
  private painter!: Painter;

  readonly root: HTMLElement;
  readonly config: MapConfig;
  readonly loaded: Loaded;

  constructor(root: HTMLElement, config: MapConfig, loaded: Loaded) {
    this.root = root;
    this.config = config;
    this.loaded = loaded;
    this.t = translator(config);
    const { data, points } = loaded;
    this.program = programByNumber(data.villages, codeToNumber);
    this.palette = readPalette(root);
    this.panel = new Panel(find(root, '#map-panel'), () => this.select(null));
    this.filters = new Filters(
      find(root, '#map-filters'),
      data,
      (patch) => this.update(patch, 'push', true),
      (a) => this.action(a),
    );
    let areas: AreaIndex | null = null;
    new SearchBox(find(root, '#map-search'), {
      index: () => {
        areas ??= areaIndex(data);
        return areas;
      },
      points,
      config,
      t: this.t,
      onPick: (hit) => this.pick(hit),
    });
    this.sidebar = new Sidebar(this);
  }

  /**
   * Puts the map on the page without a long task: the shapes for the stage's size are built a slice at a time,
   * then the filters from the URL are applied, the view set up, the first image drawn (firstImage) and pointer and
   * keys attached; the totals, the table and the list follow, each in tasks of their own.
   */
  async start(): Promise<void> {
    const stage = find(this.root, '#map-stage');
    const size = fitProjection(Math.max(1, stage.clientWidth), Math.max(1, stage.clientHeight));
    await yieldToMain();
    const paths = performance.now();
    this.geometry = await runSliced(geometrySteps(this.loaded.geometry, paramsOf(size)));
    performance.measure('map:paths', { start: paths, end: performance.now() });
    await yieldToMain();
    this.sidebar.hold();
    this.state = parseState(location.search);
    this.recompute();
    await yieldToMain();
    this.view = new View(stage, {
      resized: (projection) => this.reproject(projection),
      draw: (base, pointsCtx, frame) => this.painter?.draw(base, pointsCtx, frame),
      moved: () => this.sidebar.moved(),
      settled: () => this.settled(),
    });
    this.painter = new Painter(this.view, () => this.scene());
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.palette = readPalette(this.root);
      this.baseVersion++;
      this.view.request();
    });
    window.addEventListener('popstate', () => this.restore(parseState(location.search)));
    this.restore(this.state);
    await yieldToMain();
    await this.painter.firstImage();
    attachInteraction(this);
    await yieldToMain();
    await this.sidebar.release();
    void this.prepareHits();
  }

  /** The hit test's quadtrees, built in slices after the start: the first hover or tap need not build them. */
  private async prepareHits(): Promise<void> {
    const { projected, shown } = this;
    const hits = await runSliced(hitIndexSteps(projected, shown.shown));
    if (this.projected === projected && this.shown === shown) this.hits ??= hits;
  }

  get detailsContext(): DetailsContext {
    return { config: this.config, t: this.t, data: this.loaded.data, state: this.state, points: this.loaded.points };
  }

  /** Applies a state from the URL (first load, back/forward), view included, without a new history entry. */
  private restore(next: MapState): void {
    this.restoring = true;
    this.update(next, 'none', false);
    if (next.center || next.zoom > 1) this.view.setCenterZoom(next.center, next.zoom);
    else if (next.selected || next.regency || next.province)
      this.zoomTo(next.selected ?? next.regency ?? next.province);
    else this.view.setCenterZoom(null, 1);
    this.restoring = false;
  }

  /** Changes the state; `history` says whether it becomes a new entry; `zoom` moves to a new area filter. */
  update(patch: Partial<MapState>, history: 'push' | 'replace' | 'none', zoom: boolean): void {
    const previous = this.state;
    const next = { ...previous, ...patch };
    if (next.regency) next.province = next.regency.slice(0, 2);
    this.state = next;
    this.recompute();
    this.filters.sync(next);
    this.showSelection();
    if (history !== 'none' && differsBeyondView(previous, next)) this.commit(history);
    const area = next.regency ?? next.province;
    if (zoom && area && area !== (previous.regency ?? previous.province)) this.zoomTo(area);
    if (zoom && !area && (previous.regency ?? previous.province)) this.view.setCenterZoom(null, 1);
    this.view.request();
    this.sidebar.refresh();
  }

  private commit(how: 'push' | 'replace'): void {
    const url = `${location.pathname}${serializeState(this.state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private settled(): void {
    const { center, zoom } = this.view.centerZoom();
    const home = zoom < 1.001 && Math.abs(this.view.transform.x) < 0.5 && Math.abs(this.view.transform.y) < 0.5;
    this.state = { ...this.state, center: home ? null : center, zoom: home ? 1 : zoom };
    if (!this.restoring) this.commit('replace');
    this.sidebar.viewChanged();
  }

  private recompute(): void {
    const { province, regency, status, year, layer } = this.state;
    const key = JSON.stringify([province, regency, status, year, layer]);
    if (key === this.computedFor) return;
    this.computedFor = key;
    this.baseVersion++;
    const { data, points } = this.loaded;
    this.shown = filterPoints(points, this.program, this.state);
    this.values = regencyValues(data, this.state);
    const scale = scaleFor(this.state.layer);
    this.classes = new Map([...this.values].map(([code, value]) => [code, scale.classOf(value)]));
    this.hits = null;
    const indicator = this.config.indicators.find((i) => i.id === this.state.layer);
    const title = indicator
      ? this.t('map.legend.percent', { indicator: indicator.label })
      : this.t('map.legend.villages');
    updateLegend(this.root, scale, title, this.t, (v) => formatNumber(this.config.locale, v));
  }

  /** The stage has a new size: shapes and points for its projection (the shapes may be built already). */
  private reproject(projection: GeoProjection): void {
    const start = performance.now();
    const params = paramsOf(projection);
    if (!this.geometry || !sameParams(this.geometry.params, params)) {
      this.geometry = buildGeometry(this.loaded.geometry, params);
    }
    this.projected = placePoints(this.loaded.reference, this.loaded.geometry.params, params);
    performance.measure('map:place', { start, end: performance.now() });
    this.hits = null;
    this.painter?.invalidate();
  }

  /** What the canvases show now (painter.ts). */
  private scene(): Scene {
    const { regency, province, selected } = this.state;
    const { points, reference } = this.loaded;
    const area = regency ?? province;
    return {
      base: {
        geometry: this.geometry,
        classes: this.classes,
        inFilter: regency ? (c) => c === regency : province ? (c) => c.startsWith(`${province}.`) : null,
        selected: selected && selected.length === 5 ? selected : null,
        focused: this.focused,
        palette: this.palette.css,
      },
      projected: this.projected,
      order: reference.order,
      precision: points.precision,
      palette: this.palette.packed,
      shown: this.shown.shown,
      selectedVillage: selected && selected.length === 13 ? indexOfCode(points, selected) : -1,
      version: this.baseVersion,
      area,
      selected,
    };
  }

  /** The hit-test index, built on first use after a change. */
  hitIndex(): HitIndex {
    this.hits ??= buildHitIndex(this.projected, this.shown.shown);
    return this.hits;
  }

  /** Selects a province (2 digits), regency (5 characters) or village code, or clears the selection. */
  select(code: string | null, options: { zoom?: boolean } = {}): void {
    this.update({ selected: code }, 'push', false);
    if (code && options.zoom) this.zoomTo(code);
  }

  private pick(hit: Hit): void {
    this.select(hit.code, { zoom: true });
  }

  /** Zooms to a province, a regency or a village. */
  zoomTo(code: string | null): void {
    if (!code) return;
    if (code.length > 5) {
      const i = indexOfCode(this.loaded.points, code);
      if (i < 0) {
        this.zoomTo(code.slice(0, 5));
        return;
      }
      const [x, y] = [this.projected.x[i], this.projected.y[i]];
      const d = Math.min(this.view.width, this.view.height) / 64;
      this.view.zoomToBox(
        [
          [x - d, y - d],
          [x + d, y + d],
        ],
        48,
      );
      return;
    }
    const box: Box | null = unionBox(
      this.geometry.regencies.filter((r) => r.code.startsWith(code)).map((r) => r.bounds),
    );
    if (box) this.view.zoomToBox(box);
  }

  private action(name: string): void {
    if (name === 'zoom-selection') this.zoomTo(this.state.selected ?? this.state.regency ?? this.state.province);
    if (name === 'reset') {
      this.update({ ...defaultState(), layer: this.state.layer }, 'push', false);
      this.view.setCenterZoom(null, 1);
    }
  }

  private showSelection(): void {
    const code = this.state.selected;
    if (!code) {
      this.panel.hide();
      return;
    }
    const zoomAction = { label: this.t('map.action.zoomHere'), run: () => this.zoomTo(code) };
    if (code.length <= 5) {
      const filter = code.length === 5 ? { regency: code } : { province: code, regency: null };
      const filterAction = { label: this.t('map.action.filterHere'), run: () => this.update(filter, 'push', true) };
      this.panel.show(areaDetails(this.detailsContext, code, [zoomAction, filterAction]));
      this.announce(areaName(this.loaded.data, code));
      return;
    }
    const index = indexOfCode(this.loaded.points, code);
    const render = (name: string | null, district: string | null) => {
      if (this.state.selected !== code) return;
      this.panel.show(villageDetails(this.detailsContext, code, index, name, district, [zoomAction]));
    };
    render(null, null);
    namesOf(this.config.urls, code.slice(0, 5)).then((names) => {
      render(names?.villages[code] ?? null, names?.districts[code.slice(0, 8)] ?? null);
      this.announce(names?.villages[code] ?? code);
    });
  }

  /** "Kabupaten Sanggau, Kalimantan Barat: 5 Desa Bersinar" (or the layer's figure). */
  regencyLabel(code: string): string {
    const data = this.loaded.data;
    const value =
      this.state.layer === 'villages'
        ? this.t('map.value.villages', { count: formatNumber(this.config.locale, this.values.get(code) ?? 0) })
        : figureText(this.detailsContext, code);
    return `${areaName(data, code)}, ${areaName(data, code.slice(0, 2))}: ${value}`;
  }

  announce(text: string): void {
    find(this.root, '#map-announce').textContent = text;
  }
}

const sameParams = (a: ProjectionParams, b: ProjectionParams) =>
  Math.abs(a.k - b.k) < 1e-9 * a.k && Math.abs(a.tx - b.tx) < 1e-6 && Math.abs(a.ty - b.ty) < 1e-6;
