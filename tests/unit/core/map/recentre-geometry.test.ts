import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { recentreGeometry, recentrePolygon, unwrapRing, type CountryGeometry, type Ring } from '../../../../src/core/map/recentre-geometry';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(atlas, atlas.objects.countries).features;

function lonSpan(ring: Ring): number {
  const lons = ring.map((p) => p[0] as number);
  return Math.max(...lons) - Math.min(...lons);
}
/** Even-odd test on the flat lon/lat plane, as the map draws it. */
function insideRing(ring: Ring, lat: number, lon: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function largestStep(ring: Ring): number {
  let step = 0;
  for (let i = 1; i < ring.length; i++) step = Math.max(step, Math.abs((ring[i]?.[0] as number) - (ring[i - 1]?.[0] as number)));
  return step;
}

describe('unwrapRing', () => {
  it('turns a jump from +180 to -180 into a continuous step', () => {
    const ring = unwrapRing([[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]]);
    expect(ring.map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
  });
});

describe('recentreGeometry on world-atlas countries', () => {
  for (const centre of [0, 100, 150, -170]) {
    it(`leaves no ring of any country jumping across a map centred on ${centre}°`, () => {
      const faults: string[] = [];
      for (const country of countries) {
        for (const ring of recentreGeometry(country.geometry as CountryGeometry, centre).flat()) {
          // A step longer than 30° along a coastline or border is the antimeridian smear.
          if (largestStep(ring) >= 30) faults.push(`${country.properties.name}: step of ${largestStep(ring)}°`);
          const lons = ring.map((p) => p[0] as number);
          if (Math.min(...lons) < centre - 210 || Math.max(...lons) > centre + 210) faults.push(`${country.properties.name}: outside the window`);
        }
      }
      expect(faults).toEqual([]);
    });
  }

  it('draws the country that crosses 180° as one piece east of its western border on an Asia-centred map', () => {
    const crossing = countries.find((c) => c.id === '643');
    expect(crossing).toBeDefined();
    const parts = recentreGeometry(crossing?.geometry as CountryGeometry, 105);
    const mainland = parts.map((p) => p[0] as Ring).sort((a, b) => b.length - a.length)[0] as Ring;
    expect(lonSpan(mainland)).toBeLessThan(180);
    expect(Math.max(...mainland.map((p) => p[0] as number))).toBeGreaterThan(180);
    for (const part of parts) expect(lonSpan(part[0] as Ring)).toBeLessThan(180);
  });

  it('draws the land round a pole as one piece filling the window, coast to pole', () => {
    const polar = countries.find((c) => c.id === '010');
    const parts = recentreGeometry(polar?.geometry as CountryGeometry, 120);
    const wide = parts.filter((p) => lonSpan(p[0] as Ring) > 180);
    expect(wide).toHaveLength(1);
    const outline = wide[0]?.[0] as Ring;
    // It starts and ends on the window's west edge (a wiggly coast may stray a little past it).
    expect(outline[0]?.[0]).toBeCloseTo(-60, 6);
    expect(outline[outline.length - 1]?.[0]).toBeCloseTo(-60, 6);
    // Across the whole window, inland near the pole is land and the Southern Ocean is not.
    for (const lon of [-55, 0, 60, 120, 180, 240, 295]) {
      expect(insideRing(outline, -86, lon), `${lon}° inland`).toBe(true);
      expect(insideRing(outline, -50, lon), `${lon}° at sea`).toBe(false);
    }
  });

  it('closes a single ring round a pole through the pole', () => {
    const ring = [[-180, 70], [-90, 72], [0, 71], [90, 72], [180, 70]];
    const [outline] = recentrePolygon([ring], 0);
    expect(outline).toBeDefined();
    expect(insideRing(outline as Ring, 85, 10)).toBe(true);
    expect(insideRing(outline as Ring, 60, 10)).toBe(false);
    expect(outline?.some((p) => p[1] === 90)).toBe(true);
  });
});
