/**
 * The Mercator of src/map/projection.ts (d3's geoMercator with scale and translate only, which is what fitExtent
 * sets), written out so the Worker can place village points on a build-time outline without bundling d3-geo.
 * test/embed/map.test.ts checks it against d3.
 */

export interface Fit {
  /** d3 projection.scale() */
  k: number;
  /** d3 projection.translate() */
  tx: number;
  ty: number;
}

const RAD = Math.PI / 180;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));

/** (lng, lat) → [x, y] in the fitted box. */
export const project = ({ k, tx, ty }: Fit, lng: number, lat: number): [number, number] => [
  tx + k * lng * RAD,
  ty - k * mercatorY(lat),
];

/**
 * Scale and translate that fit points (lng, lat) into `width` wide (plus `padding` inside), the height following
 * the points' shape within [minHeight, maxHeight]: the map of a regency whose boundary is not available.
 */
export function fitPoints(
  points: [number, number][],
  width: number,
  padding: number,
  [minHeight, maxHeight]: [number, number],
): Fit & { height: number } {
  if (points.length === 0) return { k: 1, tx: 0, ty: 0, height: minHeight };
  const xs = points.map(([lng]) => lng * RAD);
  const ys = points.map(([, lat]) => -mercatorY(lat));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const dx = Math.max(x1 - x0, 1e-4);
  const dy = Math.max(y1 - y0, 1e-4);
  const inner = width - 2 * padding;
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, (inner * dy) / dx + 2 * padding)));
  const k = Math.min(inner / dx, (height - 2 * padding) / dy);
  return {
    k,
    tx: width / 2 - k * ((x0 + x1) / 2),
    ty: height / 2 - k * ((y0 + y1) / 2),
    height,
  };
}
