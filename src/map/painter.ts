/**
 * Paints the map's two canvases from a Scene: the base (regencies) and the points (ImageData). Each canvas is
 * redrawn only when what it shows changes, and the first image is drawn a step per task (firstImage).
 */
import type { Palette } from './palette.ts';
import { drawPoints, drawPointsSteps, drawRing, type PointFrame, type Projected } from './points-layer.ts';
import { type BaseInput, baseSteps, drawBase } from './render.ts';
import { yieldToMain } from './tasks.ts';
import type { View } from './view.ts';

/** What the canvases show, read from the app at each frame. */
export interface Scene {
  base: BaseInput;
  projected: Projected;
  order: Uint32Array[];
  precision: Uint8Array;
  palette: Palette['packed'];
  shown: Uint8Array;
  /** Point index of the selected village (ringed), or -1. */
  selectedVillage: number;
  /** Changes whenever the filters or the colours change what the base shows. */
  version: number;
  /** The area filter and the selection (outlines and ring depend on them). */
  area: string | null;
  selected: string | null;
}

export class Painter {
  private image: ImageData | null = null;
  private baseDrawn = '';
  private pointsDrawn = '';
  /** While the first image is drawn a step per task, frames draw nothing. */
  private staging = true;

  private readonly view: View;
  private readonly scene: () => Scene;

  constructor(view: View, scene: () => Scene) {
    this.view = view;
    this.scene = scene;
  }

  /** The projection changed: the points' image is made anew at the next frame. */
  invalidate(): void {
    this.image = null;
  }

  draw(base: CanvasRenderingContext2D, pointsCtx: CanvasRenderingContext2D, frame: PointFrame): void {
    if (this.staging) return;
    const scene = this.scene();
    const key = baseKey(scene, frame);
    if (key !== this.baseDrawn) {
      drawBase(base, frame, scene.base);
      this.baseDrawn = key;
    }
    if (pointsKey(scene, frame) === this.pointsDrawn) return;
    const buffer = this.pointsBuffer(pointsCtx, scene, frame);
    drawPoints(buffer, frame, ...pointsInput(scene));
    this.putPoints(pointsCtx, buffer, scene, frame);
  }

  /**
   * The map's first image, a step per task: the regencies a quarter at a time on the base canvas, each step
   * rasterized at once (reading a pixel makes the canvas draw what it has recorded, which it would otherwise do
   * all in one frame), then the points. Each canvas shows once its image is complete (CSS: `data-drawn`), over
   * the static SVG of the same regencies. `map:first-draw` measures the drawing, `map:first-raster` the
   * rasterizing (which later frames do outside the script, when the page is painted).
   */
  async firstImage(): Promise<void> {
    const base = this.view.base.getContext('2d');
    const points = this.view.points.getContext('2d');
    if (!base || !points) return;
    let drawing = 0;
    let raster = 0;
    const frame = this.view.frame();
    const scene = this.scene();
    const steps = baseSteps(base, frame, scene.base);
    for (;;) {
      const start = performance.now();
      const step = steps.next();
      const drawn = performance.now();
      base.getImageData(0, 0, 1, 1);
      drawing += drawn - start;
      raster += performance.now() - drawn;
      if (step.done) break;
      await yieldToMain();
    }
    this.baseDrawn = baseKey(scene, frame);
    this.view.base.dataset.drawn = '';
    await yieldToMain();
    let start = performance.now();
    const pointsFrame = this.view.frame();
    const pointsScene = this.scene();
    const buffer = this.pointsBuffer(points, pointsScene, pointsFrame);
    const pointSteps = drawPointsSteps(buffer, pointsFrame, ...pointsInput(pointsScene));
    for (;;) {
      const step = pointSteps.next();
      drawing += performance.now() - start;
      if (step.done) break;
      await yieldToMain();
      start = performance.now();
    }
    start = performance.now();
    this.putPoints(points, buffer, pointsScene, pointsFrame);
    drawing += performance.now() - start;
    this.view.points.dataset.drawn = '';
    this.view.stage.dataset.ready = '';
    const now = performance.now();
    performance.measure('map:first-draw', { start: now - drawing, duration: drawing });
    performance.measure('map:first-raster', { start: now - raster, duration: raster });
    this.staging = false;
    // Anything that changed meanwhile (a resize, a gesture) is drawn in the next frame.
    this.view.request();
  }

  private pointsBuffer(pointsCtx: CanvasRenderingContext2D, scene: Scene, frame: PointFrame): Uint32Array {
    this.pointsDrawn = pointsKey(scene, frame);
    if (this.image?.width !== frame.width || this.image.height !== frame.height) {
      this.image = pointsCtx.createImageData(frame.width, frame.height);
    }
    return new Uint32Array(this.image.data.buffer);
  }

  /** Rings the selected village in the focus colour, then shows the points. */
  private putPoints(pointsCtx: CanvasRenderingContext2D, buffer: Uint32Array, scene: Scene, frame: PointFrame) {
    const i = scene.selectedVillage;
    if (i >= 0) drawRing(buffer, frame, scene.projected.x[i], scene.projected.y[i], 8, scene.palette.focus);
    if (this.image) pointsCtx.putImageData(this.image, 0, 0);
  }
}

const pointsInput = (s: Scene) => [s.projected, s.order, s.precision, s.palette, s.shown] as const;

/** Everything the points depend on (the base also on the keyboard focus): a canvas is redrawn when it changes. */
function pointsKey(scene: Scene, frame: PointFrame): string {
  const { x, y, k } = frame.transform;
  return [frame.width, frame.height, frame.ratio, x, y, k, scene.version, scene.area, scene.selected].join(' ');
}

const baseKey = (scene: Scene, frame: PointFrame) => `${pointsKey(scene, frame)} ${scene.base.focused}`;
