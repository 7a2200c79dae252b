// The compact gazetteer index: keys agree with the build script, lookups are binary searches in the
// sorted file, and the real data has regions, home nations and towns whose names are words.
import { describe, expect, it } from 'vitest';
import { placeKey } from '../../../src/core/places/place-key';
import { extractPlaces } from '../../../src/core/places/extract-places';
import { createFileIndex } from '../../../src/host/gazetteer-index';
import { gazetteer } from '../../../src/host/offline-gazetteer';
// @ts-expect-error a plain script without types
import { placeKey as buildKey } from '../../../scripts/build-gazetteer.mjs';

describe('gazetteer index', () => {
  it('keys the index with the lookups\' own function (the build script compiles place-key.ts)', () => {
    for (const name of ['Pointe-à-Pitre', 'São  Paulo', 'Côte d’Ivoire', 'ÅLESUND', "L'Aquila"]) expect(placeKey(name)).toBe((buildKey as (name: string) => string)(name));
  });

  it('finds every line of a sorted file by binary search, and nothing else', () => {
    const record = (name: string) => ['c', name, 'NL', '', '1', '2', '3000', ''].join('\u001f');
    const keys = ['alder', 'alder bay', 'alderia', 'bergfjord', 'brisca', 'zed'];
    const index = createFileIndex(`${keys.map((key) => `${key}\t${record(key)}`).join('\n')}\n`);
    for (const key of keys) expect(index.find(key).map((found) => found.name)).toEqual([key]);
    for (const missing of ['a', 'alde', 'alder b', 'c', 'zz', '']) expect(index.find(missing)).toEqual([]);
    expect(index.find('Alder Bay')[0]).toMatchObject({ kind: 'city', country: 'NL', lat: 1, lon: 2, population: 3000 });
  });
});

describe('the offline data', () => {
  const sentences = (...texts: string[]) => texts.map((text, index) => ({ index, text }));

  it('has first-level regions with coordinates', () => {
    expect(gazetteer().lookup('Liguria')).toMatchObject({ kind: 'region' });
    expect(gazetteer().lookup('Alabama')).toMatchObject({ kind: 'region' });
  });

  it('has the home nations as countries (as sport names them)', () => {
    const places = extractPlaces(sentences('England beat Wales at the weekend.'), gazetteer());
    expect(places.map((place) => `${place.name}:${place.kind}`).sort()).toEqual(['England:country', 'Wales:country']);
  });

  it('places a city whose name is a word by its region', () => {
    const places = extractPlaces(sentences('The storm reached Alabama on Monday.', 'Mobile closed its port.'), gazetteer(), { lowerCaseWords: new Set(['mobile']) });
    expect(places.map((place) => place.name)).toContain('Alabama');
    const mobile = extractPlaces(sentences('The port of Mobile, Alabama, reopened.'), gazetteer());
    expect(mobile.find((place) => place.name === 'Mobile')?.lat).toBeCloseTo(30.7, 0);
  });
});
