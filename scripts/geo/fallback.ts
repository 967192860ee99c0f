/**
 * The base map without the geo folder: Indonesia's outline from the `world-atlas` package (Natural Earth, public
 * domain; its TopoJSON is already wound for d3-geo), as a topology with the same objects the client reads —
 * `regencies` empty, `provinces` named, plus `outline`.
 */
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type Area, namedNulls } from './areas.ts';

const INDONESIA_ISO_NUMERIC = '360';

export function fallbackTopology(provinces: Map<string, Area>, atlas = 'countries-50m.json'): Topology {
  const world = createRequire(import.meta.url)(`world-atlas/${atlas}`) as Topology;
  const countries = world.objects.countries as GeometryCollection;
  const indonesia = countries.geometries.find((g) => String(g.id) === INDONESIA_ISO_NUMERIC);
  if (!indonesia) throw new Error(`world-atlas ${atlas} has no Indonesia (${INDONESIA_ISO_NUMERIC})`);
  const outline = feature(world, indonesia) as Feature;
  const built = topology({ outline: { type: 'FeatureCollection', features: [outline] } as FeatureCollection });
  const named = {
    ...built,
    objects: { ...built.objects, regencies: emptyCollection(), provinces: namedNulls(provinces) },
  } as Topology;
  return quantize(named as never, 1e5) as Topology;
}

const emptyCollection = (): GeometryCollection => ({ type: 'GeometryCollection', geometries: [] });
