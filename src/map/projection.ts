/**
 * The map's projection: Mercator fitted to a fixed box around Indonesia, so the same view comes out of the build
 * (the static SVG), the browser (canvas) and the tests, whatever the data. Mercator is near-conformal this close
 * to the equator and is what people expect from a web map.
 */
import { type GeoProjection, geoMercator } from 'd3-geo';

/** West, south, east, north of the fitted view (all of Indonesia with a small margin). */
export const INDONESIA_BOX = [94.7, -11.2, 141.3, 6.3] as const;

/** The box as GeoJSON for d3's fit functions. */
export const INDONESIA_EXTENT = {
  type: 'MultiPoint' as const,
  coordinates: [
    [INDONESIA_BOX[0], INDONESIA_BOX[1]],
    [INDONESIA_BOX[2], INDONESIA_BOX[3]],
  ],
};

/**
 * Mercator fitted into width × height (pixels) with `padding` on every side. Adaptive resampling is off: the
 * shapes were simplified as plane polygons and their edges are short, so projecting the vertices is enough.
 */
export function fitProjection(width: number, height: number, padding = 8): GeoProjection {
  return geoMercator()
    .precision(0)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      INDONESIA_EXTENT,
    );
}

/** Height / width of the fitted box, for sizing the map before any data has loaded. */
export function aspectRatio(): number {
  const p = geoMercator().scale(1).translate([0, 0]);
  const [x0, y1] = p([INDONESIA_BOX[0], INDONESIA_BOX[1]]) as [number, number];
  const [x1, y0] = p([INDONESIA_BOX[2], INDONESIA_BOX[3]]) as [number, number];
  return (y1 - y0) / (x1 - x0);
}

/** A Mercator from fitProjection as its scale and translate: all the map needs to project. */
export interface ProjectionParams {
  k: number;
  tx: number;
  ty: number;
}

/**
 * The frame the map's worker projects into before the page knows its size (src/map/prepare.ts): Mercator with
 * scale 1000, centred on 118° E. Any fitted projection is this one scaled and shifted (see `similarity`).
 */
export const REFERENCE: ProjectionParams = { k: 1000, tx: (-1000 * 118 * Math.PI) / 180, ty: 0 };

export const paramsOf = (projection: GeoProjection): ProjectionParams => {
  const [tx, ty] = projection.translate();
  return { k: projection.scale(), tx, ty };
};

/** The Mercator formula with scale and translate only (no stream, no clipping: everything drawn lies in Indonesia). */
export function mercator({ k, tx, ty }: ProjectionParams): (lng: number, lat: number) => [number, number] {
  const radians = Math.PI / 180;
  return (lng, lat) => [tx + k * lng * radians, ty - k * Math.log(Math.tan(Math.PI / 4 + (lat * radians) / 2))];
}

/** x' = s·x + dx, y' = s·y + dy: from coordinates projected with `from` to the same points projected with `to`. */
export function similarity(from: ProjectionParams, to: ProjectionParams) {
  const s = to.k / from.k;
  return { s, dx: to.tx - s * from.tx, dy: to.ty - s * from.ty };
}

/**
 * A fast (lng, lat) → [x, y] for a projection from fitProjection: the Mercator formula applied directly, checked
 * against d3 on a sample point; anything else goes through d3 point by point.
 */
export function projector(projection: GeoProjection): (lng: number, lat: number) => [number, number] {
  const formula = mercator(paramsOf(projection));
  const expected = projection([110, -7]);
  const actual = formula(110, -7);
  if (expected && Math.abs(expected[0] - actual[0]) < 1e-6 && Math.abs(expected[1] - actual[1]) < 1e-6) return formula;
  return (lng, lat) => projection([lng, lat]) ?? [Number.NaN, Number.NaN];
}
