/** The map widget's geometry: the Worker's Mercator equals d3's, outlines are valid relative paths, dots land inside. */
import { geoMercator } from 'd3-geo';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MAP_HEIGHTS, MAP_WIDTH } from '../../src/embed/map/box.ts';
import { fitPoints, project } from '../../src/embed/map/mercator.ts';
import { outlineOf } from '../../src/embed/map/outline.ts';
import { drawRegency } from '../../src/embed/map/points.ts';

/** Absolute points of an SVG path made of M/m, l and z commands (the test's own reader). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  let start: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (command === 'z' || command === 'Z') {
      [x, y] = start;
      continue;
    }
    const numbers = (args.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = command === command.toLowerCase();
      [x, y] = relative ? [x + numbers[i], y + numbers[i + 1]] : [numbers[i], numbers[i + 1]];
      if (i === 0 && (command === 'm' || command === 'M')) start = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}

const square = (west: number, south: number, size: number): number[][] => [
  [west, south],
  [west, south + size],
  [west + size, south + size],
  [west + size, south],
  [west, south],
];
/** Two islands (two rings), so the second ring's relative move follows a closepath. */
const regency: Feature = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPolygon', coordinates: [[square(110, 0, 0.5)], [square(111, 0.2, 0.2)]] },
};

describe('map widget geometry', () => {
  it('projects like d3 geoMercator with the same scale and translate', () => {
    const fit = { k: 3456.7, tx: -6543.2, ty: 120.5 };
    const d3 = geoMercator().scale(fit.k).translate([fit.tx, fit.ty]);
    for (const [lng, lat] of [
      [110.2, 0.3],
      [95, 6],
      [141, -11],
    ]) {
      const [x, y] = project(fit, lng, lat);
      const [ex, ey] = d3([lng, lat]) as [number, number];
      expect(x).toBeCloseTo(ex, 6);
      expect(y).toBeCloseTo(ey, 6);
    }
  });

  it('fits a regency into the box, and its relative path lands where d3 puts the corners', () => {
    const outline = outlineOf(regency);
    expect(outline.width).toBe(MAP_WIDTH);
    expect(outline.height).toBeGreaterThanOrEqual(MAP_HEIGHTS[0]);
    expect(outline.height).toBeLessThanOrEqual(MAP_HEIGHTS[1]);
    const points = pathPoints(outline.d);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(outline.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(outline.height);
    }
    // The second island's first corner, read after a `z`, is where the stored projection puts it.
    const [ex, ey] = project(outline, 111, 0.2);
    expect(points.some(([x, y]) => Math.abs(x - ex) < 0.15 && Math.abs(y - ey) < 0.15)).toBe(true);
  });

  it('draws every located village as a dot of its status, counting the unlocated', () => {
    const outline = outlineOf(regency);
    const drawing = drawRegency(
      [
        { lat: 0.25, lng: 110.25, status: 'formed' },
        { lat: 0.1, lng: 110.1, status: null },
        { lat: null, lng: null, status: null },
      ],
      outline,
    );
    expect(drawing.counts).toEqual({ none: 2, proposed: 0, target: 0, formed: 1 });
    expect(drawing.unlocated).toBe(1);
    const [dot] = pathPoints(drawing.dots.formed.replace(/h0/g, ''));
    const [ex, ey] = project(outline, 110.25, 0.25);
    expect(dot[0]).toBeCloseTo(ex, 0);
    expect(dot[1]).toBeCloseTo(ey, 0);
  });

  it('without an outline, fits the dots themselves', () => {
    const fit = fitPoints(
      [
        [110, 0],
        [111, 1],
      ],
      MAP_WIDTH,
      16,
      MAP_HEIGHTS,
    );
    for (const [lng, lat] of [
      [110, 0],
      [111, 1],
    ]) {
      const [x, y] = project(fit, lng, lat);
      expect(x).toBeGreaterThanOrEqual(15.9);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH - 15.9);
      expect(y).toBeGreaterThanOrEqual(15.9);
      expect(y).toBeLessThanOrEqual(fit.height - 15.9);
    }
  });
});
