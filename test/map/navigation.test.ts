/** Search ranking and arrow-key moves between regencies (pure functions of the map). */
import { describe, expect, it } from 'vitest';
import { decodePoints, encodePoints } from '../../src/map/codec.ts';
import { nextRegency } from '../../src/map/keyboard.ts';
import type { MapData } from '../../src/map/model.ts';
import { INDONESIA_BOX } from '../../src/map/projection.ts';
import { areaIndex, fold, searchAreas, searchVillageCodes } from '../../src/map/search.ts';

const data: MapData = {
  provinces: [
    ['61', 'Kalimantan Barat'],
    ['19', 'Kepulauan Bangka Belitung'],
  ],
  regencies: [
    ['61.03', 'Kabupaten Sanggau', 'sanggau'],
    ['61.71', 'Kota Pontianak', null],
    ['19.02', 'Kabupaten Belitung', 'belitung'],
    ['19.06', 'Kabupaten Belitung Timur', 'belitung-timur'],
  ],
  villages: [],
  figures: {},
  years: [],
};

describe('search', () => {
  const index = areaIndex(data);
  it('folds case, accents and punctuation', () => expect(fold('  Kép. Seribu ')).toBe('kep seribu'));
  it('ranks an exact name (without "Kabupaten") first, then prefixes, then words', () => {
    expect(searchAreas(index, 'belitung').map((h) => h.code)).toEqual(['19.02', '19.06', '19']);
    expect(searchAreas(index, 'timur').map((h) => h.code)).toEqual(['19.06']);
    expect(searchAreas(index, 'SANGGAU')[0]).toMatchObject({
      kind: 'regency',
      code: '61.03',
      context: 'Kalimantan Barat',
    });
    expect(searchAreas(index, 'pontianak')[0].code).toBe('61.71');
  });
  it('finds provinces and regencies by code', () => {
    expect(searchAreas(index, '61').map((h) => h.code)).toEqual(['61', '61.03', '61.71']);
    expect(searchAreas(index, '61.03').map((h) => h.code)).toEqual(['61.03']);
  });
  it('finds villages by code prefix in the points', () => {
    const points = decodePoints(
      encodePoints(
        ['61.03.10.2001', '61.03.10.2002', '61.03.11.2001'].map((code) => ({
          code,
          lng: 110,
          lat: 0,
          status: 'none' as const,
          precision: 'village-centroid' as const,
        })),
        [...INDONESIA_BOX],
      ).slice().buffer,
    );
    expect(searchVillageCodes(points, '61.03.10')).toEqual(['61.03.10.2001', '61.03.10.2002']);
    expect(searchVillageCodes(points, '61.03.11.2001')).toEqual(['61.03.11.2001']);
    expect(searchVillageCodes(points, 'sanggau')).toEqual([]);
  });
});

describe('arrow keys between regencies', () => {
  const at = (code: string, x: number, y: number) => ({ code, centroid: [x, y] as [number, number] });
  const centre = at('c', 0, 0);
  const east = at('e', 10, 1);
  const north = at('n', 0, -10);
  const farEast = at('f', 50, 0);
  it('moves to the neighbour lying that way', () => {
    expect(nextRegency(centre, [east, north], [east, north, farEast], 'right')).toBe('e');
    expect(nextRegency(centre, [east, north], [east, north, farEast], 'up')).toBe('n');
  });
  it('crosses the sea to the nearest regency that way when no neighbour lies there', () => {
    expect(nextRegency(centre, [north], [north, farEast], 'right')).toBe('f');
    expect(nextRegency(centre, [north], [north, farEast], 'left')).toBeNull();
  });
});
