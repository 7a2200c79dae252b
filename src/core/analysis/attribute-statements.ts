// Sentences -> attributed statements: direct quotes and reported speech, each with the speaker named in
// full (later "Berg"/"she" resolve to the first full mention), their role, and whom they said it to.
import type { Gazetteer } from '../places/gazetteer';
import { organizationWords, type NameClassifier } from './classify-name';
import { findAttribution, type Attribution } from './find-attribution';
import { findNames } from './find-names';
import type { PeopleRegistry, Person } from './people-registry';
import type { Sentence } from './split-sentences';
import type { SpeakerKind, Statement } from './statement-model';

export interface AttributionContext {
  gazetteer: Gazetteer;
  classifier: NameClassifier;
  people: PeopleRegistry;
  lowerCaseWords: ReadonlySet<string>;
}

interface Speaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
}

const minQuoteWords = 4;
const maxGroupWords = 6;
// “…”, "…" and British ‘…’ (a ’ followed by a letter is an apostrophe inside the quote: ‘don’t’).
const quotePattern = /“([^”]+)”|"([^"]+)"|‘((?:[^‘’]|’(?=\p{L}))+)’/gu;

/** A glued "BBCthat" (a common copy-and-paste slip) would hide the "that" that opens the reported clause. */
function normalize(sentence: string): string {
  return sentence.replace(/\b(\p{Lu}{2,})(that)\b/gu, '$1 $2');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function attributeStatements(sentences: Sentence[], skipParagraphs: ReadonlySet<number>, context: AttributionContext): Statement[] {
  const { gazetteer, classifier, people, lowerCaseWords } = context;
  const statements: Statement[] = [];
  let lastThing: Speaker | null = null; // what "it" refers to: the last country or organisation a sentence was about
  let lastSpeaker: Speaker | null = null;
  let lastDirect: { speaker: Speaker; paragraph: number; outlet: string | null } | null = null;

  const namesIn = (text: string) => findNames(text, lowerCaseWords).filter((span) => !/^⟦/.test(span.text));

  const personFrom = (name: string, title: string): Person => people.resolve(name) ?? people.mention(name, title || null);

  const resolveName = (phrase: string, descriptor: string | null): Speaker | null => {
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
      return { name: split.name.replace(/^the\s+/i, ''), kind: 'organization', role: [split.title, descriptor].filter(Boolean).join(' ') || null };
    }
    const split = classifier.splitTitle(phrase);
    const person = personFrom(split.name, split.title);
    if (descriptor && !person.role) person.role = descriptor;
    return { name: person.name, kind: 'person', role: person.role ?? (split.title || null) };
  };

  const resolveSpeaker = (attribution: Attribution): Speaker | null => {
    const phrase = attribution.speaker.replace(/^([Tt]he|[Aa]n?)\s+(?=\p{Lu})/u, '').trim();
    const lower = phrase.toLowerCase();
    if (/^(he|she)$/.test(lower)) {
      const person = people.last();
      return person ? { name: person.name, kind: 'person', role: person.role } : null;
    }
    // "They" most often continues the group that spoke last ("Others argue … They say …").
    if (lower === 'they' && lastSpeaker?.kind === 'group') return lastSpeaker;
    if (/^(it|they)$/.test(lower)) return lastThing;
    const names = namesIn(phrase);
    const last = names[names.length - 1];
    if (last) {
      // The name next to the verb is the speaker; words around it describe them ("Japanese … news agency").
      const adjacent = phrase.slice(last.end).trim() === '' ? last : null;
      // "Retailers in Germany and Belgium": the names qualify a group, who is the speaker.
      const lead = phrase.slice(0, last.start);
      const opener = names[0] as { text: string; start: number };
      // "Retailers in Germany and …", "Analysts at a Stockholm bank": a group described by where it is.
      const groupWithPlace = /^\p{L}[\p{L}\s'’-]*?\b(in|of|from|at|for|across|with)\s+((the|a|an)\s+)?([\p{L}'’-]+\s+(and\s+)?)*$/u.test(lead) && /^\p{L}/u.test(lead);
      if (groupWithPlace && phrase.split(/\s+/).length <= 7 && !(opener.start === 0 && classifier.kind(opener.text) === 'person')) {
        return { name: capitalize(attribution.speaker.trim()), kind: 'group', role: attribution.role };
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
    // A group of people: "the experts", "some analysts", "the majority".
    const words = phrase.split(/\s+/);
    if (words.length > maxGroupWords || !/^[\p{L}\s-]+$/u.test(phrase)) return null;
    if (/^(that|which|who|what|how|whether|this|these|those|there|here|one|we|you|i)$/i.test(words[0] ?? '')) return null;
    // A speaker is a noun phrase, not a clause ("production has been slower than").
    if (/\b(is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|not)\b/i.test(phrase) || /\b(than|as|to|of|for|with|by|and|or|but|because|if)$/i.test(phrase)) return null;
    return { name: capitalize(attribution.speaker.trim()), kind: 'group', role: attribution.role };
  };

  const outletOf = (audience: string | null): string | null => {
    if (!audience) return null;
    const organizations = namesIn(audience).filter((span) => classifier.kind(span.text) === 'organization');
    const chosen = organizations[organizations.length - 1];
    return chosen ? chosen.text : audience.replace(/^(the|a|an)\s+/i, '');
  };

  // News style for a long quote: a paragraph opens a quotation it does not close, and the next paragraph
  // goes on quoting and names the speaker. Its sentences wait here for that speaker.
  let openQuote: Sentence[] = [];
  const paragraphText = new Map<number, string>();
  for (const sentence of sentences) paragraphText.set(sentence.paragraph, `${paragraphText.get(sentence.paragraph) ?? ''} ${sentence.text}`);
  const opensUnclosedQuote = (paragraph: number): boolean => {
    const whole = (paragraphText.get(paragraph) ?? '').trim();
    return /^[“"]/.test(whole) && (whole.match(/[“”"]/g) ?? []).length === 1;
  };

  for (const sentence of sentences) {
    if (skipParagraphs.has(sentence.paragraph)) continue;
    if (opensUnclosedQuote(sentence.paragraph)) {
      openQuote.push(sentence);
      continue;
    }
    const text = normalize(sentence.text);
    // Register people named in full, with the office in front of the name as their role.
    const names = namesIn(text);
    for (const span of names) {
      if (classifier.kind(span.text) !== 'person') continue;
      const split = classifier.splitTitle(span.text);
      const role = split.title || roleBefore(text.slice(0, span.start));
      if (split.name.split(/\s+/).length >= 2 || people.resolve(split.name)) people.mention(split.name, role || null);
    }

    const quotes: string[] = [];
    const frame = text.replace(quotePattern, (whole, curly: string | undefined, straight: string | undefined, single: string | undefined) => {
      const inner = (curly ?? straight ?? single ?? '').trim();
      // Scare quotes ("attack") are not statements; a quoted clause ends with punctuation or is longer.
      if (inner.split(/\s+/).length < minQuoteWords && !(/[,.!?…]$/.test(inner) && inner.split(/\s+/).length >= 2)) return whole;
      quotes.push(inner.replace(/[,]$/, ''));
      return `⟦${quotes.length - 1}⟧`;
    });

    const attribution = findAttribution(frame);
    let speaker = attribution ? resolveSpeaker(attribution) : null;
    let outlet = attribution ? outletOf(attribution.audience) : null;
    if (attribution?.citing && speaker) speaker.role = [speaker.role, `citing ${attribution.citing}`].filter(Boolean).join(', ');
    if (attribution && speaker?.kind === 'person' && attribution.role) {
      const person = people.resolve(speaker.name);
      if (person && !person.role) person.role = attribution.role;
      speaker.role = person?.role ?? attribution.role;
    }

    if (quotes.length > 0) {
      // An unattributed quote continues the speaker of the quote just before it (same or previous paragraph).
      if (!speaker && lastDirect && sentence.paragraph - lastDirect.paragraph <= 1) {
        speaker = lastDirect.speaker;
        outlet = lastDirect.outlet;
      }
      if (speaker) {
        for (const quote of quotes) {
          statements.push({ speaker: speaker.name, speakerKind: speaker.kind, role: speaker.role, outlet, kind: 'direct', text: quote, source: sentence.text, paragraph: sentence.paragraph, sentence: sentence.index });
        }
        lastDirect = { speaker, paragraph: sentence.paragraph, outlet };
        const directSpeaker = speaker;
        const waiting = openQuote.filter((open) => sentence.paragraph - open.paragraph === 1);
        // Before this paragraph's own quotes, in reading order.
        const insertAt = statements.length - quotes.length;
        statements.splice(
          insertAt,
          0,
          ...waiting.map((open) => ({
            speaker: directSpeaker.name,
            speakerKind: directSpeaker.kind,
            role: directSpeaker.role,
            outlet,
            kind: 'direct' as const,
            text: open.text.replace(/^[“"]\s*/, ''),
            source: open.text,
            paragraph: open.paragraph,
            sentence: open.index,
          })),
        );
      }
    } else if (attribution && speaker) {
      const content = attribution.content.replace(/⟦(\d+)⟧/g, (_whole, n: string) => `“${quotes[Number(n)] ?? ''}”`);
      lastSpeaker = speaker;
      statements.push({ speaker: speaker.name, speakerKind: speaker.kind, role: speaker.role, outlet, kind: 'reported', text: content, source: sentence.text, paragraph: sentence.paragraph, sentence: sentence.index });
    }

    const lastOpen = openQuote[openQuote.length - 1];
    if (lastOpen && lastOpen.paragraph < sentence.paragraph - 1) openQuote = [];
    // What "it" will refer to next: the country or organisation this sentence is about.
    const subject = names.find((span) => span.start <= 4);
    if (subject) {
      const kind = classifier.kind(subject.text);
      if (kind === 'country' || kind === 'organization') {
        const hit = kind === 'country' ? gazetteer.lookup(subject.text) : null;
        lastThing = { name: hit?.name ?? subject.text, kind: kind === 'country' ? 'country' : 'organization', role: null };
      }
    }
  }
  // A role given later ("Berg, an Australian researcher at …") belongs to the earlier statements too.
  for (const statement of statements) {
    if (statement.speakerKind !== 'person') continue;
    const person = people.resolve(statement.speaker);
    if (person?.role) statement.role = person.role;
  }
  return statements;
}

const roleNoun = /^(?:[\p{L}-]+(?:er|or|ist|ian|ant|ent|man|woman|person)|leader|chief|head|chair|captain|coach|minister|secretary|president|mayor|director|editor|analyst|economist|scientist|founder|executive|officer|winger|striker|defender|goalkeeper|midfielder|author|expert|spokesperson|official|envoy|ambassador|governor|senator|adviser|advisor)$/iu;

/**
 * The description just before a name: "the defender Peter Olsen", "union leader Anna de Vries",
 * "Their captain, Sam Whitfield," -> "defender", "union leader", "Their captain".
 */
export function roleBefore(before: string): string | null {
  const appositive = /(?:^|[,;:]\s*)((?:The|Their|Its|His|Her|Our|the|their|its|his|her|our)\s+[^,;:]{2,60}?),\s*$/u.exec(before);
  if (appositive?.[1]) {
    const last = appositive[1].split(/\s+/).pop() ?? '';
    if (roleNoun.test(last)) return appositive[1];
  }
  const plain = /(?:^|[\s,;:(])((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+$/u.exec(before);
  if (!plain?.[1]) return null;
  const words = plain[1].split(/\s+/);
  while (words.length > 0 && /^(the|a|an|and|by|said|says|told|with|to|of|for|as)$/i.test(words[0] as string)) words.shift();
  const last = words[words.length - 1];
  return last && roleNoun.test(last) ? words.join(' ') : null;
}
