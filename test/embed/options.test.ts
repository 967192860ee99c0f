/** Embed options: one parser for iframe query strings and element attributes; one URL per widget. */
import { describe, expect, it } from 'vitest';
import { areaKind, embedPath, optionsQuery, parseOptions } from '../../src/embed/options.ts';

const parse = (widget: Parameters<typeof parseOptions>[0], query: string) =>
  parseOptions(widget, (name) => new URLSearchParams(query).get(name));

describe('embed options', () => {
  it('tells areas apart by the shape of their Kemendagri code', () => {
    expect(areaKind('')).toBe('national');
    expect(areaKind('61')).toBe('province');
    expect(areaKind('61.03')).toBe('regency');
    expect(areaKind('61.03.10.2001')).toBe('village');
    for (const bad of ['6', '61.3', '61.03.10', '61.03.10.20011', 'sanggau', '61.03 '])
      expect(areaKind(bad)).toBeNull();
  });

  it('defaults: Indonesian, automatic theme, full view, newest year, the villages-formed indicator', () => {
    const { options, problems } = parse('angka', 'area=61.03');
    expect(problems).toEqual([]);
    expect(options).toEqual({
      widget: 'angka',
      area: '61.03',
      indicator: null,
      year: null,
      lang: 'id',
      theme: 'auto',
      view: 'full',
      id: null,
    });
  });

  it('reads every option', () => {
    const { options, problems } = parse(
      'angka',
      'area=61&indicator=rehab-outpatient&year=2023&lang=en&theme=dark&view=compact&id=w1',
    );
    expect(problems).toEqual([]);
    expect(options).toMatchObject({
      area: '61',
      indicator: 'rehab-outpatient',
      year: 2023,
      lang: 'en',
      theme: 'dark',
      view: 'compact',
      id: 'w1',
    });
  });

  it('names each bad option with the value given and what is accepted; unknown names are ignored', () => {
    const { options, problems } = parse(
      'angka',
      'area=61.3&year=23&lang=fr&theme=blue&view=big&indicator=Bad!&utm_source=x',
    );
    expect(problems.map((p) => [p.name, p.value])).toEqual([
      ['lang', 'fr'],
      ['theme', 'blue'],
      ['view', 'big'],
      ['area', '61.3'],
      ['indicator', 'Bad!'],
      ['year', '23'],
    ]);
    expect(problems.find((p) => p.name === 'theme')?.expected).toBe('auto, light, dark');
    // The message is still shown in a valid language and theme.
    expect(options).toMatchObject({ lang: 'id', theme: 'auto', view: 'full', year: null, indicator: null });
  });

  it('keeps each widget to its kind of area', () => {
    expect(parse('peta', 'area=61').problems.map((p) => p.name)).toEqual(['area']);
    expect(parse('peta', 'area=61.03').problems).toEqual([]);
    expect(parse('desa', 'area=61.03').problems.map((p) => p.name)).toEqual(['area']);
    expect(parse('desa', 'area=61.03.10.2001').problems).toEqual([]);
    expect(parse('angka', '').problems).toEqual([]);
    expect(parse('angka', 'area=61.03.10.2001').problems.map((p) => p.name)).toEqual(['area']);
  });

  it('writes one URL per widget: defaults left out, a fixed order, and it parses back to the same options', () => {
    expect(embedPath({ widget: 'angka', area: '61.03', lang: 'id', theme: 'auto', view: 'full' })).toBe(
      '/embed/angka/?area=61.03',
    );
    expect(embedPath({ widget: 'angka' })).toBe('/embed/angka/');
    const query = optionsQuery({
      view: 'compact',
      theme: 'dark',
      lang: 'en',
      year: 2023,
      indicator: 'youth-trained',
      area: '61',
    });
    expect(query).toBe('?area=61&indicator=youth-trained&year=2023&lang=en&theme=dark&view=compact');
    expect(parse('angka', query.slice(1)).options).toMatchObject({
      area: '61',
      indicator: 'youth-trained',
      year: 2023,
      lang: 'en',
      theme: 'dark',
      view: 'compact',
    });
  });
});
