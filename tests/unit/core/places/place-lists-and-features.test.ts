// Lists of places, features no data knows, historical and common names, and the misreadings that made
// false places: a small world made up for these tests.
import { describe, expect, it } from 'vitest';
import { extractPlaces, type PlaceMention } from '../../../../src/core/places/extract-places';
import { createGazetteer } from '../../../../src/core/places/gazetteer';
import type { CountryRecord } from '../../../../src/core/places/gazetteer-records';
import { listedPlaces } from '../../../../src/core/places/listed-places';

const country = (name: string, alpha2: string, code: string, demonym: string, lat: number, lon: number, subregion = 'Northern Europe', region = 'Europe'): CountryRecord => ({
  name, officialName: name, altNames: [], demonym, lat, lon, code, alpha2, region, subregion, capitals: [],
});

const gazetteer = createGazetteer({
  countries: [
    country('Norland', 'NL', '901', 'Norlandic', 60, 10),
    country('Sudia', 'SD', '902', 'Sudian', 40, 20),
    country('Kappa', 'KP', '904', 'Kappan', 10, 30, 'Northern Africa', 'Africa'),
    country('Lamba', 'LB', '905', 'Lamban', 14, 34, 'Northern Africa', 'Africa'),
  ],
  regions: [{ name: 'Vesta', country: 'SD', region: 'Vesta', lat: 41, lon: 21, firstLevel: true }],
  cities: [
    { name: 'Lantern', altNames: [], country: 'SD', population: 250_000, lat: 41.5, lon: 21.5 },
    { name: 'Bergfjord', altNames: [], country: 'SD', population: 250_000, lat: 42, lon: 22 },
    { name: 'Ravel', altNames: [], country: 'SD', population: 120_000, lat: 40.5, lon: 20.5 },
    { name: 'Ada Moor', altNames: [], country: 'SD', population: 120_000, lat: 40.7, lon: 20.7 },
  ],
});

const sentences = (...texts: string[]) => texts.map((text, index) => ({ index, text }));
const names = (places: PlaceMention[]) => places.map((place) => `${place.name}:${place.kind}`).sort();

describe('lists of places', () => {
  it('takes a name listed among places as one, without coordinates when no data has it', () => {
    const places = extractPlaces(sentences('Traders sailed to Lantern, Bergfjord, Tolva and Sudia.'), gazetteer);
    expect(names(places)).toEqual(['Bergfjord:city', 'Lantern:city', 'Sudia:country', 'Tolva:landmark']);
    expect(places.find((place) => place.name === 'Tolva')).toMatchObject({ lat: null, lon: null });
  });

  it('takes no names from a list that modifies a noun, from a list of people, or from an address', () => {
    expect(listedPlaces('Norland, Sudia and Orvic merchants traded there.', () => true)).toEqual([]);
    const isPlace = (name: string) => ['Lantern', 'Sudia', 'Norland'].includes(name);
    expect(listedPlaces('Anna Berg, Tom Vale and Lantern were named.', isPlace)).toEqual([]);
    expect(listedPlaces('Jon Vale, Institute of Tides, Vale Studies, Lantern, Sudia', isPlace)).toEqual([]);
    expect(listedPlaces('They went to Lantern, Sudia, Norland and Tolva.', isPlace)).toEqual(['Tolva']);
  });

  it('does not take a person listed among places', () => {
    const text = sentences('Helen Tolva spoke.', 'Visitors came from Lantern, Bergfjord and Corporal Helen Tolva.');
    expect(names(extractPlaces(text, gazetteer, { personNames: new Set(['Helen Tolva', 'Helen', 'Tolva']) }))).toEqual(['Bergfjord:city', 'Lantern:city']);
  });
});

describe('features', () => {
  it('gives a plural feature word to each name joined by "and"', () => {
    expect(names(extractPlaces(sentences('Reports from Orm and Tarra Islands are confused.'), gazetteer))).toEqual(['Orm:landmark', 'Tarra Islands:landmark']);
  });

  it('keeps a sea even when a misreading made a person of it, and drops "a … Volcano"', () => {
    const places = extractPlaces(sentences('Ash fell on the Orvic Sea.', 'It was deemed a Decade Volcano.'), gazetteer, { personNames: new Set(['Orvic Sea', 'Orvic', 'Sea']) });
    expect(names(places)).toEqual(['Orvic Sea:landmark']);
  });

  it('takes a name the words before call an island or a port, though no data knows it', () => {
    expect(names(extractPlaces(sentences('The fleet reached the island of Tolva.'), gazetteer))).toEqual(['Tolva:landmark']);
    // "the cities of the Tolva coast": the name modifies a noun, so the cue is the coast's.
    expect(names(extractPlaces(sentences('Trade grew in the cities of the Tolva coast.'), gazetteer))).toEqual([]);
  });
});

describe('names that are not places', () => {
  it('reads "X, a … explorer" as a person, whatever town has the name', () => {
    expect(names(extractPlaces(sentences('Sudia signed a treaty with Ada Moor, a Norlandic explorer.'), gazetteer))).toEqual(['Sudia:country']);
  });

  it('reads no compass part inside a longer name ("the Norlandic East Trading Company")', () => {
    expect(names(extractPlaces(sentences('The Norlandic East Trading Company bought ships.'), gazetteer))).toEqual([]);
    // The country a company is named after still counts; the part of it does not.
    expect(names(extractPlaces(sentences('The East Norland Company bought ships.'), gazetteer))).toEqual(['Norland:country']);
    expect(names(extractPlaces(sentences('Storms hit eastern Norland.'), gazetteer))).toEqual(['eastern Norland:region']);
  });

  it('needs a cue for a first-level region whose name the document also writes as a word', () => {
    const lowerCaseWords = new Set(['vesta']);
    expect(names(extractPlaces(sentences('Vesta earnestly waited.', 'Sudia voted.'), gazetteer, { lowerCaseWords }))).toEqual(['Sudia:country']);
    expect(names(extractPlaces(sentences('Storms reached Vesta.', 'Sudia voted.'), gazetteer, { lowerCaseWords }))).toEqual(['Sudia:country', 'Vesta:region']);
  });
});

describe('common names of parts of the world', () => {
  it('knows "North Africa" as the subregion world data calls "Northern Africa"', () => {
    const [part] = extractPlaces(sentences('Caravans crossed North Africa.'), gazetteer);
    expect(part).toMatchObject({ name: 'North Africa', kind: 'region', lat: 12, lon: 32 });
  });
});

describe('name forms', () => {
  const world = createGazetteer({
    countries: [country('Norland', 'NL', '901', 'Norlandic', 60, 10), country('Sudia', 'SD', '902', 'Sudian', 40, 20)],
    cities: [
      { name: 'Saint Aldo', altNames: [], country: 'NL', population: 2_000_000, lat: 60.5, lon: 10.5 },
      { name: 'St. Aldo', altNames: [], country: 'SD', population: 200_000, lat: 40.5, lon: 20.5 },
      { name: 'The Vale', altNames: [], country: 'SD', population: 400_000, lat: 41, lon: 21 },
    ],
  });

  it('reads "St." as "Saint" too, and takes the town of the country the document names', () => {
    const places = extractPlaces(sentences('Talks moved to St. Aldo.', 'Norland hosted them.'), world);
    // Named as the document writes it.
    expect(places.find((place) => place.name === 'St. Aldo')).toMatchObject({ kind: 'city', lat: 60.5 });
  });

  it('keeps "The" of a name the gazetteer knows with it ("in The Vale")', () => {
    expect(names(extractPlaces(sentences('The court in The Vale ruled.'), world))).toEqual(['The Vale:city']);
  });

  it('takes a county as a place, and the county of "the Inhabitants of X County"', () => {
    expect(names(extractPlaces(sentences('To the Inhabitants of Brock County, in Sudia.'), world))).toEqual(['Brock County:landmark', 'Sudia:country']);
  });
});
