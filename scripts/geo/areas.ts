/** Official areas by code (from idn-area-data), and provinces as names only for the topology. */
import type { GeometryCollection } from 'topojson-specification';

export interface Area {
  code: string;
  name: string;
}

/** Provinces as geometry-less entries: their names, for search and labels (d3 merges shapes from regencies). */
export function namedNulls(provinces: Map<string, Area>): GeometryCollection {
  return {
    type: 'GeometryCollection',
    geometries: [...provinces.values()].map((p) => ({ type: null, id: p.code, properties: { name: p.name } })),
  } as unknown as GeometryCollection;
}
