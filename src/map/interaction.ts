/**
 * Pointer and keyboard on the map. Mouse: a tooltip follows the pointer; click selects. Touch: tap selects and
 * the details open in the bottom panel (no tooltip under the finger). Keyboard, with the map focused: arrows move
 * between neighbouring regencies, Enter selects, + and − zoom, 0 shows all of Indonesia, Escape clears.
 */
import { numberToCode, POINT_STATUSES } from './codec.ts';
import type { Tr } from './config.ts';
import type { Geometry } from './geometry.ts';
import { type HitIndex, pointAt, regencyAt } from './hit.ts';
import { KEY_DIRECTIONS, nextRegency } from './keyboard.ts';
import { loadedNames } from './load.ts';
import type { Transform } from './points-layer.ts';
import type { MapState } from './state.ts';

export interface InteractionHost {
  t: Tr;
  state: MapState;
  geometry: Geometry;
  focused: string | null;
  loaded: { points: { codes: Float64Array } };
  shown: { shown: Uint8Array };
  view: {
    stage: HTMLElement;
    width: number;
    height: number;
    t: Transform;
    request(): void;
    zoomBy(factor: number): void;
    setCenterZoom(center: [number, number] | null, zoom: number): void;
    centerOn(x: number, y: number): void;
  };
  hitIndex(): HitIndex;
  select(code: string | null, options?: { zoom?: boolean }): void;
  announce(text: string): void;
  regencyLabel(code: string): string;
}

type Target = { kind: 'village'; code: string; index: number } | { kind: 'regency'; code: string } | null;

function targetAt(host: InteractionHost, x: number, y: number, radius: number): Target {
  const t = host.view.t;
  const index = pointAt(host.hitIndex(), t, x, y, radius);
  if (index !== null) return { kind: 'village', code: numberToCode(host.loaded.points.codes[index]), index };
  const regency = regencyAt(host.geometry, t, x, y);
  return regency ? { kind: 'regency', code: regency.code } : null;
}

export function attachInteraction(host: InteractionHost): void {
  const stage = host.view.stage;
  const tooltip = stage.querySelector('#map-tooltip') as HTMLElement;
  stage.tabIndex = 0;
  stage.setAttribute('role', 'application');
  stage.setAttribute('aria-roledescription', host.t('map.stage.role'));
  stage.setAttribute('aria-label', host.t('map.stage.label'));
  stage.setAttribute('aria-describedby', 'map-help map-totals');
  const local = (event: MouseEvent) => {
    const box = stage.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };

  stage.addEventListener('pointermove', (event) => {
    const [x, y] = local(event);
    const target = event.pointerType === 'mouse' && !event.buttons ? targetAt(host, x, y, 4) : null;
    if (!target) {
      tooltip.hidden = true;
      return;
    }
    tooltip.textContent = describe(host, target);
    tooltip.hidden = false;
    const left = Math.min(x + 14, host.view.width - tooltip.offsetWidth - 4);
    const top = y + 14 + tooltip.offsetHeight > host.view.height ? y - tooltip.offsetHeight - 10 : y + 14;
    tooltip.style.left = `${Math.max(4, left)}px`;
    tooltip.style.top = `${Math.max(4, top)}px`;
  });
  stage.addEventListener('pointerleave', () => {
    tooltip.hidden = true;
  });
  stage.addEventListener('click', (event) => {
    const [x, y] = local(event);
    const target = targetAt(host, x, y, event.pointerType === 'touch' || event.pointerType === 'pen' ? 12 : 5);
    tooltip.hidden = true;
    host.select(target?.code ?? null);
  });

  stage.addEventListener('keydown', (event) => {
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      moveFocus(host, direction);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (host.focused) host.select(host.focused, { zoom: true });
    } else if (event.key === '+' || event.key === '=') host.view.zoomBy(2);
    else if (event.key === '-' || event.key === '_') host.view.zoomBy(0.5);
    else if (event.key === '0') host.view.setCenterZoom(null, 1);
    else if (event.key === 'Escape') host.select(null);
  });
  stage.addEventListener('focus', () => {
    if (!host.focused) host.focused = host.state.selected?.slice(0, 5) ?? nearestToCentre(host);
    host.view.request();
  });
  stage.addEventListener('blur', () => {
    host.focused = null;
    host.view.request();
  });
}

function describe(host: InteractionHost, target: NonNullable<Target>): string {
  if (target.kind === 'regency') return host.regencyLabel(target.code);
  const name = loadedNames(target.code.slice(0, 5))?.villages[target.code] ?? target.code;
  const status = POINT_STATUSES[host.shown.shown[target.index]] ?? 'none';
  return `${name} · ${status === 'none' ? host.t('map.status.none') : host.t(`status.${status}`)}`;
}

function nearestToCentre(host: InteractionHost): string | null {
  const t = host.view.t;
  const cx = (host.view.width / 2 - t.x) / t.k;
  const cy = (host.view.height / 2 - t.y) / t.k;
  let best: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const r of host.geometry.regencies) {
    const d = Math.hypot(r.centroid[0] - cx, r.centroid[1] - cy);
    if (d < distance) [best, distance] = [r.code, d];
  }
  return best;
}

function moveFocus(host: InteractionHost, direction: Parameters<typeof nextRegency>[3]): void {
  const from = host.focused ? host.geometry.byCode.get(host.focused) : null;
  if (!from) {
    host.focused = nearestToCentre(host);
  } else {
    const neighbours = (host.geometry.neighbors.get(from.code) ?? [])
      .map((c) => host.geometry.byCode.get(c))
      .filter((r) => r !== undefined);
    host.focused = nextRegency(from, neighbours, host.geometry.regencies, direction) ?? from.code;
  }
  const shape = host.focused ? host.geometry.byCode.get(host.focused) : null;
  if (!shape) return;
  const t = host.view.t;
  const [sx, sy] = [t.x + t.k * shape.centroid[0], t.y + t.k * shape.centroid[1]];
  if (sx < 0 || sy < 0 || sx > host.view.width || sy > host.view.height) host.view.centerOn(...shape.centroid);
  host.view.request();
  host.announce(host.regencyLabel(shape.code));
}
