// The places a document mentions, with how often: countries by name, code or demonym ("Japanese"),
// world regions, compass parts of countries ("the Canadian far north"), states, provinces and regions,
// cities, and named features and buildings (islands, forts, stations, seas). A name that is also a word
// or a surname ("Mobile", "Baker") is a place when the text uses it as one ("in Mobile", "Mobile's
// mayor", "Mobile, Alabama") or when the document's other places vouch for it (its country or region is
// named). Which of several towns of one name is meant is decided the same way.
import type { PlaceHit } from '../../shared/api';
import { findLandmarks } from './find-landmarks';
import type { Gazetteer } from './gazetteer';
import type { PlaceRecord } from './gazetteer-records';
import { listedPlaces } from './listed-places';
import { placeCue, type PlaceCue } from './place-cues';
import { placeKey } from './place-key';

export type PlaceKind = 'country' | 'region' | 'city' | 'landmark';

export interface PlaceMention {
  name: string;
  kind: PlaceKind;
  /** Null for a landmark the offline data cannot place: it is listed and named, not put on the map. */
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 numeric code of the country, when the place is one (matches world-atlas ids). */
  countryCode?: string;
  mentions: number;
  /** Index of the first sentence naming it, to order places as the story meets them. */
  first: number;
}

/** Cities this large are places wherever they are named. */
const minBigCityPopulation = 1_000_000;
/** Cities this large are places when the document names their country or region. */
const minVouchedPopulation = 100_000;
/** Below this, a town needs both a cue and its country named. */
const minTownPopulation = 15_000;
// Two- and three-letter codes that are ordinary English words when capitalised in a headline.
const ambiguousCodes = new Set(['IN', 'IT', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'ME', 'MY', 'NO', 'OF', 'ON', 'OR', 'SO', 'TO', 'UP', 'AM', 'AN', 'IS', 'WE', 'ID', 'MA', 'PA', 'AL', 'LA', 'CAN', 'ARE', 'PER', 'AND']);

const calendarWords = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const nameWord = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*`;
// "La Désirade", "Pointe-à-Pitre", "Rio de Janeiro", "Isle of Wight": lower-case particles inside a name.
// "St. Petersburg", "Ste. Anne": an abbreviated saint opens a name.
const capitalised = new RegExp(String.raw`(?:(?:St|Ste|Mt|Ft)\.\s+)?${nameWord}(?:\s+(?:(?:of|de|da|do|dos|das|del|di|du|des|la|le|los|las|el|al|upon|am|der|den|im|sur)\s+(?:the\s+)?)?${nameWord})*`, 'gu');
const compassPhrase = /\b(?:the\s+)?((?:[Ff]ar[\s-]+)?(?:[Nn]orth|[Ss]outh)?[\s-]?(?:[Ee]ast|[Ww]est)?(?:ern)?|[Cc]entral)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)?)|\b(?:the\s+)?(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)?)\s+([Ff]ar\s+[Ee]ast|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)\b(?!\s+\p{Lu})/gu;

const institution = /^(?:(?:Royal|National|State|Central|Imperial)\s+)?(?:University|College|Institute|School|Academy|Museum|Bank|Church|Society|Association|League|Federation|Council|Ministry|Department|Court|Board|Office|Hospital|Library|Archdiocese|Diocese|Bishop|Archbishop|Duke|Duchess|Earl)\s+of\s/u;

export interface PlaceSentence {
  index: number;
  text: string;
}

export interface ExtractOptions {
  /** Names that are people in this document (a surname may also be a town). */
  personNames?: ReadonlySet<string>;
  /** The dateline counts as a mention. */
  dateline?: string | null;
  /** Words the document also writes in lower case ("mobile"): as a name alone they need a cue. */
  lowerCaseWords?: ReadonlySet<string>;
}

interface Candidate {
  name: string;
  sentence: number;
  cue: PlaceCue;
}

export function extractPlaces(sentences: PlaceSentence[], gazetteer: Gazetteer, options: ExtractOptions = {}): PlaceMention[] {
  const found = new Map<string, PlaceMention>();
  const personNames = options.personNames ?? new Set<string>();
  const personWords = new Set([...personNames].flatMap((name) => name.split(/\s+/)));
  const lowerCaseWords = options.lowerCaseWords ?? new Set<string>();
  const add = (hit: Omit<PlaceMention, 'mentions' | 'first'>, sentence: number): void => {
    const existing = found.get(hit.name);
    if (existing) {
      existing.mentions += 1;
      existing.first = Math.min(existing.first, sentence);
    } else found.set(hit.name, { ...hit, mentions: 1, first: sentence });
  };
  const countries = new Set<string>();
  // Countries named by name or code; one met only as an adjective ("a Norlandic collector") is not a
  // place the story goes to, though it still says which towns of a name are meant.
  const namedCountries = new Set<string>();
  const addHit = (hit: PlaceHit, sentence: number): void => add({ ...hit, kind: hit.kind === 'other' ? 'landmark' : hit.kind }, sentence);
  const addCountry = (hit: PlaceHit, sentence: number, byName = true): void => {
    addHit(hit, sentence);
    countries.add(hit.name);
    if (byName) namedCountries.add(hit.name);
  };

  const pending: Candidate[] = [];
  const landmarks: Array<{ name: string; sentence: number }> = [];
  if (options.dateline) pending.push({ name: options.dateline, sentence: -1, cue: { strong: true, sentenceStart: false, article: false, modifierOnly: false, locativeOnly: false, qualifier: null, placeNoun: false, person: false } });

  for (const sentence of sentences) {
    const text = sentence.text;
    // Characters already read as part of a place: a mask, so checking a span costs its length, not the
    // number of places found before it (a list of thousands of names stays linear).
    const takenChars = new Uint8Array(text.length);
    const taken = { push: ([start, end]: [number, number]) => takenChars.fill(1, start, end) };
    const free = (start: number, end: number) => takenChars.subarray(start, end).every((flag) => flag === 0);
    // Compass parts first, so "the Canadian far north" is one region rather than Canada plus a stray "far north".
    for (const match of text.matchAll(compassPhrase)) {
      const phrase = match[0].trim().replace(/^the\s+/i, '');
      if (!/\s/.test(phrase)) continue;
      // "New South Wales" is a name, not the south of Wales.
      // Only the text just before the match is looked at: the whole sentence before it, tried from
      // each of its positions, made a sentence of many such phrases quadratic.
      const before = match.index ?? 0;
      if (/\p{Lu}[\p{L}\p{M}]*\s+$/u.test(text.slice(Math.max(0, before - 80), before))) continue;
      // "the Dutch East Indies": a name goes on after the phrase, so the phrase is part of it.
      if (/^\s+\p{Lu}/u.test(text.slice(before + match[0].length, before + match[0].length + 3))) continue;
      const hit = gazetteer.worldPart(phrase);
      if (hit?.kind !== 'region') continue;
      const start = (match.index ?? 0) + match[0].indexOf(phrase);
      taken.push([start, start + phrase.length]);
      addHit(hit, sentence.index);
    }
    for (const match of text.matchAll(/(?<![\p{L}.])(?:\p{Lu}\.){2,3}/gu)) {
      const hit = gazetteer.country(match[0]);
      if (hit) {
        addCountry(hit, sentence.index);
        taken.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
      }
    }
    // Features and buildings ("Fort Alder", "the Narrow Channel"): one place, not a town plus a word.
    for (const span of findLandmarks(text)) {
      // "Mayor Helen Park" is a person whose surname is a feature's word; no one is called "… Sea".
      const words = span.text.split(/\s+/);
      const head = words[words.length - 1] as string;
      if (!free(span.start, span.end) || (!neverSurname.test(head) && (personNames.has(span.text) || personWords.has(head)))) continue;
      // "deemed a Decade Volcano": a kind of feature, not one named.
      if (/\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, span.start - 4), span.start))) continue;
      taken.push([span.start, span.end]);
      for (const part of distributeHead(span.text, gazetteer)) {
        const country = gazetteer.country(part);
        if (country) addCountry(country, sentence.index);
        else landmarks.push({ name: part, sentence: sentence.index });
      }
    }
    const runs: Array<{ text: string; start: number }> = [];
    for (const match of text.matchAll(capitalised)) {
      const whole = match[0];
      const at = match.index ?? 0;
      // A run joined by a particle is one name only when the gazetteer knows it ("Rio de Janeiro");
      // otherwise its parts are runs of their own ("Berg of Norland").
      const parts = [...whole.matchAll(/\p{Lu}\S*(?:\s+\p{Lu}\S*)*/gu)];
      if (parts.length > 1 && gazetteer.candidates(whole).length === 0 && !gazetteer.country(whole)) {
        // "the University of Norland" names an institution, not a visit to Norland.
        if (institution.test(whole)) continue;
        for (const part of parts) runs.push({ text: part[0], start: at + (part.index ?? 0) });
      } else runs.push({ text: whole, start: at });
    }
    for (const whole of runs.flatMap((run) => splitRun(run, (name) => gazetteer.candidates(name).length > 0))) {
      const run = whole;
      const start = run.start;
      const tokens = run.text.split(/\s+/);
      // Longest gazetteer match first within each capitalised run ("South Africa" before "Africa").
      let i = 0;
      let offset = start;
      while (i < tokens.length) {
        let matched = 0;
        for (let n = Math.min(tokens.length - i, 5); n >= 1; n--) {
          const phrase = tokens.slice(i, i + n).join(' ').replace(/[’']s$/u, '');
          if (!free(offset, offset + phrase.length)) break;
          if (/^\p{Ll}/u.test(phrase)) continue;
          const demonym = /^\p{Lu}{2,3}$/u.test(phrase) ? null : gazetteer.countryOfDemonym(phrase);
          // "Dutch East" and "East India" inside "Dutch East India Company" are no compass parts of countries.
          const partOfLongerName = n < tokens.length;
          const found = demonym ?? matchCountryOrPart(phrase, gazetteer);
          const hit = partOfLongerName && found?.kind === 'region' && found.countryCode ? null : found;
          if (hit) {
            if (hit.kind === 'country') addCountry(hit, sentence.index, !demonym);
            else addHit(hit, sentence.index);
            matched = n;
            break;
          }
          // A region or city only when the whole run is its name (not part of "Berg University").
          if (n === tokens.length - i && i === 0 && !calendarWords.test(phrase)) {
            const end = start + phrase.length;
            const cue = placeCue(text.slice(0, start), text.slice(end));
            // "the island of X" outweighs X being read as a person's name elsewhere.
            if (cue.person || (!cue.placeNoun && (personNames.has(phrase) || personWords.has(phrase)))) continue;
            pending.push({ name: phrase, sentence: sentence.index, cue });
          }
        }
        const consumed = Math.max(matched, 1);
        offset += tokens.slice(i, i + consumed).join(' ').length + 1;
        i += consumed;
      }
    }
  }

  resolveCandidates(pending, countries, gazetteer, lowerCaseWords, add);

  // "Mombasa, Pemba, Mafia and Zanzibar": a name listed among places is one, even when no data has it.
  const known = new Set([...found.keys(), ...landmarks.map((landmark) => landmark.name)].map(placeKey));
  const isPlaceName = (name: string): boolean => known.has(placeKey(name)) || gazetteer.country(name) !== null || gazetteer.worldPart(name) !== null;
  const notAPlace = (name: string): boolean =>
    // A person's name ("Corporal Anna Berg"); one word of one may be a town ("Berg") when listed among places.
    (/\s/.test(name) && name.split(/\s+/).some((word) => personWords.has(word))) || calendarWords.test(name) || gazetteer.countryOfDemonym(name) !== null || lowerCaseWords.has(name.toLowerCase()) || /^\p{Lu}+$/u.test(name);
  for (const sentence of sentences) {
    for (const name of listedPlaces(sentence.text, isPlaceName)) {
      if (notAPlace(name) || known.has(placeKey(name))) continue;
      known.add(placeKey(name));
      landmarks.push({ name, sentence: sentence.index });
    }
  }

  // A landmark is placed only when the gazetteer knows its whole name ("Fort Alder" the town).
  for (const landmark of landmarks) {
    const records = gazetteer.candidates(landmark.name);
    const region = records.find((record) => record.kind === 'region');
    const town = records.find((record) => record.kind === 'city');
    if (region) add({ name: region.name, kind: 'region', lat: region.lat, lon: region.lon }, landmark.sentence);
    else if (town && /^(?:Fort|Port|Mount|Lake|Cape)\s/.test(landmark.name)) add({ name: town.name, kind: 'city', lat: town.lat, lon: town.lon }, landmark.sentence);
    else if (town) add({ name: landmark.name, kind: 'landmark', lat: town.lat, lon: town.lon }, landmark.sentence);
    else add({ name: landmark.name, kind: 'landmark', lat: null, lon: null }, landmark.sentence);
  }
  for (const [name, place] of found) if (place.kind === 'country' && !namedCountries.has(name)) found.delete(name);
  return [...found.values()].sort((a, b) => b.mentions - a.mentions || a.first - b.first || a.name.localeCompare(b.name));
}

/** Feature words no surname ends in: a "person" named "… Sea" is a misreading, not a reason to drop the sea. */
const neverSurname = /^(?:Sea|Ocean|Harbor|Harbour|River|Archipelago|Atoll|Island|Islands|Isles|Strait|Straits|Channel|Gulf|Peninsula|Desert|Canyon|Valley|Mountains|Archipelago|Volcano|Glacier|Reef|Lagoon|Fjord|Delta|Plateau|Basin|Airport|Stadium|Station|Cathedral|Memorial|Monument|Museum|Canal|Tunnel)$/;

/**
 * "Guam and Wake and Midway Islands": a plural feature word after names joined by "and" belongs to
 * each of them, so each is a place of its own, unless the whole is one name the gazetteer knows.
 */
function distributeHead(text: string, gazetteer: Gazetteer): string[] {
  const at = text.lastIndexOf(' ');
  const head = text.slice(at + 1);
  const body = text.slice(0, at);
  if (!/^(?:Islands|Isles|Mountains|Lakes|Falls)$/.test(head) || !/\s(?:and|&)\s/.test(body) || gazetteer.country(text) || gazetteer.candidates(text).length > 0) return [text];
  const parts = body.split(/\s+(?:and|&)\s+/);
  const last = parts.pop() as string;
  return [...parts, `${last} ${head}`];
}

/** Capitalised words that open a sentence without being part of a name ("In Boston", "The", "But"). */
const leadingWords = /^(?:In|At|On|From|To|For|By|Near|Into|Across|Along|Through|After|Before|During|Since|Like|With|Without|Outside|Inside|Around|Beyond|Between|Across|And|But|Or|So|Yet|The|A|An|This|That|These|Those|Then|When|While|Where|As|If|Even|Only|Also|Both|All|Some|Many|Most|Every|Each|Our|Their|His|Her|Its|My|Your|Today|Yesterday|Tomorrow)\s+/u;

/** "In Boston" is "Boston"; "Norland’s Lantern office" is "Norland" and "Lantern": a possessive ends a name. */
function splitRun(run: { text: string; start: number }, isKnownName: (name: string) => boolean): Array<{ text: string; start: number }> {
  let { text, start } = run;
  for (let opener = leadingWords.exec(text); opener; opener = leadingWords.exec(text)) {
    // "in The Hague": "The" is part of the name when the gazetteer knows the name with it.
    if (opener[0].startsWith('The') && isKnownName(text)) break;
    text = text.slice(opener[0].length);
    start += opener[0].length;
  }
  const parts: Array<{ text: string; start: number }> = [];
  let at = 0;
  for (const possessive of text.matchAll(/[’']s\s+(?=\p{Lu})/gu)) {
    const end = (possessive.index ?? 0) + 2;
    parts.push({ text: text.slice(at, end), start: start + at });
    at = end + possessive[0].length - 2;
  }
  parts.push({ text: text.slice(at), start: start + at });
  return parts.filter((part) => part.text.length > 0);
}

function matchCountryOrPart(phrase: string, gazetteer: Gazetteer): PlaceHit | null {
  if (/^\p{Lu}{2,3}$/u.test(phrase) && ambiguousCodes.has(phrase)) return null;
  return gazetteer.country(phrase) ?? gazetteer.worldPart(phrase);
}

/**
 * Regions and cities are decided once the countries are known, name by name: a name is a place when
 * one of its mentions has a cue, or when the document vouches for one of its records (names its
 * country or region), or when it is too large to be anything else. Records vouched for win.
 */
function resolveCandidates(
  pending: Candidate[],
  countryNames: ReadonlySet<string>,
  gazetteer: Gazetteer,
  lowerCaseWords: ReadonlySet<string>,
  add: (hit: Omit<PlaceMention, 'mentions' | 'first'>, sentence: number) => void,
): void {
  const context = new Set<string>();
  for (const name of countryNames) {
    const code = gazetteer.alpha2Of(name);
    if (code) context.add(code);
  }
  const byName = new Map<string, Candidate[]>();
  for (const candidate of pending) {
    const list = byName.get(candidate.name);
    if (list) list.push(candidate);
    else byName.set(candidate.name, [candidate]);
  }
  const named = new Set<string>();
  // Regions the document names (unambiguously enough to vouch for their towns): first-level ones.
  for (const name of byName.keys()) for (const record of gazetteer.candidates(name)) if (record.kind === 'region' && record.firstLevel) named.add(`${record.country}|${record.name}`);

  // Two rounds: what is certain first (a cue, a big city), so its country vouches for the rest.
  const decided = new Map<string, { record: PlaceRecord; mentions: Candidate[] }>();
  for (const round of [0, 1]) {
    for (const [name, mentions] of byName) {
      if (decided.has(name)) continue;
      const records = gazetteer.candidates(name);
      if (records.length === 0) {
        // "the island of Alderney": named as a place, though no data places it.
        if (round === 1 && mentions.some((mention) => mention.cue.placeNoun)) for (const mention of mentions) add({ name, kind: 'landmark', lat: null, lon: null }, mention.sentence);
        continue;
      }
      const record = choose(name, records, mentions, context, named, lowerCaseWords, gazetteer);
      if (!record) continue;
      decided.set(name, { record, mentions });
      if (round === 0) context.add(record.country);
      if (round === 0 && record.kind === 'region') named.add(`${record.country}|${record.name}`);
    }
  }
  for (const { record, mentions } of decided.values()) {
    const countryCode = record.kind === 'region' ? gazetteer.countryOfCode(record.country)?.countryCode : undefined;
    // The name as the document writes it ("New York" for the record "New York City", an accent-less spelling).
    const written = mentions.find((mention) => mention.sentence >= 0)?.name ?? record.name;
    const shown = placeKey(written) === placeKey(record.name) ? record.name : written;
    for (const mention of mentions) {
      if (mention.cue.article) continue;
      add({ name: shown, kind: record.kind, lat: record.lat, lon: record.lon, ...(countryCode ? { countryCode } : {}) }, mention.sentence);
    }
  }
}

function choose(
  name: string,
  records: PlaceRecord[],
  mentions: Candidate[],
  context: ReadonlySet<string>,
  namedRegions: ReadonlySet<string>,
  lowerCaseWords: ReadonlySet<string>,
  gazetteer: Gazetteer,
): PlaceRecord | null {
  // "the Union" (a side in a war) is a thing named; only "the city of …" would make it a place.
  const usable = mentions.filter((mention) => !mention.cue.article);
  if (usable.length === 0) return null;
  const cued = usable.some((mention) => mention.cue.strong);
  // A word the document also writes in lower case ("mobile") is a name only with a cue; one seen only
  // at the start of sentences may be any word.
  const isWord = lowerCaseWords.has(name.toLowerCase());
  const onlyAtStart = usable.every((mention) => mention.cue.sentenceStart);
  // "Savannah, Georgia": the qualifier says which.
  const qualifiers = usable.flatMap((mention) => (mention.cue.qualifier ? [mention.cue.qualifier] : []));
  for (const qualifier of qualifiers) {
    const country = gazetteer.alpha2Of(qualifier);
    const regions = new Set(gazetteer.candidates(qualifier).filter((record) => record.kind === 'region').map((record) => `${record.country}|${record.name}`));
    const match = records.find((record) => (country && record.country === country) || regions.has(`${record.country}|${record.region}`));
    if (match) return match;
  }
  const vouched = (record: PlaceRecord): boolean => context.has(record.country) || (record.kind === 'city' && namedRegions.has(`${record.country}|${record.region}`));
  const acceptable = (record: PlaceRecord): boolean => {
    if (record.kind === 'region') {
      // A state or province is a place with a cue or in a story that names its country (or a town of it).
      if (record.firstLevel) return cued || (vouched(record) && !isWord);
      return vouched(record) && (cued || !isWord);
    }
    if (record.population >= minBigCityPopulation) return !isWord || cued;
    // "in Federal hiring" says nothing about a small town called Federal.
    const townCued = usable.some((mention) => mention.cue.strong && !mention.cue.modifierOnly);
    if (record.population < minVouchedPopulation ? townCued : cued) {
      if (record.population >= minVouchedPopulation) return true;
      // A town is one of many of its name: it needs the story to name its country or region.
      if (record.population >= minTownPopulation) return vouched(record);
      // A village needs its country named, and a name no institution has ("elected to Congress"):
      // several words, an accent or a hyphen ("La Brise", "Pointe-à-Vent"), or words that make it a town.
      return vouched(record) && (/[\s\-’']|[^\p{ASCII}]/u.test(name) || usable.some((mention) => mention.cue.strong && !mention.cue.locativeOnly));
    }
    if (record.population >= minVouchedPopulation && vouched(record)) return !isWord;
    return record.population >= minTownPopulation && namedRegions.has(`${record.country}|${record.region}`) && !isWord && !onlyAtStart;
  };
  const ok = records.filter(acceptable);
  if (ok.length === 0) return null;
  // Records the document vouches for first, then the order the gazetteer gives (capitals, population).
  return ok.find((record) => vouched(record) && record.kind === 'city' && record.population >= minVouchedPopulation) ?? ok.find(vouched) ?? ok[0] ?? null;
}
