/** Other representations of a list: GeoJSON (RFC 7946) and CSV (RFC 4180). */

type Cell = string | number | boolean | null | undefined;

const csvCell = (value: Cell) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A CSV document with a header row, CRLF line ends, fields quoted when they need it. */
export function toCsv(columns: string[], rows: Cell[][]): string {
  return `${[columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface PointFeature {
  id: string;
  lng: number | null;
  lat: number | null;
  properties: Record<string, unknown>;
}

/** A FeatureCollection; `foreign` members (meta, links) ride along as RFC 7946 §6.1 allows. */
export function toFeatureCollection(features: PointFeature[], foreign: Record<string, unknown>) {
  return {
    type: 'FeatureCollection' as const,
    features: features.map((f) => ({
      type: 'Feature' as const,
      id: f.id,
      geometry: f.lng === null || f.lat === null ? null : { type: 'Point' as const, coordinates: [f.lng, f.lat] },
      properties: f.properties,
    })),
    ...foreign,
  };
}
