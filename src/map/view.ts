/**
 * The canvas stage: two stacked canvases (base shapes, then points written as ImageData), sized to the stage
 * element at the device pixel ratio, a projection fitted to that size, and d3-zoom for pan, wheel and pinch.
 * Drawing is coalesced into one animation frame; each frame's duration is recorded as a `map:frame` performance
 * measure (read by `npm run bench:map`; the app records `map:first-draw`, its first image of the whole map).
 */
import type { GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import type { Box } from './geometry.ts';
import type { PointFrame, Transform } from './points-layer.ts';
import { fitProjection } from './projection.ts';
import { MAX_ZOOM } from './state.ts';

export interface ViewCallbacks {
  /** The size changed: re-project shapes and points for the new projection. */
  resized(projection: GeoProjection): void;
  /** Draw one frame. */
  draw(base: CanvasRenderingContext2D, points: CanvasRenderingContext2D, frame: PointFrame): void;
  /** During pan and zoom. */
  moved(): void;
  /** A pan or zoom gesture ended (or a programmatic move happened). */
  settled(): void;
}

export class View {
  readonly base: HTMLCanvasElement;
  readonly points: HTMLCanvasElement;
  projection: GeoProjection;
  width = 0;
  height = 0;
  ratio = 1;
  transform: ZoomTransform = zoomIdentity;
  private behavior: ZoomBehavior<HTMLElement, unknown>;
  private pending = 0;
  readonly stage: HTMLElement;
  private callbacks: ViewCallbacks;

  constructor(stage: HTMLElement, callbacks: ViewCallbacks) {
    this.stage = stage;
    this.callbacks = callbacks;
    this.base = document.createElement('canvas');
    this.points = document.createElement('canvas');
    for (const canvas of [this.base, this.points]) {
      canvas.setAttribute('aria-hidden', 'true');
      canvas.className = 'map-canvas';
      stage.insertBefore(canvas, stage.querySelector('.map-tooltip'));
    }
    this.projection = fitProjection(1, 1);
    this.behavior = zoom<HTMLElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        this.request();
        this.callbacks.moved();
      })
      .on('end', () => this.callbacks.settled());
    select(stage).call(this.behavior);
    new ResizeObserver(() => this.resize()).observe(stage);
    this.resize();
  }

  /** Fits the canvases and the projection to the stage, keeping the geographic view. */
  resize(): void {
    const width = Math.max(1, this.stage.clientWidth);
    const height = Math.max(1, this.stage.clientHeight);
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    if (width === this.width && height === this.height && ratio === this.ratio) return;
    const view = this.width > 1 ? this.centerZoom() : null;
    [this.width, this.height, this.ratio] = [width, height, ratio];
    for (const canvas of [this.base, this.points]) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    this.projection = fitProjection(width, height);
    this.behavior.extent([
      [0, 0],
      [width, height],
    ]);
    this.behavior.translateExtent([
      [-width * 0.25, -height * 0.25],
      [width * 1.25, height * 1.25],
    ]);
    this.callbacks.resized(this.projection);
    if (view) this.setCenterZoom(view.center, view.zoom);
    else this.request();
  }

  /** Schedules a frame (several requests in one frame draw once). */
  request(): void {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.drawNow();
    });
  }

  drawNow(): void {
    const base = this.base.getContext('2d');
    const points = this.points.getContext('2d');
    if (!base || !points) return;
    const start = performance.now();
    this.callbacks.draw(base, points, this.frame());
    performance.measure('map:frame', { start, end: performance.now() });
  }

  /** The canvases' size and the current transform. */
  frame(): PointFrame {
    const t = this.transform;
    return {
      width: this.base.width,
      height: this.base.height,
      ratio: this.ratio,
      transform: { x: t.x, y: t.y, k: t.k },
    };
  }

  get t(): Transform {
    return { x: this.transform.x, y: this.transform.y, k: this.transform.k };
  }

  /** The geographic centre of the view and the zoom factor (what the URL keeps). */
  centerZoom(): { center: [number, number]; zoom: number } {
    const base = this.transform.invert([this.width / 2, this.height / 2]);
    const center = this.projection.invert?.(base) ?? [0, 0];
    return { center: [center[0], center[1]], zoom: this.transform.k };
  }

  setCenterZoom(center: [number, number] | null, k: number): void {
    const [bx, by] = (center && this.projection(center)) ?? [this.width / 2, this.height / 2];
    const t = zoomIdentity
      .translate(this.width / 2, this.height / 2)
      .scale(Math.min(MAX_ZOOM, Math.max(1, k)))
      .translate(-bx, -by);
    this.behavior.transform(select(this.stage), t);
  }

  /** Zooms to a box in base pixels, with a margin, never beyond `maxZoom`. */
  zoomToBox([[x0, y0], [x1, y1]]: Box, maxZoom = 64): void {
    const k = Math.min(maxZoom, 0.85 / Math.max((x1 - x0) / this.width, (y1 - y0) / this.height, 1e-9));
    const center = this.projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]) ?? null;
    this.setCenterZoom(center as [number, number] | null, k);
  }

  /** Pans so that a base point is in the middle, keeping the zoom. */
  centerOn(bx: number, by: number): void {
    const center = this.projection.invert?.([bx, by]) ?? null;
    this.setCenterZoom(center as [number, number] | null, this.transform.k);
  }

  /** Zooms by a factor around the centre (keyboard + and −). */
  zoomBy(factor: number): void {
    this.behavior.scaleBy(select(this.stage), factor);
  }
}
