// Sentences -> attributed statements, in sieves: an interview's answers (find-interview-turns), the byline
// author's own first-person sentences (find-author), then each sentence's quotations and reported speech
// (find-attribution + resolve-speaker), each speaker named in full (later "Berg"/"she" resolve to the first
// full mention), with their role and whom they said it to.
import { titleWords } from './classify-name';
import type { Author } from './find-author';
import { findAttribution } from './find-attribution';
import { findIntroducedQuote, type IntroducedQuote } from './find-introduced-quote';
import type { Turn } from './find-interview-turns';
import type { PeopleRegistry, Person } from './people-registry';
import { closesOpenQuote, frameQuotes, opensQuoteItLeavesOpen, opensUnclosedQuote, unframe } from './quoted-speech';
import { createSpeakerResolver, namesIn, type Speaker, type SpeakerContext } from './resolve-speaker';
import { isPlausibleSpeakerPhrase } from './speaker-phrase';
import type { Sentence } from './split-sentences';
import type { Statement } from './statement-model';
import { answerStatements, authorStatements } from './voice-statements';

export type AttributionContext = SpeakerContext;

export interface DocumentVoices {
  author: Author | null;
  /** An interview's turns (or a panel's sections headed by who speaks), when the document is one. */
  turns: Turn[] | null;
  /** Roles the document gives its speakers outside any sentence (a panel's headings). */
  roles?: Map<string, string> | null;
}

/** How many paragraphs back a pronoun may look for what it refers to. */
const pronounReach = 2;

/** A glued "BBCthat" (a common copy-and-paste slip) would hide the "that" that opens the reported clause. */
function normalize(sentence: string): string {
  return sentence.replace(/\b(\p{Lu}{2,})(that)\b/gu, '$1 $2');
}

export function attributeStatements(
  sentences: Sentence[],
  skipParagraphs: ReadonlySet<number>,
  context: AttributionContext,
  voices: DocumentVoices = { author: null, turns: null },
): Statement[] {
  const { gazetteer, classifier, people } = context;
  const { resolveSpeaker, outletOf } = createSpeakerResolver(context);
  const statements: Statement[] = [];

  // What pronouns refer to, with the paragraph where it was last seen.
  let lastThing: { speaker: Speaker; paragraph: number } | null = null;
  let lastGroup: { speaker: Speaker; paragraph: number } | null = null;
  let lastPerson: { person: Person; paragraph: number } | null = null;
  let lastDirect: { speaker: Speaker; paragraph: number; outlet: string | null } | null = null;
  let paragraphNow = 0;
  const near = (paragraph: number): boolean => paragraphNow - paragraph <= pronounReach;
  const recent = {
    person: () => (lastPerson && near(lastPerson.paragraph) ? lastPerson.person : people.last()),
    thing: () => (lastThing && near(lastThing.paragraph) ? lastThing.speaker : null),
    group: () => (lastGroup && near(lastGroup.paragraph) ? lastGroup.speaker : null),
  };

  /** Who a sentence opening with this name is about: a person named before, or the holder of an office. */
  const subjectPersonOf = (name: string): Person | null => {
    const split = classifier.splitTitle(name);
    if (split.name === '' || titleWords.has(name.toLowerCase())) return people.byOffice(split.title || name);
    return classifier.kind(name) === 'person' ? people.resolve(split.name) : null;
  };

  // News style for a long quote: its sentences wait for the speaker named in the next paragraph.
  let openQuote: Sentence[] = [];
  let inlineOpen: Sentence[] = [];
  const paragraphText = new Map<number, string>();
  for (const sentence of sentences) paragraphText.set(sentence.paragraph, `${paragraphText.get(sentence.paragraph) ?? ''} ${sentence.text}`);
  const lastOfParagraph = new Map<number, number>();
  for (const sentence of sentences) lastOfParagraph.set(sentence.paragraph, sentence.index);
  // "Ada Roe of the Harbour Blog writes:" hands the next paragraph to her.
  let introduced: { speaker: Speaker; outlet: string | null; paragraph: number } | null = null;
  const introducedParagraphs = new Set<number>();
  const isPerson = (name: string): boolean => people.resolve(name) !== null || classifier.kind(name) === 'person';

  for (const sentence of sentences) {
    if (skipParagraphs.has(sentence.paragraph)) continue;
    paragraphNow = sentence.paragraph;
    if (introduced && introduced.paragraph === sentence.paragraph) {
      const by: Speaker = introduced.speaker;
      statements.push({ speaker: by.name, speakerKind: by.kind, role: by.role, outlet: introduced.outlet, kind: 'direct', text: sentence.text.replace(/^[“"]\s*/, ''), source: sentence.text, paragraph: sentence.paragraph, sentence: sentence.index });
      introducedParagraphs.add(sentence.paragraph);
      lastDirect = { speaker: by, paragraph: sentence.paragraph, outlet: introduced.outlet };
      // A quotation left open runs on into the next paragraph (a blockquote of several paragraphs).
      if (lastOfParagraph.get(sentence.paragraph) === sentence.index && opensUnclosedQuote(paragraphText.get(sentence.paragraph) ?? '')) introduced = { speaker: by, outlet: introduced.outlet, paragraph: sentence.paragraph + 1 };
      continue;
    }
    if (opensUnclosedQuote(paragraphText.get(sentence.paragraph) ?? '')) {
      openQuote.push(sentence);
      continue;
    }
    // A quotation of several sentences in one paragraph waits for the sentence that closes it and names who spoke.
    if (inlineOpen.length > 0 && (inlineOpen[0] as Sentence).paragraph !== sentence.paragraph) inlineOpen = [];
    if (inlineOpen.length > 0 ? !closesOpenQuote(sentence.text) : opensQuoteItLeavesOpen(sentence.text)) {
      inlineOpen.push(sentence);
      continue;
    }
    const quoted = inlineOpen;
    inlineOpen = [];
    // The marks the quotation opened with: curly “…” or straight "…".
    const [openMark, closeMark] = quoted[0] && !/“/.test(quoted[0].text) ? ['"', '"'] : ['“', '”'];
    const text = normalize(quoted.length > 0 ? `${openMark}${sentence.text}` : sentence.text);
    // Register people named in full, with the office in front of the name as their role.
    const names = namesIn(text, context.lowerCaseWords);
    for (const span of names) {
      if (classifier.kind(span.text) !== 'person') continue;
      const split = classifier.splitTitle(span.text);
      const role = split.title || roleBefore(text.slice(0, span.start));
      // One word counts as a name with an office in front of it ("Governor Roe", "Mr. Roe").
      if (split.name && (split.name.split(/\s+/).length >= 2 || split.title || people.resolve(split.name))) people.mention(split.name, role || null);
    }
    // The person a sentence is about ("Ada Roe was the auctioneer."): who a "he"/"she" after it means.
    const subject = names.find((span) => span.start <= 4);
    const subjectPerson = subject ? subjectPersonOf(subject.text) : null;

    const intro: IntroducedQuote | null = lastOfParagraph.get(sentence.paragraph) === sentence.index ? findIntroducedQuote(text, isPerson) : null;
    if (intro) {
      const by: Speaker | null = intro.speaker.startsWith('@')
        ? { name: intro.speaker, kind: 'person', role: null }
        : resolveSpeaker({ speaker: intro.speaker, role: null, citing: null, audience: null, content: '' }, recent);
      if (by) {
        introduced = { speaker: by, outlet: intro.outlet, paragraph: sentence.paragraph + 1 };
        if (by.kind === 'person') {
          const person = people.resolve(by.name);
          if (person) lastPerson = { person, paragraph: sentence.paragraph };
        }
        continue;
      }
    }

    const { frame, quotes } = frameQuotes(text);
    // The last sentence of a long quotation is quoted however short it is ("No, we haven't”).
    const tail = quoted.length > 0 && quotes.length === 0 ? text.slice(1, text.indexOf(closeMark, 1)).trim() : '';
    if (tail) quotes.push(tail.replace(/,$/, ''));
    // A question may report what someone said ("the Treasury Secretary said Monday that …"); the asker's
    // own "you said" is no speaker (speaker-phrase).
    const attribution = findAttribution(frame);
    // "Ada Roe and Ben Oduya argue …": two people, each of whom says it.
    const pair = attribution && isPlausibleSpeakerPhrase(attribution.speaker) ? /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+and\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)$/u.exec(attribution.speaker.trim()) : null;
    const partner = pair?.[1] && attribution && classifier.kind(pair[1]) === 'person' ? resolveSpeaker({ ...attribution, speaker: pair[1] }, recent) : null;
    let speaker = attribution ? resolveSpeaker(pair?.[2] && partner ? { ...attribution, speaker: pair[2] } : attribution, recent) : null;
    // "She said: “The boats are old. … worse.”": the opening sentence named the speaker.
    const opener = quoted[0];
    if (!speaker && opener) {
      const named = findAttribution(frameQuotes(`${normalize(opener.text)}${closeMark}`).frame);
      if (named) speaker = resolveSpeaker(named, recent);
    }
    let outlet = attribution ? outletOf(attribution.audience) : null;
    if (attribution?.citing && speaker) speaker.role = [speaker.role, `citing ${attribution.citing}`].filter(Boolean).join(', ');
    if (attribution && speaker?.kind === 'person' && attribution.role) {
      const person = people.resolve(speaker.name);
      if (person && !person.role) person.role = attribution.role;
      speaker.role = person?.role ?? attribution.role;
    }

    if (quotes.length > 0) {
      // An unattributed quote continues the speaker of the quote just before it (same or previous paragraph).
      // Only a sentence that is (nearly) all quotation: "The charter justifies it “to ensure …”" has its own subject.
      const ownWords = frame.replace(/⟦\d+⟧/g, ' ').split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
      // A long quotation whose first sentence has words of its own ("…, saying, “…") is not a continuation either.
      const openerAllQuote = !opener || /^[“"]/.test(opener.text.trim());
      if (!speaker && lastDirect && sentence.paragraph - lastDirect.paragraph <= 1 && ownWords <= 4 && openerAllQuote) {
        speaker = lastDirect.speaker;
        outlet = lastDirect.outlet;
      }
      if (speaker) {
        for (const quote of quotes) {
          statements.push({ speaker: speaker.name, speakerKind: speaker.kind, role: speaker.role, outlet, kind: 'direct', text: quote, source: sentence.text, paragraph: sentence.paragraph, sentence: sentence.index });
        }
        lastDirect = { speaker, paragraph: sentence.paragraph, outlet };
        const directSpeaker = speaker;
        const waiting = [...openQuote.filter((open) => sentence.paragraph - open.paragraph === 1), ...quoted];
        // Before this paragraph's own quotes, in reading order.
        statements.splice(
          statements.length - quotes.length,
          0,
          ...waiting.map((open) => ({
            speaker: directSpeaker.name,
            speakerKind: directSpeaker.kind,
            role: directSpeaker.role,
            outlet,
            kind: 'direct' as const,
            // The quotation only: what stands before its opening mark is the writer's.
            text: (open === quoted[0] ? open.text.slice(open.text.indexOf(openMark) + 1) : open.text).replace(/^[“"]\s*/, '').trim(),
            source: open.text,
            paragraph: open.paragraph,
            sentence: open.index,
          })),
        );
      }
    } else if (attribution && speaker) {
      if (speaker.kind === 'group') lastGroup = { speaker, paragraph: sentence.paragraph };
      for (const who of partner ? [partner, speaker] : [speaker]) {
        statements.push({ speaker: who.name, speakerKind: who.kind, role: who.role, outlet, kind: 'reported', text: unframe(attribution.content, quotes), source: sentence.text, paragraph: sentence.paragraph, sentence: sentence.index });
      }
    }

    const speakerPerson = speaker?.kind === 'person' ? people.resolve(speaker.name) : null;
    if (speakerPerson ?? subjectPerson) lastPerson = { person: (speakerPerson ?? subjectPerson) as Person, paragraph: sentence.paragraph };
    const lastOpen = openQuote[openQuote.length - 1];
    if (lastOpen && lastOpen.paragraph < sentence.paragraph - 1) openQuote = [];
    // What "it" will refer to next: the country or organisation this sentence is about.
    if (subject) {
      const kind = classifier.kind(subject.text);
      if (kind === 'country' || kind === 'organization') {
        const hit = kind === 'country' ? gazetteer.lookup(subject.text) : null;
        lastThing = { speaker: { name: hit?.name ?? subject.text, kind: kind === 'country' ? 'country' : 'organization', role: null }, paragraph: sentence.paragraph };
      }
    }
  }

  const voiced = voices.turns
    ? answerStatements(voices.turns, sentences, (name) => voices.roles?.get(name) ?? (voices.author?.name === name ? voices.author.role : (people.resolve(name)?.role ?? null)))
    : voices.author
      ? authorStatements(voices.author, sentences, new Set([...skipParagraphs, ...introducedParagraphs]), new Set(statements.map((statement) => statement.sentence)))
      : [];
  const all = [...statements, ...voiced].sort((a, b) => a.sentence - b.sentence || Number(b.kind === 'direct') - Number(a.kind === 'direct'));

  nameDescribedSpeakers(all, people);

  // A role given later ("Berg, an Australian researcher at …") belongs to the earlier statements too.
  for (const statement of all) {
    if (statement.speakerKind !== 'person' || voices.roles?.has(statement.speaker)) continue;
    const person = people.resolve(statement.speaker);
    if (person?.role) statement.role = person.role;
  }
  return all;
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

/** "A spokesman for the mayor", "an official": a speaker described, not named. */
const describedOnly = /^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|official|representative|aide|adviser|advisor)\b/iu;

/**
 * "A spokesman for the mayor rejected the claim. “…,” Ben Roe told the Gazette.": the name given in the next
 * sentence, with no description of its own, is the one the description was about.
 */
function nameDescribedSpeakers(statements: Statement[], people: PeopleRegistry): void {
  statements.forEach((statement, i) => {
    if (!describedOnly.test(statement.speaker)) return;
    const next = statements[i + 1];
    if (!next || next.speakerKind !== 'person' || next.sentence - statement.sentence > 2 || next.speaker.split(/\s+/).length < 2 || describedOnly.test(next.speaker)) return;
    const person = people.resolve(next.speaker);
    if (next.role || person?.role) return;
    const description = statement.speaker.replace(/^(A|An|The)\s/, (article: string) => article.toLowerCase());
    if (person) person.role = description;
    for (const other of statements) if (other.speaker === statement.speaker) Object.assign(other, { speaker: next.speaker, speakerKind: 'person', role: description });
  });
}
