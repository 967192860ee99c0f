/**
 * The geo build's geometry: winding d3-geo accepts (every regency smaller than a hemisphere), every regency kept,
 * the size budget, and the fallback outline without the geo folder. Reads ../shared/geo directly when present.
 */
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { fallbackTopology } from '../../scripts/geo/fallback.ts';
import { rewindForD3, signedArea } from '../../scripts/geo/rewind.ts';
import { readGeoSource } from '../../scripts/geo/source.ts';
import { CLIENT_TOPOLOGY, nationalTopology, regencyFeatures } from '../../scripts/geo/topology.ts';
import { loadReference } from '../../src/content-model/reference.ts';

const features = (t: Topology, name: string) =>
  (feature(t, t.objects[name] as GeometryCollection) as FeatureCollection).features;

describe('winding', () => {
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [100, 0],
        [101, 0],
        [101, 1],
        [100, 1],
        [100, 0],
      ],
    ],
  };
  it('an RFC 7946 (counter-clockwise) square is the whole globe but one degree to d3, until rewound', () => {
    expect(signedArea(square.coordinates[0])).toBeGreaterThan(0);
    expect(geoArea({ type: 'Feature', properties: {}, geometry: square })).toBeGreaterThan(2 * Math.PI);
    const rewound = rewindForD3(square);
    expect(signedArea(rewound.coordinates[0])).toBeLessThan(0);
    expect(geoArea({ type: 'Feature', properties: {}, geometry: rewound })).toBeCloseTo(3.05e-4, 5);
  });
});

describe('national topology', async () => {
  const source = await readGeoSource();
  let topology: Topology;
  beforeAll(async () => {
    if (!source) return;
    const reference = await loadReference();
    const names = { regencies: reference.regencies, provinces: reference.provinces };
    ({ topology } = nationalTopology(regencyFeatures(source.regencies), names, CLIENT_TOPOLOGY));
  }, 60_000);

  it.skipIf(!source)('keeps all 514 regencies, each smaller than a hemisphere (d3 winding), within 150 KB gzip', () => {
    const regencies = features(topology, 'regencies');
    expect(regencies).toHaveLength(514);
    for (const f of regencies) {
      const area = geoArea(f as Feature);
      expect(area, String(f.id)).toBeGreaterThan(0);
      expect(area, String(f.id)).toBeLessThan(0.01);
    }
    expect(gzipSync(JSON.stringify(topology)).length).toBeLessThan(150 * 1024);
    expect((topology.objects.provinces as GeometryCollection).geometries).toHaveLength(38);
  });
});

describe('fallback without the geo folder', () => {
  it('is Indonesia from Natural Earth, wound for d3', () => {
    const topology = fallbackTopology(new Map([['61', { code: '61', name: 'Kalimantan Barat' }]]));
    const [outline] = features(topology, 'outline');
    // Indonesia is about 1.9 million km²: 0.047 steradians on a 6,371 km sphere.
    expect(geoArea(outline as Feature)).toBeGreaterThan(0.04);
    expect(geoArea(outline as Feature)).toBeLessThan(0.055);
    expect(features(topology, 'regencies')).toHaveLength(0);
  });
});
