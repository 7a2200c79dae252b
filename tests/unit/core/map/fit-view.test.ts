import { describe, expect, it } from 'vitest';
import { boundsAround, fitPadding, unionBounds } from '../../../../src/core/map/fit-view';

describe('boundsAround', () => {
  it('spans the places, in the map window across 180°', () => {
    const bounds = boundsAround([{ lat: 35, lon: 139 }, { lat: 21, lon: -157 }], 170);
    expect(bounds).toEqual({ south: 21, west: 139, north: 35, east: 203 });
  });

  it('widens a single place to the minimum span so it is not shown at street level', () => {
    expect(boundsAround([{ lat: 10, lon: 20 }], 0, 8)).toEqual({ south: 6, west: 16, north: 14, east: 24 });
  });

  it('stays inside what Web Mercator can show', () => {
    const bounds = boundsAround([{ lat: 89, lon: 0 }, { lat: -89, lon: 10 }], 0);
    expect(bounds?.north).toBe(80);
    expect(bounds?.south).toBe(-80);
  });

  it('is null without places', () => {
    expect(boundsAround([], 0)).toBeNull();
    expect(unionBounds(null, { south: 1, west: 2, north: 3, east: 4 })).toEqual({ south: 1, west: 2, north: 3, east: 4 });
  });
});

describe('fitPadding', () => {
  it('grows with the map and leaves room for the title', () => {
    const small = fitPadding(640, 360, false);
    const large = fitPadding(1920, 1080, true);
    expect(large.left).toBeGreaterThan(small.left);
    expect(large.top).toBeGreaterThan(large.bottom);
    expect(fitPadding(100, 100, false).left).toBe(24);
  });
});
