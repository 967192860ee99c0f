/**
 * Helpers for the map's browser tests, with their own oracle: the projection is rebuilt here from the parameters
 * docs/map.md documents (Mercator, the box 94.7–141.3° E, 11.2° S–6.3° N, 8 px padding, `center` and `zoom` from
 * the URL), and coordinates come straight from the geo folder's CSV files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { geoMercator } from 'd3-geo';
import type { Page } from 'playwright-core';

export const GEO_DIR = resolve(process.env.GEO_DIR ?? '../shared/geo');
export const hasGeo = existsSync(join(GEO_DIR, 'village-centroids.csv'));

/** Village (or district) code → [lng, lat] from a centroid CSV of the geo folder. */
export function centroids(file: string): Map<string, [number, number]> {
  const rows = readFileSync(join(GEO_DIR, file), 'utf8').trim().split('\n').slice(1);
  return new Map(
    rows.map((row) => {
      const parts = row.split(',');
      return [parts[0], [Number(parts.at(-1)), Number(parts.at(-2))]];
    }),
  );
}

export interface ViewState {
  width: number;
  height: number;
  center: [number, number] | null;
  zoom: number;
}

/** The map's view as the page states it: stage size and the URL's `center` and `zoom`. */
export async function viewOf(page: Page): Promise<ViewState> {
  return page.evaluate(() => {
    const stage = document.querySelector('#map-stage') as HTMLElement;
    const params = new URLSearchParams(location.search);
    const center = params.get('center')?.split(',').map(Number) as [number, number] | undefined;
    return {
      width: stage.clientWidth,
      height: stage.clientHeight,
      center: center ?? null,
      zoom: Number(params.get('zoom') ?? 1),
    };
  });
}

/** Where a [lng, lat] lands on the stage, computed independently of the map's code. */
export function toScreen(view: ViewState, lngLat: [number, number]): [number, number] {
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [view.width - 8, view.height - 8],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [94.7, -11.2],
        [141.3, 6.3],
      ],
    },
  );
  const [x, y] = projection(lngLat) as [number, number];
  const [cx, cy] = view.center ? (projection(view.center) as [number, number]) : [view.width / 2, view.height / 2];
  return [view.width / 2 + (x - cx) * view.zoom, view.height / 2 + (y - cy) * view.zoom];
}

/** Opens the map and waits until it has drawn and settled. */
export async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('[data-map-ready] #map-stage[data-ready]');
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(50);
}

/** RGBA of the pixels within `radius` of (x, y) on one of the stage's canvases (0 base, 1 points). */
export async function pixelsNear(page: Page, layer: 0 | 1, x: number, y: number, radius: number) {
  return page.evaluate(
    ({ layer, x, y, radius }) => {
      const canvas = document.querySelectorAll<HTMLCanvasElement>('#map-stage canvas')[layer];
      const ratio = canvas.width / canvas.clientWidth;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const size = 2 * radius + 1;
      const data = ctx.getImageData(
        Math.round((x - radius) * ratio),
        Math.round((y - radius) * ratio),
        size,
        size,
      ).data;
      const out: number[][] = [];
      for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2], data[i + 3]]);
      return out;
    },
    { layer, x, y, radius },
  );
}

/** A CSS colour (a custom property or a computed style) as [r, g, b]. */
export async function rgbOf(page: Page, css: string): Promise<[number, number, number]> {
  return page.evaluate((css) => {
    const probe = document.createElement('span');
    probe.style.color = css;
    document.body.appendChild(probe);
    const rgb = getComputedStyle(probe).color.match(/\d+/g)?.map(Number) ?? [];
    probe.remove();
    return [rgb[0], rgb[1], rgb[2]] as [number, number, number];
  }, css);
}

export const close = (a: number[], b: number[], tolerance = 3) =>
  a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) <= tolerance);
