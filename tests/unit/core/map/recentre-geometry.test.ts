import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { recentreGeometry, unwrapRing, type CountryGeometry, type Ring } from '../../../../src/core/map/recentre-geometry';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(atlas, atlas.objects.countries).features;

function lonSpan(ring: Ring): number {
  const lons = ring.map((p) => p[0] as number);
  return Math.max(...lons) - Math.min(...lons);
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
          // A step longer than 30° along a coastline or border is the antimeridian smear; only a
          // ring cut round the pole may close itself along the pole's latitude (its last two steps).
          const alongCoast = country.id === '010' ? ring.slice(0, -2) : ring;
          if (largestStep(alongCoast) >= 30) faults.push(`${country.properties.name}: step of ${largestStep(alongCoast)}°`);
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

  it('cuts a ring round the pole at the window edges and closes it through the pole', () => {
    const polar = countries.find((c) => c.id === '010');
    const parts = recentreGeometry(polar?.geometry as CountryGeometry, 120);
    const wide = parts.map((p) => p[0] as Ring).filter((ring) => lonSpan(ring) > 180);
    expect(wide.length).toBeGreaterThan(0);
    for (const ring of wide) {
      const lons = ring.map((p) => p[0] as number);
      expect(Math.min(...lons)).toBeCloseTo(-60, 6);
      expect(Math.max(...lons)).toBeCloseTo(300, 6);
      expect(ring.some((p) => p[1] === -90)).toBe(true);
    }
  });
});
