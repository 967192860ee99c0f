/**
 * What the map's worker prepares (src/map/prepare.ts) against topojson-client itself: the rings `feature` builds,
 * the borders `mesh` picks (plus the inland arcs), the neighbours; the reference frame against d3's fitted
 * projection; and the faster filters and number formatting against their plain versions.
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Feature, FeatureCollection, MultiLineString, Polygon } from 'geojson';
import { feature, mesh, neighbors, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodePoints, encodePoints, POINT_PRECISIONS, POINT_STATUSES } from '../../src/map/codec.ts';
import { formatNumber } from '../../src/map/config.ts';
import { filterPoints, programByNumber } from '../../src/map/filter-points.ts';
import { inProgramBy, type MapVillage } from '../../src/map/model.ts';
import { HIDDEN } from '../../src/map/points-layer.ts';
import { type FlatLines, prepareGeometry, preparePoints } from '../../src/map/prepare.ts';
import { fitProjection, INDONESIA_BOX, mercator, paramsOf, REFERENCE, similarity } from '../../src/map/projection.ts';
import { defaultState, type MapState } from '../../src/map/state.ts';

const project = mercator(REFERENCE);
const f32 = (v: number) => Math.fround(v);

/** Lines as sets of segments (unordered point pairs, as float32): the same borders whatever the stitching. */
function segments(lines: number[][][]): string[] {
  const key = ([x, y]: number[]) => `${f32(x)},${f32(y)}`;
  return lines.flatMap((line) => line.slice(1).map((p, i) => [key(line[i]), key(p)].sort().join(' '))).sort();
}
const flatSegments = (flat: FlatLines, from = 0, to = flat.starts.length - 1) => {
  const lines: number[][][] = [];
  for (let l = from; l < to; l++) {
    const line: number[][] = [];
    for (let i = flat.starts[l]; i < flat.starts[l + 1]; i++) line.push([flat.coords[2 * i], flat.coords[2 * i + 1]]);
    lines.push(line);
  }
  return lines;
};
const projected = (lines: number[][][]) => lines.map((line) => line.map(([lng, lat]) => project(lng, lat)));

/** A small quantized topology: a 3×2 grid of squares in two provinces, plus an island, with one inland arc. */
function gridTopology(): Topology {
  const square = (code: string, x: number, y: number): Feature<Polygon> => ({
    type: 'Feature',
    id: code,
    properties: { name: `Kabupaten ${code}` },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [100 + x, y],
          [100 + x, y + 1],
          [101 + x, y + 1],
          [101 + x, y],
          [100 + x, y],
        ],
      ],
    },
  });
  const features = [
    square('61.01', 0, 0),
    square('61.02', 1, 0),
    square('62.01', 2, 0),
    square('61.03', 0, 1),
    square('62.02', 1, 1),
    square('62.03', 2, 1),
    square('62.04', 5, 5),
  ];
  const topology = quantize(
    buildTopology({ regencies: { type: 'FeatureCollection', features } as FeatureCollection }) as never,
    1e5,
  ) as Topology;
  // The island's arc stands in for an unshared inland border of its regency.
  const island = (topology.objects.regencies as GeometryCollection).geometries[6] as { arcs: number[][] };
  const arc = island.arcs[0][0] < 0 ? ~island.arcs[0][0] : island.arcs[0][0];
  return Object.assign(topology, { inland: { within: [arc], across: [] } });
}

function checkAgainstTopojson(topology: Topology) {
  const object = topology.objects.regencies as GeometryCollection;
  const prepared = prepareGeometry(topology);
  const features = (feature(topology, object) as FeatureCollection).features;
  expect(prepared.codes).toEqual(features.map((f) => String(f.id)));
  features.forEach((f, r) => {
    const rings =
      f.geometry?.type === 'Polygon'
        ? f.geometry.coordinates
        : f.geometry?.type === 'MultiPolygon'
          ? f.geometry.coordinates.flat()
          : [];
    const mine = flatSegments(prepared.rings, prepared.ringsOf[r], prepared.ringsOf[r + 1]);
    // The same rings, vertex for vertex (float32 of the same projection).
    expect(mine.map((ring) => ring.map(([x, y]) => `${x},${y}`))).toEqual(
      projected(rings).map((ring) => ring.map(([x, y]) => `${f32(x)},${f32(y)}`)),
    );
    const [x0, y0, x1, y1] = prepared.bounds.subarray(4 * r, 4 * r + 4);
    for (const [x, y] of mine.flat()) {
      expect(x >= x0 && x <= x1 && y >= y0 && y <= y1).toBe(true);
    }
  });
  const province = (g: { id?: string | number }) => String(g.id).slice(0, 2);
  const stored = (topology as { inland?: { within: number[]; across: number[] } }).inland;
  const undelta = (d: number[] = []) => d.map((_, i) => d.slice(0, i + 1).reduce((a, b) => a + b, 0));
  const arcLines = (arcs: number[]) =>
    arcs.length
      ? (
          feature(topology, {
            type: 'MultiLineString',
            arcs: arcs.map((a) => [a]),
          } as never) as unknown as Feature<MultiLineString>
        ).geometry.coordinates
      : [];
  const borders = (across: boolean, inland: number[]) =>
    segments(
      projected([
        ...(mesh(topology, object, (a, b) => a !== b && (province(a) !== province(b)) === across) as MultiLineString)
          .coordinates,
        ...arcLines(inland),
      ]),
    );
  expect(segments(flatSegments(prepared.provinceBorders))).toEqual(borders(true, undelta(stored?.across)));
  expect(segments(flatSegments(prepared.regencyBorders))).toEqual(borders(false, undelta(stored?.within)));
  expect(prepared.neighbors).toEqual(neighbors(object.geometries as never));
  const names = features.map((f) => String(f.properties?.name));
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  expect([...prepared.nameRank].map((place, r) => sorted[place] === names[r])).not.toContain(false);
  return prepared;
}

describe('the worker’s geometry', () => {
  it('joins rings and picks borders and neighbours as topojson-client does (a small grid)', () => {
    const prepared = checkAgainstTopojson(gridTopology());
    // 61.01 borders 61.02 and 61.03 (same province) and nothing of 62 but at a corner.
    expect(prepared.neighbors[0].map((i) => prepared.codes[i])).toEqual(['61.02', '61.03']);
    expect(prepared.inlandOf[7] - prepared.inlandOf[6]).toBe(1);
  });

  const built = 'public/generated/map/regencies.topo.json';
  it.skipIf(!existsSync(built))('does the same for the built national topology', () => {
    const topology = JSON.parse(readFileSync(built, 'utf8')) as Topology;
    const prepared = checkAgainstTopojson(topology);
    expect(prepared.codes.length).toBe((topology.objects.regencies as GeometryCollection).geometries.length);
  });

  it('places the reference frame where d3 projects, at any size (a scale and a shift)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 150, max: 3000 }),
        fc.double({ min: INDONESIA_BOX[0], max: INDONESIA_BOX[2], noNaN: true }),
        fc.double({ min: INDONESIA_BOX[1], max: INDONESIA_BOX[3], noNaN: true }),
        (width, height, lng, lat) => {
          const projection = fitProjection(width, height);
          const { s, dx, dy } = similarity(REFERENCE, paramsOf(projection));
          const [rx, ry] = project(lng, lat);
          const [ex, ey] = projection([lng, lat]) as [number, number];
          expect(Math.abs(s * rx + dx - ex)).toBeLessThan(1e-6);
          expect(Math.abs(s * ry + dy - ey)).toBeLessThan(1e-6);
        },
      ),
    );
  });
});

describe('filters and numbers', () => {
  const state = fc.record({
    province: fc.option(fc.constantFrom('61', '62'), { nil: null }),
    regency: fc.option(fc.constantFrom('61.03', '62.01'), { nil: null }),
    status: fc.subarray([...POINT_STATUSES]),
    year: fc.option(fc.integer({ min: 2019, max: 2025 }), { nil: null }),
  });
  const code = fc
    .tuple(fc.constantFrom('61.03', '61.04', '62.01'), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 }))
    .map(([r, d, v]) => `${r}.${String(d).padStart(2, '0')}.${String(2000 + v)}`);

  it('filterPoints shows what a plain pass over every point with a lookup per point shows', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(code, { minLength: 1, maxLength: 60 }),
        fc.array(
          fc.record({
            status: fc.constantFrom('proposed', 'target', 'formed'),
            year: fc.integer({ min: 2019, max: 2025 }),
          }),
          { maxLength: 60 },
        ),
        state,
        (codes, programs, partial) => {
          const points = decodePoints(
            encodePoints(
              codes.map((c, i) => ({
                code: c,
                lng: 110,
                lat: 0,
                status: POINT_STATUSES[i % 4],
                precision: POINT_PRECISIONS[0],
              })),
              [...INDONESIA_BOX],
            ).slice().buffer,
          );
          const villages: MapVillage[] = programs.slice(0, codes.length).map((p, i) => ({
            code: codes[i],
            name: codes[i],
            status: p.status as MapVillage['status'],
            year: p.year,
            yearBefore: null,
          }));
          const program = programByNumber(villages, (c) => Number(c.replace(/\./g, '')));
          const full: MapState = { ...defaultState(), ...partial };
          if (full.regency) full.province = full.regency.slice(0, 2);
          const { shown, counts } = filterPoints(points, program, full);
          const expected: number[] = [];
          for (let i = 0; i < points.count; i++) {
            const n = points.codes[i];
            const village = program.get(n);
            let status = village ? POINT_STATUSES.indexOf(village.status) : points.status[i];
            if (status > 0 && village && !inProgramBy(village, full.year)) status = 0;
            const inArea =
              (!full.province || Math.floor(n / 1e8) === Number(full.province)) &&
              (!full.regency || Math.floor(n / 1e6) === Number(full.regency.replace('.', '')));
            expected.push(inArea && full.status.includes(POINT_STATUSES[status]) ? status : HIDDEN);
          }
          expect([...shown]).toEqual(expected);
          expect(counts).toEqual([0, 1, 2, 3].map((s) => expected.filter((v) => v === s).length));
        },
      ),
    );
  });

  it('formatNumber writes whole numbers as Intl.NumberFormat does, in both locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e12 }), fc.constantFrom('id' as const, 'en' as const), (n, locale) => {
        const intl = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
        expect(formatNumber(locale, n)).toBe(intl.format(n));
      }),
    );
    expect(formatNumber('id', 83762)).toBe('83.762');
    expect(formatNumber('en', 1.25)).toBe('1.3');
  });
});

describe('the worker’s points', () => {
  it('projects every point into the reference frame and orders them for drawing, Desa Bersinar last', () => {
    const points = decodePoints(
      encodePoints(
        ['61.03.10.2001', '61.03.10.2002', '61.03.11.2001'].map((c, i) => ({
          code: c,
          lng: 110 + i,
          lat: -i,
          status: POINT_STATUSES[(3 - i) % 4],
          precision: POINT_PRECISIONS[0],
        })),
        [...INDONESIA_BOX],
      ).slice().buffer,
    );
    const data = preparePoints(points);
    for (let i = 0; i < points.count; i++) {
      const [x, y] = project(points.lng[i], points.lat[i]);
      expect(data.x[i]).toBe(f32(x));
      expect(data.y[i]).toBe(f32(y));
    }
    expect(data.order.map((bucket) => [...bucket])).toEqual([[], [2], [1], [0]]);
  });
});
