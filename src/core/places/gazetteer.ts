// Names -> places, from injected offline data: countries (names, alternative names, codes, demonyms),
// world regions, compass parts of countries and cities (the most populous first).
import type { PlaceHit } from '../../shared/api';
import { compassPoint, parseCompass } from './compass-part';
import type { CityRecord, CountryRecord, GazetteerData } from './gazetteer-data';
import { regionCentre, worldRegions } from './world-regions';

export interface Gazetteer {
  /** A place by any name people write for it, or null. */
  lookup(name: string): PlaceHit | null;
  /** The country whose people an adjective names ("Japanese" -> Japan), or null. */
  countryOfDemonym(adjective: string): PlaceHit | null;
  /** A city by name only (no countries or regions), preferring cities in the given countries. */
  city(name: string, preferCountries?: ReadonlySet<string>): (PlaceHit & { population: number; country: string }) | null;
  /** The ISO alpha-2 code of a country, by name, or null. */
  alpha2Of(country: string): string | null;
}

export function normalizePlaceName(name: string): string {
  return name
    .trim()
    .replace(/[’']s$/i, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function countryHit(country: CountryRecord): PlaceHit {
  return { name: country.name, kind: 'country', lat: country.lat, lon: country.lon, countryCode: country.code };
}

export function createGazetteer(data: GazetteerData): Gazetteer {
  const countries = new Map<string, CountryRecord>();
  // Codes ("US", "UAE") match only as written in capitals, so "It" and "In" stay words.
  const codes = new Map<string, CountryRecord>();
  const demonyms = new Map<string, CountryRecord>();
  for (const country of data.countries) {
    for (const name of [country.name, country.officialName, ...country.altNames]) {
      if (/^\p{Lu}{2,3}$/u.test(name)) {
        if (!codes.has(name)) codes.set(name, country);
        continue;
      }
      const key = normalizePlaceName(name);
      if (key && !countries.has(key)) countries.set(key, country);
    }
    if (country.demonym) demonyms.set(country.demonym.toLowerCase(), country);
  }
  const regions = new Map<string, PlaceHit>();
  for (const region of worldRegions(data.countries)) {
    const centre = regionCentre(data.countries.filter(region.members));
    if (centre) regions.set(region.name.toLowerCase(), { name: region.name, kind: 'region', ...centre });
  }
  const cities = new Map<string, CityRecord[]>();
  const bare = (name: string): string => name.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ');
  const capitals = new Set(data.countries.flatMap((country) => country.capitals.map((capital) => `${bare(capital)}|${country.alpha2}`)));
  for (const city of data.cities) {
    // "Washington, D.C." is also just "Washington".
    const short = city.name.includes(', ') ? [city.name.slice(0, city.name.indexOf(', '))] : [];
    for (const name of [city.name, ...short, ...city.altNames]) {
      const key = name.toLowerCase();
      const list = cities.get(key);
      if (list) list.push(city);
      else cities.set(key, [city]);
    }
  }
  const isCapital = (city: CityRecord): boolean => capitals.has(`${bare(city.name)}|${city.country}`);
  for (const list of cities.values()) {
    list.sort((a, b) => Number(isCapital(b)) - Number(isCapital(a)) || b.population - a.population || a.name.localeCompare(b.name));
  }

  const countryByNameOrDemonym = (words: string): CountryRecord | null => {
    const key = normalizePlaceName(words);
    return countries.get(key) ?? demonyms.get(key) ?? null;
  };

  const compassLookup = (name: string): PlaceHit | null => {
    const key = name.trim().replace(/^the\s+/i, '');
    // "eastern Turkey", "north-east Brazil", "the far north of Canada", "the Canadian far north"
    const before = /^((?:far[\s-]+)?(?:north|south)?[\s-]*(?:east|west)?(?:ern)?|central|far[\s-]+east(?:ern)?)\s+(.+)$/i.exec(key);
    const after = /^(.+?)\s+((?:far[\s-]+)?(?:north|south)?[\s-]*(?:east|west)?(?:ern)?)$/i.exec(key);
    const of = /^((?:far[\s-]+)?(?:north|south)?[\s-]*(?:east|west)?)\s+of\s+(.+)$/i.exec(key);
    for (const [compassWords, countryWords] of [
      [of?.[1], of?.[2]],
      [before?.[1], before?.[2]],
      [after?.[2], after?.[1]],
    ]) {
      if (!compassWords || !countryWords) continue;
      const compass = parseCompass(compassWords);
      const country = countryByNameOrDemonym(countryWords);
      if (!compass || !country) continue;
      const point = compassPoint(country, compass, data.countryOutline?.(country.code) ?? null);
      return { name: key, kind: 'region', ...point, countryCode: country.code };
    }
    return null;
  };

  const city = (name: string, preferCountries?: ReadonlySet<string>): (PlaceHit & { population: number; country: string }) | null => {
    const list = cities.get(name.trim().toLowerCase());
    if (!list || list.length === 0) return null;
    const chosen = (preferCountries && list.find((candidate) => preferCountries.has(candidate.country))) ?? (list[0] as CityRecord);
    return { name: chosen.name, kind: 'city', lat: chosen.lat, lon: chosen.lon, population: chosen.population, country: chosen.country };
  };

  // Stories repeat their place names; remembering answers (misses included) keeps lookups cheap.
  const remembered = new Map<string, PlaceHit | null>();
  const lookup = (name: string): PlaceHit | null => {
    let hit = remembered.get(name);
    if (hit === undefined) {
      hit = lookupOnce(name);
      remembered.set(name, hit);
    }
    return hit === null ? null : { ...hit };
  };

  function lookupOnce(name: string): PlaceHit | null {
      const key = normalizePlaceName(name);
      if (!key) return null;
      // "U.S." is written for "US".
      const asCode = name.trim().replace(/^the\s+/i, '').replace(/^((?:\p{Lu}\.){2,3})$/u, (dotted) => dotted.replace(/\./g, ''));
      const country = countries.get(key) ?? codes.get(asCode);
      if (country) return countryHit(country);
      const region = regions.get(key);
      if (region) return region;
      const compass = compassLookup(name);
      if (compass) return compass;
      const found = city(name.trim().replace(/^the\s+/i, ''));
      if (!found) return null;
      const { population: _population, country: _country, ...hit } = found;
      return hit;
  }

  return {
    lookup,
    countryOfDemonym(adjective) {
      const country = demonyms.get(adjective.trim().toLowerCase());
      return country ? countryHit(country) : null;
    },
    city,
    alpha2Of(country) {
      return countries.get(normalizePlaceName(country))?.alpha2 ?? null;
    },
  };
}
