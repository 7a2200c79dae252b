import { describe, expect, it } from 'vitest';
import { longitudeNear, normalizeLongitude, viewCentreLongitude } from '../../../../src/core/map/longitude-window';

describe('viewCentreLongitude', () => {
  it('centres on the middle of places that do not cross 180°', () => {
    expect(viewCentreLongitude([10, 30, 20])).toBeCloseTo(20);
  });

  it('centres on the Pacific when the places lie on both sides of 180°', () => {
    // Tokyo, Honolulu, Anchorage: the narrowest arc runs east from 139°E across the antimeridian.
    const centre = viewCentreLongitude([139.7, -157.8, -149.9]);
    expect(normalizeLongitude(centre - 180)).toBeGreaterThan(-60);
    expect(longitudeNear(-149.9, centre)).toBeGreaterThan(139.7);
  });

  it('is 0 without places', () => {
    expect(viewCentreLongitude([])).toBe(0);
  });
});

describe('longitudeNear', () => {
  it('moves a longitude by whole turns into the window round the centre', () => {
    expect(longitudeNear(-170, 150)).toBe(190);
    expect(longitudeNear(170, -150)).toBe(-190);
    expect(longitudeNear(10, 0)).toBe(10);
  });
});
