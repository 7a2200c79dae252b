// Names -> places, from injected offline data: countries (names, alternative names, codes, demonyms),
// world regions, compass parts of countries and cities (the most populous first).
import type { PlaceHit } from '../../shared/api';
import { compassPoint, parseCompass } from './compass-part';
import type { CityRecord, CountryRecord, GazetteerData, PlaceIndex, PlaceRecord } from './gazetteer-records';
import { placeKey } from './place-key';
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
  /** A country by name, alternative name or code (not a demonym), or null. */
  country(name: string): PlaceHit | null;
  /** A named part of the world ("Southeast Asia") or a compass part of a country ("eastern Norland"), or null. */
  worldPart(name: string): PlaceHit | null;
  /** Every region and city of that name, capitals and the most populous first. */
  candidates(name: string): PlaceRecord[];
  /** The country of an ISO alpha-2 code, or null. */
  countryOfCode(alpha2: string): PlaceHit | null;
}

/** Towns smaller than this are not found by name alone (the gazetteer's data goes down to 1,000 people). */
const minLookupPopulation = 15_000;

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
        // Prose writes "US", "UK", "UAE", "DPRK" for countries, but not their ISO alpha-2 codes ("an IQ test").
        if (name === country.alpha2 && name !== 'US') continue;
        if (!codes.has(name)) codes.set(name, country);
        continue;
      }
      const key = normalizePlaceName(name);
      if (key && !countries.has(key)) countries.set(key, country);
    }
    if (country.demonym) demonyms.set(country.demonym.toLowerCase(), country);
  }
  const regions = new Map<string, PlaceHit>();
  // A record sharing its alpha-2 code with an earlier one is part of that country (England in the
  // United Kingdom), which already counts.
  const seenAlpha2 = new Set<string>();
  const sovereign = data.countries.filter((country) => !seenAlpha2.has(country.alpha2) && Boolean(seenAlpha2.add(country.alpha2)));
  for (const region of worldRegions(sovereign)) {
    const centre = regionCentre(sovereign.filter(region.members));
    if (centre) regions.set(region.name.toLowerCase(), { name: region.name, kind: 'region', ...centre });
  }
  const bare = (name: string): string => name.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ');
  const capitals = new Set(data.countries.flatMap((country) => country.capitals.map((capital) => `${bare(capital)}|${country.alpha2}`)));
  const index = data.places ?? recordIndex(data);
  const byAlpha2 = new Map<string, CountryRecord>();
  for (const country of data.countries) if (!byAlpha2.has(country.alpha2) && country.code) byAlpha2.set(country.alpha2, country);
  const isCapital = (record: PlaceRecord): boolean => record.capital || capitals.has(`${bare(record.name)}|${record.country}`);
  const rememberedCandidates = new Map<string, PlaceRecord[]>();
  const candidates = (name: string): PlaceRecord[] => {
    const key = placeKey(name);
    let list = rememberedCandidates.get(key);
    if (!list) {
      // "St. Petersburg" is also "Saint Petersburg", and "St Louis" "Saint Louis".
      const saint = /^st\.?\s/.exec(key);
      const found = saint ? [...index.find(key), ...index.find(`saint ${key.slice(saint[0].length)}`)] : index.find(key);
      const seen = new Set<string>();
      list = found
        .filter((record) => !seen.has(`${record.kind}|${record.country}|${record.lat}|${record.lon}`) && Boolean(seen.add(`${record.kind}|${record.country}|${record.lat}|${record.lon}`)))
        .sort((a, b) => Number(isCapital(b)) - Number(isCapital(a)) || b.population - a.population || a.name.localeCompare(b.name));
      rememberedCandidates.set(key, list);
    }
    return list;
  };

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
    const list = candidates(name.trim()).filter((record) => record.kind === 'city' && record.population >= minLookupPopulation);
    if (list.length === 0) return null;
    const chosen = (preferCountries && list.find((candidate) => preferCountries.has(candidate.country))) ?? (list[0] as PlaceRecord);
    return { name: chosen.name, kind: 'city', lat: chosen.lat, lon: chosen.lon, population: chosen.population, country: chosen.country };
  };

  const countryOnly = (name: string): PlaceHit | null => {
    const key = normalizePlaceName(name);
    if (!key) return null;
    // "U.S." is written for "US".
    const asCode = name.trim().replace(/^the\s+/i, '').replace(/^((?:\p{Lu}\.){2,3})$/u, (dotted) => dotted.replace(/\./g, ''));
    const country = countries.get(key) ?? codes.get(asCode);
    return country ? countryHit(country) : null;
  };

  const worldPart = (name: string): PlaceHit | null => regions.get(normalizePlaceName(name)) ?? compassLookup(name);

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
    const country = countryOnly(name);
    if (country) return country;
    const part = worldPart(name);
    if (part) return part;
    const list = candidates(name.trim().replace(/^the\s+/i, ''));
    // A city of a million people before a region of its name ("New York"), then a first-level region, then the largest town.
    const chosen =
      list.find((record) => record.kind === 'city' && isCapital(record)) ??
      list.find((record) => record.kind === 'city' && record.population >= 1_000_000) ??
      list.find((record) => record.kind === 'region' && record.firstLevel) ??
      list.find((record) => record.kind === 'region') ??
      // Small towns only in context (extract-places): alone, a name of one is more often a surname.
      list.find((record) => record.kind === 'city' && record.population >= minLookupPopulation);
    if (!chosen) return null;
    const countryCode = chosen.kind === 'region' ? byAlpha2.get(chosen.country)?.code : undefined;
    return { name: chosen.name, kind: chosen.kind, lat: chosen.lat, lon: chosen.lon, ...(countryCode ? { countryCode } : {}) };
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
    country: countryOnly,
    worldPart,
    candidates,
    countryOfCode(alpha2) {
      const country = byAlpha2.get(alpha2);
      return country ? countryHit(country) : null;
    },
  };
}

/** An index over records given directly (tests, small worlds). */
function recordIndex(data: GazetteerData): PlaceIndex {
  const byKey = new Map<string, PlaceRecord[]>();
  const add = (name: string, record: PlaceRecord): void => {
    const key = placeKey(name);
    const list = byKey.get(key);
    if (list) list.push(record);
    else byKey.set(key, [record]);
  };
  for (const region of data.regions ?? []) add(region.name, { ...region, kind: 'region', population: 0, capital: false });
  for (const city of data.cities ?? ([] as CityRecord[])) {
    const record: PlaceRecord = { kind: 'city', name: city.name, country: city.country, region: '', lat: city.lat, lon: city.lon, population: city.population, firstLevel: false, capital: false };
    const short = city.name.includes(', ') ? [city.name.slice(0, city.name.indexOf(', '))] : [];
    for (const name of new Set([city.name, ...short, ...city.altNames])) add(name, record);
  }
  return { find: (key) => [...(byKey.get(placeKey(key)) ?? [])] };
}
