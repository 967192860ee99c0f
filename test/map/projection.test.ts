/** The fast projector draws exactly where d3-geo projects (it is the same Mercator, without the stream). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitProjection, INDONESIA_BOX, projector } from '../../src/map/projection.ts';

describe('projector', () => {
  it('matches d3-geo to a micro-pixel anywhere in Indonesia, at any size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 150, max: 3000 }),
        fc.double({ min: INDONESIA_BOX[0], max: INDONESIA_BOX[2], noNaN: true }),
        fc.double({ min: INDONESIA_BOX[1], max: INDONESIA_BOX[3], noNaN: true }),
        (width, height, lng, lat) => {
          const projection = fitProjection(width, height);
          const [x, y] = projector(projection)(lng, lat);
          const [ex, ey] = projection([lng, lat]) as [number, number];
          expect(Math.abs(x - ex)).toBeLessThan(1e-6);
          expect(Math.abs(y - ey)).toBeLessThan(1e-6);
        },
      ),
    );
  });

  it('falls back to d3 for any other projection', () => {
    const rotated = fitProjection(800, 400).rotate([10, 0]);
    expect(projector(rotated)(110, -7)).toEqual(rotated([110, -7]));
  });
});
