// "eastern Turkey", "northern Spain", "the Canadian far north": a compass part of a country, placed
// within the country's outline (or at its centre when no outline is available).
import type { CountryRecord } from './gazetteer-records';
import { round } from './world-regions';

export type Compass = { lat: -1 | 0 | 1; lon: -1 | 0 | 1; far: boolean };

const compassWords: Record<string, Compass> = {
  north: { lat: 1, lon: 0, far: false },
  south: { lat: -1, lon: 0, far: false },
  east: { lat: 0, lon: 1, far: false },
  west: { lat: 0, lon: -1, far: false },
  northeast: { lat: 1, lon: 1, far: false },
  northwest: { lat: 1, lon: -1, far: false },
  southeast: { lat: -1, lon: 1, far: false },
  southwest: { lat: -1, lon: -1, far: false },
  central: { lat: 0, lon: 0, far: false },
};

/** "Far Northern" -> far north; "north-western" -> northwest; null when the word is not a direction. */
export function parseCompass(words: string): Compass | null {
  const normal = words.toLowerCase().replace(/[-\s]/g, '').replace(/ern$/, '').replace(/^the/, '');
  const far = normal.startsWith('far');
  const direction = compassWords[far ? normal.slice(3) : normal];
  return direction ? { ...direction, far } : null;
}

export function compassPoint(country: CountryRecord, compass: Compass, outline: Array<[number, number]> | null): { lat: number; lon: number } {
  if (!outline || outline.length === 0) return { lat: country.lat, lon: country.lon };
  // Countries that cross the antimeridian (Russia, Fiji) are unwrapped around their centre.
  const points = outline.map(([lon, lat]): [number, number] => [lon - country.lon > 180 ? lon - 360 : country.lon - lon > 180 ? lon + 360 : lon, lat]);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const share = 0.4;
  const inPart = points.filter(([lon, lat]) => {
    const lonOk = compass.lon === 0 || (compass.lon > 0 ? lon >= maxLon - (maxLon - minLon) * share : lon <= minLon + (maxLon - minLon) * share);
    const latOk = compass.lat === 0 || (compass.lat > 0 ? lat >= maxLat - (maxLat - minLat) * share : lat <= minLat + (maxLat - minLat) * share);
    return lonOk && latOk;
  });
  const chosen = inPart.length > 0 ? inPart : points;
  const lon = chosen.reduce((sum, p) => sum + p[0], 0) / chosen.length;
  const lat = chosen.reduce((sum, p) => sum + p[1], 0) / chosen.length;
  return { lat: round(lat), lon: round(lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon) };
}
