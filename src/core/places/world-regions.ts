// Named parts of the world, located from the countries that make them up (no coordinates written here).
import type { CountryRecord } from './gazetteer-records';

export interface WorldRegion {
  name: string;
  members: (country: CountryRecord) => boolean;
}

const inRegion = (...regions: string[]) => (country: CountryRecord) => regions.includes(country.region);
const inSubregion = (...subregions: string[]) => (country: CountryRecord) => subregions.includes(country.subregion);

/** Continents and subregions as world-countries names them, plus a few common names for groups of them. */
export function worldRegions(countries: CountryRecord[]): WorldRegion[] {
  const regions: WorldRegion[] = [];
  for (const name of new Set(countries.map((country) => country.region))) {
    if (name && name !== 'Antarctic') regions.push({ name, members: inRegion(name) });
  }
  for (const name of new Set(countries.map((country) => country.subregion))) {
    if (name) regions.push({ name, members: inSubregion(name) });
  }
  regions.push(
    { name: 'Eurasia', members: inRegion('Europe', 'Asia') },
    { name: 'Middle East', members: inSubregion('Western Asia') },
    { name: 'Latin America', members: inSubregion('South America', 'Central America', 'Caribbean') },
    { name: 'Southeast Asia', members: inSubregion('South-Eastern Asia') },
    { name: 'East Asia', members: inSubregion('Eastern Asia') },
    { name: 'Scandinavia', members: (country) => ['NO', 'SE', 'DK'].includes(country.alpha2) },
    { name: 'Balkans', members: inSubregion('Southeast Europe') },
    { name: 'Arabia', members: (country) => ['SA', 'YE', 'OM', 'AE', 'QA', 'BH', 'KW'].includes(country.alpha2) },
  );
  // The names prose uses for the subregions ("North Africa" for world-countries' "Northern Africa").
  for (const [name, subregion] of commonSubregionNames) regions.push({ name, members: inSubregion(subregion) });
  return regions;
}

const commonSubregionNames: Array<[string, string]> = [
  ['North Africa', 'Northern Africa'],
  ['East Africa', 'Eastern Africa'],
  ['West Africa', 'Western Africa'],
  ['Central Africa', 'Middle Africa'],
  ['South Asia', 'Southern Asia'],
  ['Southeastern Asia', 'South-Eastern Asia'],
  ['Southeastern Europe', 'Southeast Europe'],
];

/** The median of the members' centres: robust to one huge member (Russia in Europe). */
export function regionCentre(members: CountryRecord[]): { lat: number; lon: number } | null {
  if (members.length === 0) return null;
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  return { lat: round(median(members.map((c) => c.lat))), lon: round(median(members.map((c) => c.lon))) };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
