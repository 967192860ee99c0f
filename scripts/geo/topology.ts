/**
 * The national TopoJSON: `regencies` (id = Kemendagri code, properties.name), simplified and quantized, and
 * `provinces` as names only (id, properties.name): the client merges province shapes from their regencies when it
 * needs them (topojson-client `merge`/`mesh`), which costs less than shipping a second set of arc indexes.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type Area, namedNulls } from './areas.ts';
import { inlandArcs } from './inland.ts';
import { rewindForD3 } from './rewind.ts';
import { type SimplifyOptions, simplifyTopology } from './simplify.ts';
import { repairWinding } from './winding.ts';

export interface TopologyOptions extends SimplifyOptions {
  /** Grid size of the quantization (1e5: about 50 m across Indonesia). */
  quantization: number;
}

/** The client's topology: about 140 KB gzip (budget 150 KB); islands under ~1.2 km² dropped. */
export const CLIENT_TOPOLOGY: TopologyOptions = { retain: 0.14, minArea: 1e-4, quantization: 1e5 };
/** The static SVG's: a pixel of the 1000-wide SVG is about 5 km, so islands under ~37 km² are specks. */
export const SVG_TOPOLOGY: TopologyOptions = { retain: 0.02, minArea: 3e-3, quantization: 2e4 };

type RegencyFeature = Feature<Polygon | MultiPolygon, { code: string }>;

/** Source features, rewound for d3-geo, keyed by code, with nothing but their geometry. */
export function regencyFeatures(source: FeatureCollection): RegencyFeature[] {
  return source.features.map((f) => ({
    type: 'Feature',
    id: String(f.properties?.code),
    properties: { code: String(f.properties?.code) },
    geometry: rewindForD3(f.geometry as Polygon | MultiPolygon),
  }));
}

/** Regencies and provinces in one topology, named from the official reference. */
export function nationalTopology(
  features: RegencyFeature[],
  names: { regencies: Map<string, Area>; provinces: Map<string, Area> },
  options: TopologyOptions,
): ReturnType<typeof repairWinding> {
  const raw = topology({ regencies: { type: 'FeatureCollection', features } as FeatureCollection }) as Topology;
  const simple = simplifyTopology(raw, options);
  const regencies = simple.objects.regencies as GeometryCollection;
  for (const g of regencies.geometries) {
    const code = String(g.id);
    g.properties = { name: names.regencies.get(code)?.name ?? code };
  }
  const named = { ...simple, objects: { regencies, provinces: namedNulls(names.provinces) } } as Topology;
  const repaired = repairWinding(quantize(named as never, options.quantization) as Topology);
  Object.assign(repaired.topology, { inland: inlandArcs(repaired.topology) });
  return repaired;
}
