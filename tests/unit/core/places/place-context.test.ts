// Regions, towns whose names are also words, landmarks: a small world made up for these tests.
import { describe, expect, it } from 'vitest';
import { extractPlaces, type PlaceMention } from '../../../../src/core/places/extract-places';
import { createGazetteer } from '../../../../src/core/places/gazetteer';
import type { CountryRecord } from '../../../../src/core/places/gazetteer-records';

const country = (name: string, alpha2: string, code: string, demonym: string, lat: number, lon: number): CountryRecord => ({
  name, officialName: name, altNames: [], demonym, lat, lon, code, alpha2, region: 'Europe', subregion: 'Northern Europe', capitals: [],
});
const region = (name: string, countryCode: string, lat: number, lon: number, firstLevel = true) => ({ name, country: countryCode, region: name, lat, lon, firstLevel });

const gazetteer = createGazetteer({
  countries: [country('Norland', 'NL', '901', 'Norlandic', 60, 10), country('Sudia', 'SD', '902', 'Sudian', 40, 20), country('Westmark', 'WM', '903', 'Westmarkian', 50, -5)],
  regions: [region('Alderia', 'NL', 61, 12), region('Brisca', 'SD', 41, 21), region('Greyshire', 'NL', 59, 8, false)],
  cities: [
    { name: 'Lantern', altNames: [], country: 'NL', population: 200_000, lat: 61.5, lon: 12.5 },
    { name: 'Lantern', altNames: [], country: 'SD', population: 250_000, lat: 41.5, lon: 21.5 },
    { name: 'Bergfjord', altNames: [], country: 'SD', population: 250_000, lat: 42, lon: 22 },
    { name: 'Union', altNames: [], country: 'WM', population: 50_000, lat: 51, lon: -4 },
    { name: 'Pointe-à-Vent', altNames: [], country: 'SD', population: 20_000, lat: 40.5, lon: 19.5 },
    { name: 'La Brise', altNames: [], country: 'SD', population: 1_500, lat: 40.2, lon: 19.2 },
    { name: 'Fort Alder', altNames: [], country: 'NL', population: 30_000, lat: 60.5, lon: 9.5 },
    { name: 'Porto Grande', altNames: ['Portogrande'], country: 'SD', population: 2_000_000, lat: 40.8, lon: 20.8 },
  ],
});

const sentences = (...texts: string[]) => texts.map((text, index) => ({ index, text }));
const names = (places: PlaceMention[]) => places.map((place) => `${place.name}:${place.kind}`).sort();
const lowerCaseWords = new Set(['lantern', 'the', 'union']);

describe('regions', () => {
  it('finds a state or province with a cue or its country named, with coordinates and its country', () => {
    const [alderia] = extractPlaces(sentences('Storms reached Alderia overnight.'), gazetteer);
    expect(alderia).toMatchObject({ name: 'Alderia', kind: 'region', lat: 61, lon: 12, countryCode: '901' });
    expect(names(extractPlaces(sentences('Alderia voted.', 'The Norlandic parliament met.'), gazetteer))).toEqual(['Alderia:region']);
    expect(names(extractPlaces(sentences('Alderia voted.'), gazetteer))).toEqual([]);
  });

  it('takes a lower division only when its country is named', () => {
    expect(names(extractPlaces(sentences('Greyshire voted.'), gazetteer))).toEqual([]);
    expect(names(extractPlaces(sentences('Greyshire voted.', 'Norland counted the ballots.'), gazetteer))).toEqual(['Greyshire:region', 'Norland:country']);
  });
});

describe('towns whose names are also words', () => {
  it('needs a cue or a named country or region when the document uses the name as a word', () => {
    const text = ['A lantern hung by the door.', 'Lantern is quiet tonight.'];
    expect(names(extractPlaces(sentences(...text), gazetteer, { lowerCaseWords }))).toEqual([]);
    expect(names(extractPlaces(sentences(...text, 'The mayor of Lantern spoke.'), gazetteer, { lowerCaseWords }))).toEqual(['Lantern:city']);
    expect(names(extractPlaces(sentences('Lantern’s mayor spoke.'), gazetteer, { lowerCaseWords }))).toEqual(['Lantern:city']);
  });

  it('takes a mid-sized town when the document names its region or country, and the one there', () => {
    const places = extractPlaces(sentences('Floods reached Alderia.', 'Lantern closed its schools.'), gazetteer);
    expect(places.find((place) => place.name === 'Lantern')).toMatchObject({ kind: 'city', lat: 61.5 });
    const south = extractPlaces(sentences('Sudia closed its border.', 'Lantern closed its schools.'), gazetteer);
    expect(south.find((place) => place.name === 'Lantern')).toMatchObject({ lat: 41.5 });
  });

  it('reads "X, Y" as the X in Y', () => {
    const places = extractPlaces(sentences('She grew up in Lantern, Brisca, by the sea.'), gazetteer);
    expect(places.find((place) => place.name === 'Lantern')).toMatchObject({ lat: 41.5 });
  });

  it('takes a city named once in "the harbour of X"', () => {
    expect(names(extractPlaces(sentences('Ships waited outside the harbour of Bergfjord.'), gazetteer))).toEqual(['Bergfjord:city']);
  });

  it('never takes "the Union" (a side, a party) for a town', () => {
    const text = sentences('Soldiers from the Union crossed the river.', 'The Union army camped there.', 'Westmark remembers the war.');
    expect(names(extractPlaces(text, gazetteer))).toEqual(['Westmark:country']);
  });
});

describe('spellings', () => {
  it('matches names with or without accents, hyphens and articles', () => {
    const text = sentences('The ferry sailed from Pointe-a-Vent to La Brise.', 'Both towns are in Sudia.');
    expect(names(extractPlaces(text, gazetteer))).toEqual(['La Brise:city', 'Pointe-à-Vent:city', 'Sudia:country']);
  });

  it('knows a city by its other spellings, and names it as the document does', () => {
    expect(extractPlaces(sentences('Talks opened in Portogrande.'), gazetteer)[0]).toMatchObject({ name: 'Portogrande', kind: 'city', lat: 40.8 });
  });
});

describe('landmarks', () => {
  it('lists features and buildings by the word that says what they are, unplaced when the data has no point', () => {
    const places = extractPlaces(sentences('The team left Kestrel Station for the Berg Valley.', 'Ferries cross the Narrow Channel to Mount Grey.'), gazetteer);
    expect(names(places)).toEqual(['Berg Valley:landmark', 'Kestrel Station:landmark', 'Mount Grey:landmark', 'Narrow Channel:landmark']);
    expect(places.every((place) => place.lat === null && place.lon === null)).toBe(true);
  });

  it('takes "Fort X" as the town when the gazetteer has a town of that name', () => {
    expect(extractPlaces(sentences('Troops gathered at Fort Alder.'), gazetteer)[0]).toMatchObject({ name: 'Fort Alder', kind: 'city', lat: 60.5 });
  });

  it('does not take a person whose surname is a feature word for a landmark', () => {
    expect(extractPlaces(sentences('Mayor Helen Park opened the session.'), gazetteer, { personNames: new Set(['Helen Park']) })).toEqual([]);
  });

  it('does not take an institution "of" a region for a visit to it', () => {
    expect(extractPlaces(sentences('She studied at the University of Alderia.'), gazetteer)).toEqual([]);
  });
});
