// The places a document mentions, with how often: countries by name, code or demonym ("Japanese"),
// world regions, compass parts of countries ("the Canadian far north") and cities where the text uses them
// as places ("in Moscow") or they are large enough not to be mistaken for a surname.
import type { PlaceHit } from '../../shared/api';
import type { Gazetteer } from './gazetteer';

export interface PlaceMention extends PlaceHit {
  mentions: number;
  /** Index of the first sentence naming it, to order places as the story meets them. */
  first: number;
}

const minBigCityPopulation = 1_000_000;
const minTrustedPopulation = 100_000;
const locative = /\b(?:in|at|from|near|into|outside|across|around|visit(?:ed|ing|s)?|via|between|toward|towards)\s+(?:the\s+)?$/i;
// Two- and three-letter codes that are ordinary English words when capitalised in a headline.
const ambiguousCodes = new Set(['IN', 'IT', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'ME', 'MY', 'NO', 'OF', 'ON', 'OR', 'SO', 'TO', 'UP', 'AM', 'AN', 'IS', 'WE', 'ID', 'MA', 'PA', 'AL', 'LA', 'CAN', 'ARE', 'PER', 'AND']);

const calendarWords = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const capitalised = /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)*/gu;
const compassPhrase = /\b(?:the\s+)?((?:[Ff]ar[\s-]+)?(?:[Nn]orth|[Ss]outh)?[\s-]?(?:[Ee]ast|[Ww]est)?(?:ern)?|[Cc]entral)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)?)|\b(?:the\s+)?(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)?)\s+([Ff]ar\s+[Ee]ast|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)\b/gu;

export interface PlaceSentence {
  index: number;
  text: string;
}

export interface ExtractOptions {
  /** Names that are people in this document (a surname may also be a town). */
  personNames?: ReadonlySet<string>;
  /** The dateline counts as a mention. */
  dateline?: string | null;
}

export function extractPlaces(sentences: PlaceSentence[], gazetteer: Gazetteer, options: ExtractOptions = {}): PlaceMention[] {
  const found = new Map<string, PlaceMention>();
  const personNames = options.personNames ?? new Set<string>();
  const personWords = new Set([...personNames].flatMap((name) => name.split(/\s+/)));
  const add = (hit: PlaceHit, sentence: number): void => {
    const existing = found.get(hit.name);
    if (existing) existing.mentions += 1;
    else found.set(hit.name, { ...hit, mentions: 1, first: sentence });
  };
  const countries = new Set<string>();

  const pendingCities: Array<{ name: string; sentence: number; locative: boolean }> = [];
  if (options.dateline) pendingCities.push({ name: options.dateline, sentence: -1, locative: true });

  for (const sentence of sentences) {
    const taken: Array<[number, number]> = [];
    const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
    // Compass parts first, so "the Canadian far north" is one region rather than Canada plus a stray "far north".
    for (const match of sentence.text.matchAll(compassPhrase)) {
      const phrase = match[0].trim().replace(/^the\s+/i, '');
      if (!/\s/.test(phrase)) continue;
      const hit = gazetteer.lookup(phrase);
      if (hit?.kind !== 'region') continue;
      const start = (match.index ?? 0) + match[0].indexOf(phrase);
      taken.push([start, start + phrase.length]);
      add(hit, sentence.index);
    }
    for (const match of sentence.text.matchAll(/(?<![\p{L}.])(?:\p{Lu}\.){2,3}/gu)) {
      const hit = matchPlace(match[0], gazetteer);
      if (hit?.kind === 'country') {
        add(hit, sentence.index);
        countries.add(hit.name);
        taken.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
      }
    }
    for (const match of sentence.text.matchAll(capitalised)) {
      const start = match.index ?? 0;
      const tokens = match[0].split(/\s+/);
      // Longest gazetteer match first within each capitalised run ("South Africa" before "Africa").
      let i = 0;
      let offset = start;
      while (i < tokens.length) {
        let matched = 0;
        for (let n = Math.min(tokens.length - i, 5); n >= 1; n--) {
          const phrase = tokens.slice(i, i + n).join(' ').replace(/[’']s$/u, '');
          if (!free(offset, offset + phrase.length)) break;
          const hit = matchPlace(phrase, gazetteer);
          if (hit) {
            add(hit, sentence.index);
            if (hit.kind === 'country') countries.add(hit.name);
            matched = n;
            break;
          }
          // A city only when the whole run is its name (not part of "Berg University").
          if (n === tokens.length - i && i === 0 && !personNames.has(phrase) && !personWords.has(phrase)) {
            const before = sentence.text.slice(0, start);
            pendingCities.push({ name: phrase, sentence: sentence.index, locative: locative.test(before) && !/according\s+to\s+$/i.test(before) });
          }
        }
        const consumed = Math.max(matched, 1);
        offset += tokens.slice(i, i + consumed).join(' ').length + 1;
        i += consumed;
      }
    }
  }

  // Cities are resolved after countries are known, preferring a city in a country the story names.
  const countryAlpha2 = new Set<string>();
  for (const name of countries) {
    const code = gazetteer.alpha2Of(name);
    if (code) countryAlpha2.add(code);
  }
  for (const candidate of pendingCities) {
    if (found.has(candidate.name) && found.get(candidate.name)?.kind !== 'city') continue;
    if (calendarWords.test(candidate.name)) continue;
    const city = gazetteer.city(candidate.name, countryAlpha2);
    if (!city) continue;
    if (!candidate.locative && city.population < minBigCityPopulation && !found.has(city.name)) continue;
    // A town is only trusted when the story also names its country (there are many Hillsides).
    if (city.population < minTrustedPopulation && !countryAlpha2.has(city.country) && candidate.sentence >= 0) continue;
    const { population: _population, country: _country, ...hit } = city;
    add(hit, candidate.sentence);
  }
  return [...found.values()].sort((a, b) => b.mentions - a.mentions || a.first - b.first || a.name.localeCompare(b.name));
}

function matchPlace(phrase: string, gazetteer: Gazetteer): PlaceHit | null {
  if (/^\p{Lu}{2,3}$/u.test(phrase) && ambiguousCodes.has(phrase)) return null;
  const demonym = gazetteer.countryOfDemonym(phrase);
  if (demonym) return demonym;
  const hit = gazetteer.lookup(phrase);
  // Cities need context; they are decided by the caller.
  if (!hit || hit.kind === 'city') return null;
  // Codes count only in capitals ("US", not "us").
  return hit;
}
