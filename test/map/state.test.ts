/**
 * The map's URL state: parse ∘ serialise is the identity on valid states, defaults stay out of the URL, bad
 * values are dropped, and the parameter names match the public interface written in docs/map.md (read
 * separately from the code, so the docs are the oracle).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POINT_STATUSES } from '../../src/map/codec.ts';
import { defaultState, differsBeyondView, type MapState, parseState, serializeState } from '../../src/map/state.ts';

const round = (v: number, d: number) => Number(v.toFixed(d)) + 0; // + 0 turns -0 into 0

const state: fc.Arbitrary<MapState> = fc.record({
  province: fc.option(fc.integer({ min: 11, max: 96 }).map(String), { nil: null }),
  regency: fc.constant(null),
  status: fc.subarray([...POINT_STATUSES]),
  year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
  layer: fc.constantFrom('villages', 'desa-bersinar-formed', 'rehab-outpatient'),
  center: fc.option(
    fc
      .tuple(fc.double({ min: 95, max: 141, noNaN: true }), fc.double({ min: -11, max: 6, noNaN: true }))
      .map(([lng, lat]) => [round(lng, 4), round(lat, 4)] as [number, number]),
    { nil: null },
  ),
  zoom: fc.double({ min: 1, max: 256, noNaN: true }).map((z) => round(z, 2)),
  selected: fc.option(fc.constantFrom('61', '61.03', '61.03.10.2001'), { nil: null }),
});

describe('map URL state', () => {
  it('parses what it serialises', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseState(serializeState(s))).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('writes nothing for the default view, and a readable query otherwise', () => {
    expect(serializeState(defaultState())).toBe('');
    const s: MapState = {
      ...defaultState(),
      regency: '61.03',
      province: '61',
      status: ['target', 'formed'],
      year: 2023,
      layer: 'desa-bersinar-formed',
      center: [110.5, 0.1234],
      zoom: 12.5,
      selected: '61.03.10.2001',
    };
    expect(serializeState(s)).toBe(
      '?regency=61.03&status=target,formed&year=2023&layer=desa-bersinar-formed&center=110.5,0.1234&zoom=12.5&selected=61.03.10.2001',
    );
    expect(parseState(serializeState(s))).toEqual(s);
  });

  it('drops malformed values instead of failing', () => {
    const parsed = parseState(
      '?province=6&regency=61-03&status=formed,bogus&year=20x3&layer=<b>&center=500,1&zoom=0.2&selected=javascript:1&extra=1',
    );
    expect(parsed).toEqual({ ...defaultState(), status: ['formed'] });
    expect(parseState('?status=').status).toEqual([]);
    expect(parseState('?regency=61.03').province).toBe('61');
  });

  it('tells view-only changes from the rest (history entries)', () => {
    const a = defaultState();
    expect(differsBeyondView(a, { ...a, center: [110, 0], zoom: 4 })).toBe(false);
    expect(differsBeyondView(a, { ...a, selected: '61.03' })).toBe(true);
  });

  it('uses exactly the parameters docs/map.md documents', () => {
    const docs = readFileSync('docs/map.md', 'utf8');
    const table = docs.slice(docs.indexOf('## URL parameters'));
    const documented = [...table.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]).sort();
    const full: MapState = {
      province: '61',
      regency: null,
      status: ['formed'],
      year: 2023,
      layer: 'rehab-outpatient',
      center: [110, 0],
      zoom: 3,
      selected: '61.03',
    };
    const emitted = new Set([
      ...new URLSearchParams(serializeState(full)).keys(),
      ...new URLSearchParams(serializeState({ ...full, regency: '61.03' })).keys(),
    ]);
    expect(documented).toEqual([...emitted].sort());
  });
});
