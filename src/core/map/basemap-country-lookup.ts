// Country names the basemap itself knows (Natural Earth's short names, and ISO numeric codes), so a
// highlight list or an arrow between countries is drawn even where the host's gazetteer has no answer.
import type { PlaceHit } from '../../shared/api';
import { recentreGeometry, type CountryGeometry } from './recentre-geometry';

export interface BasemapCountry {
  code: string;
  name: string;
  geometry: CountryGeometry;
}

export function basemapCountryLookup(countries: readonly BasemapCountry[]): (name: string) => PlaceHit | null {
  const byName = new Map<string, BasemapCountry>();
  for (const country of countries) {
    byName.set(country.name.trim().toLowerCase(), country);
    if (country.code) byName.set(country.code, country);
  }
  const found = new Map<string, PlaceHit>();
  return (name) => {
    const key = name.trim().toLowerCase();
    const country = byName.get(key) ?? byName.get(key.padStart(3, '0'));
    if (!country) return null;
    let hit = found.get(country.code);
    if (!hit) {
      hit = { name: country.name, kind: 'country', countryCode: country.code, ...middleOfLargestPart(country.geometry) };
      found.set(country.code, hit);
    }
    return hit;
  };
}

/** The middle of the box round the country's largest part (its mainland, for a marker or an arrow end). */
function middleOfLargestPart(geometry: CountryGeometry): { lat: number; lon: number } {
  const parts = recentreGeometry(geometry, 0);
  let best = { lat: 0, lon: 0 };
  let bestArea = -1;
  for (const part of parts) {
    const ring = part[0] ?? [];
    const lons = ring.map((p) => p[0] ?? 0);
    const lats = ring.map((p) => p[1] ?? 0);
    const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const area = (east - west) * (north - south);
    if (area > bestArea) {
      bestArea = area;
      best = { lat: (south + north) / 2, lon: (((west + east) / 2 + 540) % 360) - 180 };
    }
  }
  return best;
}
