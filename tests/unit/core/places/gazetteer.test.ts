import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../../src/core/places/extract-places';
import { createGazetteer } from '../../../../src/core/places/gazetteer';
import type { CountryRecord, GazetteerData } from '../../../../src/core/places/gazetteer-records';

// A small world written for these tests: three countries and a few towns.
const country = (name: string, alpha2: string, code: string, demonym: string, lat: number, lon: number, region: string, subregion: string, altNames: string[] = [], capitals: string[] = []): CountryRecord => ({
  name, officialName: `Republic of ${name}`, altNames, demonym, lat, lon, code, alpha2, region, subregion, capitals,
});

const data: GazetteerData = {
  countries: [
    country('Norland', 'NL', '901', 'Norlandic', 60, 10, 'Europe', 'Northern Europe', ['NL', 'NRL', 'Nordland']),
    country('Sudia', 'SD', '902', 'Sudian', 40, 20, 'Europe', 'Southern Europe', ['SD'], ['Porto Sul']),
    country('Westmark', 'WM', '903', 'Westmarkian', 50, -5, 'Europe', 'Western Europe', ['IT']),
  ],
  cities: [
    { name: 'Porto Sul', altNames: [], country: 'SD', population: 900_000, lat: 41, lon: 21 },
    { name: 'Porto Sul', altNames: [], country: 'NL', population: 2_000_000, lat: 61, lon: 11 },
    { name: 'Greyford', altNames: ['Grayford'], country: 'NL', population: 50_000, lat: 59, lon: 9 },
    { name: 'Baker', altNames: [], country: 'WM', population: 20_000, lat: 51, lon: -4 },
  ],
  countryOutline: (code) => (code === '901' ? [[0, 55], [20, 55], [20, 70], [0, 70]] : null),
};
const gazetteer = createGazetteer(data);

describe('gazetteer', () => {
  it('finds countries by name, official name, alternative name and code written in capitals', () => {
    for (const name of ['Norland', 'the Norland', 'Republic of Norland', 'Nordland', 'NRL']) expect(gazetteer.lookup(name)?.name).toBe('Norland');
    // An ISO alpha-2 code is not how prose names a country ("an IQ test"); only "US" is.
    expect(gazetteer.lookup('NL')).toBeNull();
    expect(gazetteer.lookup('Norland')).toMatchObject({ kind: 'country', lat: 60, lon: 10, countryCode: '901' });
  });

  it('reads dotted codes ("N.R.L.") as codes', () => {
    expect(gazetteer.lookup('N.R.L.')?.name).toBe('Norland');
  });

  it('does not read ordinary words as country codes', () => {
    expect(gazetteer.lookup('It')).toBeNull();
    expect(gazetteer.lookup('nl')).toBeNull();
  });

  it('knows demonyms', () => {
    expect(gazetteer.countryOfDemonym('Sudian')?.name).toBe('Sudia');
  });

  it('places a world region at the median of its countries', () => {
    expect(gazetteer.lookup('Europe')).toMatchObject({ kind: 'region', lat: 50, lon: 10 });
  });

  it('places a compass part of a country inside its outline', () => {
    const east = gazetteer.lookup('eastern Norland');
    expect(east).toMatchObject({ kind: 'region', countryCode: '901' });
    expect(east?.lon).toBeGreaterThan(10);
    expect(gazetteer.lookup('the Norlandic Far East')?.lon).toBeGreaterThan(10);
    expect(gazetteer.lookup('northern Norland')?.lat).toBeGreaterThan(62);
  });

  it('prefers a capital, then the most populous city of a name', () => {
    expect(gazetteer.lookup('Porto Sul')).toMatchObject({ kind: 'city', lat: 41 });
    expect(gazetteer.lookup('Grayford')?.name).toBe('Greyford');
  });
});

describe('extractPlaces', () => {
  const sentences = (...texts: string[]) => texts.map((text, index) => ({ index, text }));

  it('counts countries by name and demonym, and regions', () => {
    const places = extractPlaces(sentences('Norland and Sudia signed a deal.', 'The Norlandic navy left for Europe.', 'It rained in the NRL capital.'), gazetteer);
    expect(places.map((p) => [p.name, p.mentions])).toEqual([
      ['Norland', 3],
      ['Sudia', 1],
      ['Europe', 1],
    ]);
  });

  it('does not list a country met only as an adjective ("a Westmarkian collector")', () => {
    expect(extractPlaces(sentences('A Westmarkian collector bought the painting in Norland.'), gazetteer).map((p) => p.name)).toEqual(['Norland']);
  });

  it('takes a compass part as one region, not a country plus a stray word', () => {
    const places = extractPlaces(sentences('The leaders met in the Norlandic Far East last week.'), gazetteer);
    expect(places.map((p) => [p.name, p.kind])).toEqual([['Norlandic Far East', 'region']]);
  });

  it('takes cities where the text uses them as places, not surnames or words after "according to"', () => {
    const places = extractPlaces(sentences('Talks were held in Greyford on Monday.', 'According to Baker, the talks went well.', 'Anna Baker spoke first.', 'Norland sent envoys.'), gazetteer, { personNames: new Set(['Anna Baker', 'Baker']) });
    expect(places.map((p) => p.name).sort()).toEqual(['Greyford', 'Norland']);
  });

  it('counts the dateline as a mention', () => {
    expect(extractPlaces(sentences('Nothing else here.'), gazetteer, { dateline: 'Porto Sul' }).map((p) => p.name)).toEqual(['Porto Sul']);
  });
});
