/**
 * Build time: each regency's outline for the map widget, projected once with the map's Mercator fitted to the
 * regency, as compact relative SVG path data, grouped by province (38 static files, /embed/geo/<province>.json):
 * the Worker reads one small file to draw a regency, instead of the national topology.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { OUT_DIR } from '../../../scripts/geo/outputs.ts';
import { MAP_HEIGHTS, MAP_PADDING, MAP_WIDTH, type Outline } from './box.ts';

/**
 * A d3-geo path context writing relative path data with one decimal, repeated points dropped. After `z` the pen is
 * back at the ring's start (SVG), so the next relative move starts from there.
 */
class RelativePath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private start: [number, number] = [0, 0];
  private point(command: string, x: number, y: number) {
    const [rx, ry] = [Math.round(x * 10), Math.round(y * 10)];
    if (command === 'l' && rx === this.x && ry === this.y) return;
    const dx = (rx - this.x) / 10;
    const dy = (ry - this.y) / 10;
    this.parts.push(`${command}${dx}${dy < 0 ? '' : ','}${dy}`);
    [this.x, this.y] = [rx, ry];
  }
  moveTo(x: number, y: number) {
    this.point('m', x, y);
    this.start = [this.x, this.y];
  }
  lineTo(x: number, y: number) {
    this.point('l', x, y);
  }
  closePath() {
    this.parts.push('z');
    [this.x, this.y] = this.start;
  }
  arc() {}
  result() {
    const d = this.parts.join('');
    this.parts = [];
    [this.x, this.y] = [0, 0];
    this.start = [0, 0];
    return d.startsWith('m') ? `M${d.slice(1)}` : d;
  }
}

/** One regency fitted into the widget's box. */
export function outlineOf(regency: Feature): Outline {
  const unit = geoMercator().scale(1).translate([0, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(regency);
  const inner = MAP_WIDTH - 2 * MAP_PADDING;
  const ratio = (y1 - y0) / Math.max(x1 - x0, 1e-9);
  const height = Math.round(Math.min(MAP_HEIGHTS[1], Math.max(MAP_HEIGHTS[0], inner * ratio + 2 * MAP_PADDING)));
  const projection = geoMercator()
    .precision(0)
    .fitExtent(
      [
        [MAP_PADDING, MAP_PADDING],
        [MAP_WIDTH - MAP_PADDING, height - MAP_PADDING],
      ],
      regency,
    );
  const context = new RelativePath();
  geoPath(projection, context as never)(regency);
  const [tx, ty] = projection.translate();
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return { k: round(projection.scale()), tx: round(tx), ty: round(ty), width: MAP_WIDTH, height, d: context.result() };
}

/** Every regency of the generated topology by province; empty without it (the build then has no regency shapes). */
export function outlinesByProvince(topologyFile = join(OUT_DIR, 'regencies.topo.json')): Map<string, Outline[]> {
  const byProvince = new Map<string, Outline[]>();
  if (!existsSync(topologyFile)) return byProvince;
  const topology = JSON.parse(readFileSync(topologyFile, 'utf8')) as Topology;
  const regencies = topology.objects.regencies as GeometryCollection | undefined;
  if (!regencies) return byProvince;
  for (const f of (feature(topology, regencies) as FeatureCollection).features) {
    const code = String(f.id);
    const list = byProvince.get(code.slice(0, 2)) ?? [];
    list.push(Object.assign(outlineOf(f), { code }));
    byProvince.set(code.slice(0, 2), list);
  }
  return byProvince;
}
