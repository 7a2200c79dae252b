// What a proper name is: a person, an organisation, a country or another place. Spelling cues and the
// gazetteer decide first; compromise's lexicon of given names and organisations decides the rest.
import nlp from 'compromise';
import type { Gazetteer } from '../places/gazetteer';

export type NameKind = 'person' | 'organization' | 'country' | 'place' | 'other';

export const organizationWords =
  /\b(university|college|school|institute|ministry|agency|council|party|company|corporation|corp|inc|ltd|llc|plc|bank|times|post|news|newspaper|magazine|broadcaster|channel|outlet|journal|herald|tribune|gazette|committee|commission|department|office|court|army|navy|police|association|union|group|foundation|service|board|club|fc|federation|league|organisation|organization|government|parliament|senate|congress|administration|authority|centre|center|laboratory|lab|hospital|museum|network|press|radio|television|tv|reuters|society|trust|fund|programme|program|campaign)\b/i;

/** Words that name an office or title in front of a person's name ("Foreign Minister", "Dr"). */
export const titleWords = new Set(
  `president vice interim prime minister foreign secretary chancellor senator sen governor gov mayor deputy councillor councilor council member
  professor prof dr doctor chief executive director coach captain judge justice general gen colonel col admiral king queen prince princess
  pope leader chairman chairwoman chair ambassador commissioner officer manager ceo cfo spokesperson spokesman spokeswoman mr mrs ms sir
  dame lord lady rep representative speaker head defence defense finance interior state health education trade economy supreme top
  former acting assistant associate senior junior minister's lieutenant sergeant detective inspector superintendent bishop archbishop
  premier sheikh emir crown founder chairperson treasurer attorney economist analyst researcher scientist author editor writer reporter
  journalist lawyer historian engineer teacher nurse activist expert official spokesperson adviser advisor strategist diplomat envoy
  striker defender goalkeeper midfielder winger`.split(/\s+/),
);

const maxNameWords = 10;

/** Second words of a portfolio ("Foreign Affairs", "Public Works"): still the office, not the name after it. */
const portfolioWords = /^(Affairs|Works|Security|Development|Services|Resources|Relations|Planning|Protection|Safety|Welfare|Transport|Trade|Industry|Energy|Justice|Health|Defence|Defense|Education|Finance|Economy|Communications|Information|Culture|Tourism|Agriculture|Environment|Labour|Labor|Commerce)$/;

export interface NameClassifier {
  kind(name: string): NameKind;
  /** Tags many names in one pass of the NLP library (much cheaper than one call per name). */
  prime(names: Iterable<string>): void;
  /** "Swedish Foreign Minister Anna Berg" -> { name: "Anna Berg", title: "Swedish Foreign Minister" }. */
  splitTitle(name: string): { name: string; title: string };
}

export function createNameClassifier(gazetteer: Gazetteer): NameClassifier {
  const cache = new Map<string, NameKind>();
  const lexicon = new Map<string, NameTags>();
  const tagsOf = (name: string): NameTags => {
    let tags = lexicon.get(name);
    if (!tags) {
      tags = tagsIn(nlp(name));
      lexicon.set(name, tags);
    }
    return tags;
  };
  const isTitleWord = (token: string): boolean =>
    titleWords.has(token.toLowerCase().replace(/\.$/, '')) || gazetteer.countryOfDemonym(token) !== null;

  const splitTitle = (name: string): { name: string; title: string } => {
    const tokens = name.split(/\s+/);
    let cut = 0;
    // Multi-word demonyms ("South African") are checked as pairs.
    while (cut < tokens.length - 1) {
      const pair = `${tokens[cut]} ${tokens[cut + 1]}`;
      if (cut < tokens.length - 2 && (gazetteer.countryOfDemonym(pair) || gazetteer.lookup(pair)?.kind === 'country')) cut += 2;
      else if (isTitleWord(tokens[cut] as string)) cut += 1;
      // "Republican Representative Ada Roe": a party in front of an office is part of the title.
      else if (/^(?:Republican|Democratic|Democrat|Conservative|Labour|Liberal|Green|Socialist|Independent)$/.test(tokens[cut] as string) && isTitleWord(tokens[cut + 1] as string)) cut += 1;
      // "Secretary of State", "Minister of Finance": an office spelled with "of" is one title.
      // "Minister of Information Jamal Jarrah", "Minister of Foreign Affairs Ana Soto": the portfolio after
      // "of" belongs to the office; a name of at least one word is left after it.
      else if (cut > 0 && tokens[cut] === 'of' && cut + 2 < tokens.length && (isTitleWord(tokens[cut + 1] as string) || /^\p{Lu}/u.test(tokens[cut + 1] as string))) {
        cut += 2;
        while (cut + 1 < tokens.length && portfolioWords.test(tokens[cut] as string)) cut += 1;
      } else if (cut > 0 && tokens[cut] === 'of' && isTitleWord(tokens[cut + 1] as string)) cut += 2;
      // "US President …", "the leader of Chile Ana Soto": a country before a name qualifies it.
      else if (gazetteer.lookup(tokens[cut] as string)?.kind === 'country') cut += 1;
      else break;
    }
    return { name: tokens.slice(cut).join(' '), title: tokens.slice(0, cut).join(' ') };
  };

  /** What spelling, the gazetteer and offices decide without the NLP library, or null. */
  const decideBySpelling = (name: string): NameKind | null => {
    const place = gazetteer.lookup(name);
    if (place?.kind === 'country' || gazetteer.countryOfDemonym(name)) return 'country';
    if (organizationWords.test(name) || /^[\p{Lu}&]{2,6}$/u.test(name)) return 'organization';
    // Events, laws and works are named like people but say nothing: "the Korean War", "the Fourteenth Amendment".
    if (/\b(War|Wars|Revolution|Treaty|Accords?|Prize|Cup|Games|Olympics|Act|Amendment|Day|Summit|Conference|Convention|Crisis|Massacre|Bible|Theorem|Allegory|Paradox(?:es)?)$/u.test(name)) return 'other';
    // A run of capitalised words longer than any name is not one; and the NLP library's matching is
    // quadratic in a sentence's length, so a run of thousands ("Aa Aa Aa …") must never reach it.
    if (name.split(/\s+/, maxNameWords + 1).length > maxNameWords) return 'other';
    const titled = splitTitle(name);
    // "Mayor Helen Park": an office in front of one to three capitalised words names a person.
    const hasOffice = titled.title.split(/\s+/).some((word) => titleWords.has(word.toLowerCase().replace(/\.$/, '')));
    if (hasOffice && /^(\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(titled.name) && !gazetteer.lookup(titled.name)) return 'person';
    return null;
  };

  const classify = (name: string): NameKind => {
    const decided = decideBySpelling(name);
    if (decided) return decided;
    const place = gazetteer.lookup(name);
    const tags = tagsOf(name);
    if (tags.person && !tags.place) return 'person';
    if (tags.organization) return 'organization';
    if (place) return 'place';
    if (tags.place) return 'place';
    const core = splitTitle(name);
    if (core.title && core.name.split(/\s+/).length >= 1 && tagsOf(core.name).person) return 'person';
    // Two or three capitalised words that are not a known place read as a person's name.
    const words = core.name.split(/\s+/);
    if (words.length >= 2 && words.length <= 3 && words.every((w) => /^(?:\p{Lu}\p{Ll}|(?:al|el|ad|ar|as|ash|at|az|ibn|bin|abu|abd)-\p{Lu})/u.test(w))) return 'person';
    return 'other';
  };

  return {
    kind(name) {
      let kind = cache.get(name);
      if (kind === undefined) {
        kind = classify(name);
        cache.set(name, kind);
      }
      return kind;
    },
    splitTitle,
    prime(names) {
      const todo = [...new Set(names)].filter((name) => !lexicon.has(name) && !cache.has(name) && decideBySpelling(name) === null);
      for (const name of [...todo]) {
        const core = splitTitle(name).name;
        if (core !== name && !lexicon.has(core)) todo.push(core);
      }
      tagInBatch([...new Set(todo)], lexicon);
    },
  };
}

interface NameTags {
  person: boolean;
  organization: boolean;
  place: boolean;
}

function tagsIn(doc: { has(match: string): boolean }): NameTags {
  return { person: doc.has('#Person'), organization: doc.has('#Organization'), place: doc.has('#Place') };
}

/** One compromise pass over many names, one name a line; falls back to single calls if lines merge. */
function tagInBatch(names: string[], lexicon: Map<string, NameTags>): void {
  if (names.length === 0) return;
  const sentences = nlp(names.map((name) => `${name}.`).join('\n')).sentences();
  const texts: string[] = sentences.out('array');
  if (texts.length !== names.length) {
    for (const name of names) lexicon.set(name, tagsIn(nlp(name)));
    return;
  }
  names.forEach((name, i) => lexicon.set(name, tagsIn(sentences.eq(i))));
}
