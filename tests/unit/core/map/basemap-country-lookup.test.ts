import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { basemapCountryLookup, type BasemapCountry } from '../../../../src/core/map/basemap-country-lookup';
import type { CountryGeometry } from '../../../../src/core/map/recentre-geometry';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries: BasemapCountry[] = feature(atlas, atlas.objects.countries).features.map((f) => ({
  code: String(f.id),
  name: f.properties.name,
  geometry: f.geometry as CountryGeometry,
}));
const lookup = basemapCountryLookup(countries);

describe('basemapCountryLookup', () => {
  it('finds a country by its basemap name, any case, with its ISO numeric code', () => {
    expect(lookup('north korea')).toMatchObject({ kind: 'country', countryCode: '408' });
    expect(lookup('250')).toMatchObject({ countryCode: '250' });
    expect(lookup('Nowhere Land')).toBeNull();
  });

  it('puts a country that crosses 180° on its mainland, not in the middle of the map', () => {
    const hit = lookup('Russia');
    expect(hit?.lon).toBeGreaterThan(60);
    expect(hit?.lon).toBeLessThan(140);
    expect(hit?.lat).toBeGreaterThan(50);
  });
});
