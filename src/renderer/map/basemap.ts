// The offline basemap: Natural Earth country outlines from world-atlas (1:50m), bundled with the app
// and loaded from its own origin. No tile server: nothing leaves the app.
import { feature } from 'topojson-client';
import type { CountryGeometry, PolygonCoordinates } from '../../core/map/recentre-geometry';
import { recentreGeometry } from '../../core/map/recentre-geometry';
import { loadAtlas } from './basemap-atlas';

export interface Country {
  /** ISO 3166-1 numeric code, as world-atlas names its features (three digits). */
  code: string;
  name: string;
  geometry: CountryGeometry;
}

export interface CountryOutline {
  code: string;
  name: string;
  /** Polygons in the map's longitude window (see recentre-geometry.ts). */
  polygons: PolygonCoordinates[];
}

let loading: Promise<Country[]> | null = null;

/** The countries, loaded once per window and shared by every map. */
export function loadCountries(): Promise<Country[]> {
  loading ??= loadAtlas()
    .then((atlas) =>
      feature(atlas, atlas.objects.countries).features.flatMap((country): Country[] => {
        const geometry = country.geometry as { type: string } | null;
        if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
        return [{ code: String(country.id ?? ''), name: country.properties.name, geometry: geometry as CountryGeometry }];
      }),
    );
  loading.catch(() => {
    loading = null; // let the next map try again
  });
  return loading;
}

const outlinesByCentre = new Map<number, CountryOutline[]>();

/** Every country redrawn for a map centred on `centre`; maps sharing a centre share the work. */
export function countryOutlines(countries: readonly Country[], centre: number): CountryOutline[] {
  const key = Math.round(centre * 1000) / 1000;
  let outlines = outlinesByCentre.get(key);
  if (!outlines) {
    outlines = countries.map((country) => ({ code: country.code, name: country.name, polygons: recentreGeometry(country.geometry, key) }));
    outlinesByCentre.set(key, outlines);
  }
  return outlines;
}
