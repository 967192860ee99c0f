/**
 * Path strings for the static SVG map the page ships for its first paint (and for readers without JavaScript):
 * regencies from a coarser topology than the client's, projected with the client's own projection at a fixed size.
 */
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { aspectRatio, fitProjection } from '../../src/map/projection.ts';
import type { SvgPaths } from './outputs.ts';

export const SVG_WIDTH = 1000;

/**
 * A d3-geo path context writing integer, relative SVG path data with repeated points dropped: about a third of
 * d3's own absolute output for the same shapes (a unit is 1/1000 of the map's width, ~5 km).
 */
class CompactPath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private count = 0;
  /** Where the current ring started: `z` takes the pen back there, and the next relative move counts from it. */
  private start: [number, number] = [0, 0];
  moveTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.parts.push(`m${rx - this.x},${ry - this.y}`.replace(/,-/g, '-'));
    [this.x, this.y, this.count] = [rx, ry, 1];
    this.start = [rx, ry];
  }
  lineTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.x && ry === this.y) return;
    this.parts.push(`${this.count === 1 ? 'l' : ' '}${rx - this.x},${ry - this.y}`.replace(/,-/g, '-'));
    [this.x, this.y] = [rx, ry];
    this.count++;
  }
  closePath() {
    this.parts.push('z');
    this.count = 0;
    [this.x, this.y] = this.start;
  }
  arc() {}
  result() {
    const d = this.parts.join('').replace(/ -/g, '-');
    this.parts = [];
    [this.x, this.y] = [0, 0];
    // An absolute first move, so each path stands on its own.
    return d.startsWith('m') ? `M${d.slice(1)}` : d;
  }
}

export function svgPaths(topology: Topology): SvgPaths {
  const width = SVG_WIDTH;
  const height = Math.round(width * aspectRatio() + 16);
  const context = new CompactPath();
  const render = geoPath(fitProjection(width, height), context as never);
  const path = (object: Parameters<typeof render>[0]) => {
    render(object);
    return context.result();
  };
  const regencies = topology.objects.regencies as GeometryCollection;
  const province = (g: { id?: string | number }) => String(g.id).slice(0, 2);
  const features = (feature(topology, regencies) as FeatureCollection).features;
  const outline = topology.objects.outline
    ? path(feature(topology, topology.objects.outline) as Feature<Geometry>)
    : null;
  return {
    width,
    height,
    regencies: features.map((f) => ({ code: String(f.id), d: path(f) })).filter((r) => r.d),
    regencyBorders: path(mesh(topology, regencies, (a, b) => a !== b && province(a) === province(b))) ?? '',
    provinceBorders: path(mesh(topology, regencies, (a, b) => a !== b && province(a) !== province(b))) ?? '',
    outline: outline ?? '',
  };
}
