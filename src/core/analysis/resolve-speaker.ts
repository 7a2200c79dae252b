// The words of an attribution ("the metalworkers' union", "she", "Analysts at a city bank") -> who speaks:
// a person (resolved against people named before), an organisation, a country or a group of people.
import type { Gazetteer } from '../places/gazetteer';
import { organizationWords, titleWords, type NameClassifier } from './classify-name';
import type { Attribution } from './find-attribution';
import { findNames, type NameSpan } from './find-names';
import type { PeopleRegistry, Person } from './people-registry';
import { isPlausibleSpeakerPhrase } from './speaker-phrase';
import type { SpeakerKind } from './statement-model';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
}

export interface SpeakerContext {
  gazetteer: Gazetteer;
  classifier: NameClassifier;
  people: PeopleRegistry;
  lowerCaseWords: ReadonlySet<string>;
}

/** What pronouns refer to, kept by the caller as it reads the source text. */
export interface Recent {
  /** "he"/"she": the person a recent sentence was about or quoted. */
  person(): Person | null;
  /** "it"/"they": the country or organisation a recent sentence was about. */
  thing(): Speaker | null;
  /** "they" after a group spoke ("Others argue … They say …"). */
  group(): Speaker | null;
}

const maxGroupWords = 6;
const honorifics = /^(mr|mrs|ms|miss|sir|dame)\.?$/i;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Mr. Castro" is no role: an honorific says nothing about the office. */
function roleWithoutHonorific(role: string | null): string | null {
  if (!role) return null;
  const kept = role
    .split(/\s+/)
    .filter((word) => !honorifics.test(word))
    .join(' ')
    .trim();
  return kept || null;
}

export function namesIn(text: string, lowerCaseWords: ReadonlySet<string>): NameSpan[] {
  return findNames(text, lowerCaseWords).filter((span) => !/^⟦/.test(span.text));
}

export function createSpeakerResolver(context: SpeakerContext) {
  const { gazetteer, classifier, people, lowerCaseWords } = context;

  const personFrom = (name: string, title: string): Person => people.resolve(name) ?? people.mention(name, title || null);

  const resolveName = (phrase: string, descriptor: string | null): Speaker | null => {
    // "the Governor", "the Secretary of State": an office alone means whoever holds it here.
    const office = classifier.splitTitle(phrase.replace(/^the\s+(?=\p{Ll})/iu, ''));
    if (office.name === '' || (phrase.split(/\s+/).length === 1 && titleWords.has(phrase.toLowerCase()))) {
      const holder = people.byOffice(office.title || phrase);
      if (holder) return { name: holder.name, kind: 'person', role: holder.role };
      return { name: phrase, kind: 'person', role: null };
    }
    const kind = classifier.kind(phrase);
    if (kind === 'country') {
      const hit = gazetteer.lookup(phrase) ?? gazetteer.countryOfDemonym(phrase);
      return { name: hit?.name ?? phrase, kind: 'country', role: descriptor };
    }
    if (kind === 'organization' || kind === 'place' || kind === 'other') {
      const split = classifier.splitTitle(phrase);
      const known = people.resolve(split.name);
      if (known) return { name: known.name, kind: 'person', role: known.role ?? descriptor };
      if (kind === 'other' && split.name.split(/\s+/).length === 1 && !descriptor && !split.title) return { name: split.name, kind: 'organization', role: null };
      // "Japanese Daily Courier": a nationality in front describes; "Defence Ministry" keeps its office word.
      const describes = split.title.split(/\s+/).every((word) => gazetteer.countryOfDemonym(word) || gazetteer.lookup(word)?.kind === 'country');
      if (kind === 'organization' && split.title && !describes) return { name: phrase.replace(/^the\s+/i, ''), kind: 'organization', role: descriptor };
      return { name: split.name.replace(/^the\s+/i, ''), kind: 'organization', role: [split.title, descriptor].filter(Boolean).join(' ') || null };
    }
    const split = classifier.splitTitle(phrase);
    const person = personFrom(split.name, split.title);
    if (descriptor && !person.role) person.role = descriptor;
    return { name: person.name, kind: 'person', role: roleWithoutHonorific(person.role ?? (split.title || null)) };
  };

  const resolveSpeaker = (attribution: Attribution, recent: Recent): Speaker | null => {
    const phrase = attribution.speaker.replace(/^([Tt]he|[Aa]n?)\s+(?=\p{Lu})/u, '').trim();
    const lower = phrase.toLowerCase();
    if (/^(he|she)$/.test(lower)) {
      const person = recent.person();
      return person ? { name: person.name, kind: 'person', role: person.role } : null;
    }
    // "They" most often continues the group that spoke last ("Others argue … They say …").
    if (lower === 'they' && recent.group()) return recent.group();
    if (/^(it|they)$/.test(lower)) return recent.thing();
    // "Others suggest …" answers a group that spoke before; alone it names no one.
    if (lower === 'others') return recent.group() ? { name: capitalize(phrase), kind: 'group', role: attribution.role } : null;
    // "many Christians", "most Europeans": a quantifier makes a group of a plural name.
    if (/^(?:many|most|some|several|few|all)\s+\p{Lu}[\p{L}-]*s$/iu.test(phrase)) return { name: capitalize(phrase), kind: 'group', role: attribution.role };
    if (!isPlausibleSpeakerPhrase(attribution.speaker)) return null;
    // "Christie’s said": a name that is a possessive is the organisation's own name.
    if (/^\p{Lu}[\p{L}-]*[’']s$/u.test(phrase) && !people.resolve(phrase.replace(/[’']s$/, ''))) return { name: phrase, kind: 'organization', role: attribution.role };
    const names = namesIn(phrase, lowerCaseWords);
    const last = names[names.length - 1];
    if (last) {
      // "Korea expert Ada Roe from the Harbour Institute": the person speaks; the institute is where she works.
      const personBefore = names.find((span) => span !== last && classifier.kind(span.text) === 'person');
      if (personBefore && /^\s+(?:from|of|at|with)\s+(?:the\s+)?$/i.test(phrase.slice(personBefore.end, last.start)) && classifier.kind(last.text) === 'organization') {
        const speaker = resolveName(personBefore.text, attribution.role ?? null);
        if (speaker?.kind === 'person') {
          const where = phrase.slice(personBefore.end).trim();
          const before = phrase.slice(0, personBefore.start).trim();
          speaker.role = [before, where].filter(Boolean).join(' ') || speaker.role;
          const person = people.resolve(speaker.name);
          // The fuller description wins: "Tide expert" -> "Tide expert from the Coastal Institute".
          if (person && speaker.role && (!person.role || speaker.role.includes(person.role))) person.role = speaker.role;
        }
        return speaker;
      }
      // "South Korea’s Defence Ministry": a possessive name in front of an organisation is part of its name.
      const possessive = /(\p{Lu}[\p{L}\s-]*?[’']s\s+(?:\p{Lu}[\p{L}-]*\s+)*)$/u.exec(phrase.slice(0, last.start));
      if (possessive?.[1] && classifier.kind(last.text) === 'organization' && phrase.slice(last.end).trim() === '') {
        return { name: `${possessive[1]}${last.text}`.trim(), kind: 'organization', role: attribution.role };
      }
      // The name next to the verb is the speaker; words around it describe them ("Japanese … news agency").
      const adjacent = phrase.slice(last.end).trim() === '' ? last : null;
      // "Retailers in Germany and Belgium": the names qualify a group, who is the speaker.
      const lead = phrase.slice(0, last.start);
      const opener = names[0] as NameSpan;
      // "Retailers in Germany and …", "Analysts at a Stockholm bank": a group described by where it is.
      const groupWithPlace = /^\p{L}[\p{L}\s'’-]*?\b(in|of|from|at|for|across|with)\s+((the|a|an)\s+)?([\p{L}'’-]+\s+(and\s+)?)*$/u.test(lead) && /^\p{L}/u.test(lead);
      if (groupWithPlace && phrase.split(/\s+/).length <= 7 && !(opener.start === 0 && classifier.kind(opener.text) === 'person')) {
        return { name: capitalize(attribution.speaker.trim()), kind: 'group', role: attribution.role };
      }
      // "Afghan officials", "the Eastland army chief", "U.S. commanders": a country qualifies the people who speak.
      if (names.length === 1 && /^(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(phrase.slice(0, last.start)) && /^\s+\p{Ll}[\p{L}\s'’-]*$/u.test(phrase.slice(last.end)) && phrase.split(/\s+/).length <= 5 && classifier.kind(last.text) === 'country') {
        const head = phrase.split(/\s+/).pop() ?? '';
        return { name: capitalize(attribution.speaker.trim()), kind: /[^su]s$/.test(head) ? 'group' : 'person', role: attribution.role };
      }
      // "Shop owners", "Older residents": a capital that only opens the sentence, then a group of people.
      if (names.length === 1 && last.start === 0 && !last.text.includes(' ') && /^\s+\p{Ll}[\p{L}\s'’-]*$/u.test(phrase.slice(last.end)) && phrase.split(/\s+/).length <= 4 && classifier.kind(last.text) === 'other') {
        return { name: capitalize(phrase), kind: 'group', role: attribution.role };
      }
      const chosen = adjacent ?? (phrase.split(/\s+/).length <= 6 ? last : null);
      if (!chosen) return null;
      const rest = (phrase.slice(0, chosen.start) + phrase.slice(chosen.end)).replace(/\s+/g, ' ').trim();
      // "The metalworkers' union IF Metall" -> "the metalworkers' union": a role reads mid-sentence.
      const descriptor = adjacent && phrase.split(/\s+/).length > 6 ? null : rest.replace(/^(The|A|An)\s/, (article: string) => article.toLowerCase()) || null;
      const speaker = resolveName(chosen.text, attribution.role ?? null);
      if (!speaker) return null;
      // "the Daily Courier newspaper": the words around a name can say it is an organisation.
      if (speaker.kind === 'person' && descriptor && organizationWords.test(descriptor) && !people.resolve(chosen.text)) speaker.kind = 'organization';
      if (descriptor && speaker.kind !== 'person') {
        // "Japanese Daily Courier news agency": the words around the name describe it.
        const titled = classifier.splitTitle(chosen.text).title;
        speaker.role = [[titled, descriptor].filter(Boolean).join(' '), attribution.role].filter(Boolean).join(', ');
      }
      return speaker;
    }
    const place = gazetteer.lookup(phrase);
    if (place?.kind === 'country') return { name: place.name, kind: 'country', role: attribution.role };
    // "the president", "the mayor": an office in lower case means whoever the document gave it to.
    const office = phrase.replace(/^(?:the)\s+/i, '');
    if (office.split(/\s+/).length <= 2 && office.split(/\s+/).every((word) => titleWords.has(word.toLowerCase()))) {
      const holder = people.byOffice(office);
      if (holder) return { name: holder.name, kind: 'person', role: holder.role };
    }
    // A group of people: "the experts", "some analysts", "the majority".
    const words = phrase.split(/\s+/);
    // "the dockers’ union": a plural possessive is part of the group's name.
    if (words.length > maxGroupWords || !/^[\p{L}\s-]+(?:[’']\s[\p{L}\s-]+)?$/u.test(phrase)) return null;
    if (/^(that|which|who|what|how|whether|this|these|those|there|here|one|we|you|i)$/i.test(words[0] ?? '')) return null;
    // A speaker is a noun phrase, not a clause ("production has been slower than").
    if (/\b(is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|not)\b/i.test(phrase) || /\b(than|as|to|of|for|with|by|and|or|but|because|if)$/i.test(phrase)) return null;
    // A single capitalised word the document also writes in lower case is a sentence opener ("Management").
    if (words.length === 1 && lowerCaseWords.has(phrase.toLowerCase()) && !/s$/i.test(phrase)) return null;
    return { name: capitalize(attribution.speaker.trim()), kind: 'group', role: attribution.role };
  };

  const outletOf = (audience: string | null): string | null => {
    if (!audience) return null;
    const organizations = namesIn(audience, lowerCaseWords).filter((span) => classifier.kind(span.text) === 'organization');
    const chosen = organizations[organizations.length - 1];
    return chosen ? chosen.text : audience.replace(/^(the|a|an)\s+/i, '');
  };

  return { resolveSpeaker, resolveName, outletOf };
}
