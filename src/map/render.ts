/**
 * The base layer: regencies filled by their choropleth class, borders (province borders always, regency
 * borders fading in as you zoom), the selection and the keyboard focus. A pure function of its inputs; the
 * Path2D shapes are in base pixels and the zoom is applied as the canvas transform.
 */
import type { Geometry } from './geometry.ts';
import type { Palette } from './palette.ts';
import type { PointFrame } from './points-layer.ts';

export interface BaseInput {
  geometry: Geometry;
  /** Choropleth class (0–6) per regency code. */
  classes: Map<string, number>;
  /** Regencies outside the province/regency filter are drawn faded; null when there is no area filter. */
  inFilter: ((code: string) => boolean) | null;
  selected: string | null;
  focused: string | null;
  palette: Palette['css'];
}

/** Width of the gap-closing strokes: the source's gaps between neighbours are up to a few km. */
const GAP_DEGREES = 0.05;

/** From zoom 1.5 to 3.5 the regency borders fade in. */
export const regencyBorderAlpha = (k: number) => Math.min(1, Math.max(0, (k - 1.5) / 2));

export function drawBase(ctx: CanvasRenderingContext2D, frame: PointFrame, input: BaseInput): void {
  for (const _ of baseSteps(ctx, frame, input));
}

/**
 * drawBase in steps (about a quarter of the regencies each): the map's first image is drawn a step per task, each
 * rasterized before the next (app.ts), so no single task draws all of it.
 */
export function* baseSteps(ctx: CanvasRenderingContext2D, frame: PointFrame, input: BaseInput): Generator<void> {
  const { width, height, ratio, transform: t } = frame;
  const { geometry, classes, palette } = input;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = palette.sea;
  ctx.fillRect(0, 0, width, height);
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  const px = 1 / t.k; // one CSS pixel in base units
  if (geometry.outline) {
    ctx.fillStyle = palette.land;
    ctx.fill(geometry.outline);
  }
  const fills = [palette.land, ...palette.seq];
  const faded = (code: string) => input.inFilter !== null && !input.inFilter(code);
  // Under the fills, each regency's inland borders in its own colour: closes the gaps the source leaves between
  // neighbours (inland.ts). Invisible at national scale, where a gap is under a pixel.
  if (t.k >= 2) {
    ctx.lineWidth = GAP_DEGREES * geometry.pxPerDegree;
    ctx.lineJoin = 'round';
    for (const r of geometry.regencies) {
      if (!r.inland) continue;
      ctx.globalAlpha = faded(r.code) ? 0.35 : 1;
      ctx.strokeStyle = fills[classes.get(r.code) ?? 0];
      ctx.stroke(r.inland);
    }
    yield;
  }
  const batch = Math.ceil(geometry.regencies.length / 4);
  for (const [i, r] of geometry.regencies.entries()) {
    if (i > 0 && i % batch === 0) yield;
    ctx.globalAlpha = faded(r.code) ? 0.35 : 1;
    ctx.fillStyle = fills[classes.get(r.code) ?? 0];
    ctx.fill(r.path);
    // A hairline in the same colour keeps specks (small islands) visible at any zoom. At most one device pixel
    // wide, which the rasterizer draws as a hairline: a wider stroke costs about three times as much to draw.
    ctx.strokeStyle = ctx.fillStyle;
    ctx.lineWidth = Math.min(0.75, 1 / ratio) * px;
    ctx.stroke(r.path);
  }
  yield;
  ctx.globalAlpha = 1;
  ctx.lineJoin = 'round';
  // Borders come one line per arc (prepare.ts): round ends join them where arcs meet.
  ctx.lineCap = 'round';
  const regencyAlpha = regencyBorderAlpha(t.k);
  if (regencyAlpha > 0) {
    ctx.globalAlpha = regencyAlpha;
    ctx.strokeStyle = palette.border;
    ctx.lineWidth = 0.6 * px;
    ctx.stroke(geometry.regencyBorders);
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = palette.provinceBorder;
  ctx.lineWidth = 1.1 * px;
  ctx.stroke(geometry.provinceBorders);
  ctx.lineCap = 'butt';
  const outline = (code: string | null, color: string, widthPx: number, dash: number[]) => {
    const shape = code ? geometry.byCode.get(code) : null;
    if (!shape) return;
    ctx.setLineDash(dash.map((d) => d * px));
    ctx.strokeStyle = color;
    ctx.lineWidth = widthPx * px;
    ctx.stroke(shape.path);
    ctx.setLineDash([]);
  };
  outline(input.selected, palette.selection, 2.5, []);
  outline(input.focused, palette.focus, 3, [6, 3]);
}
