// Section titles: short (at most six words), distinct, and read like a person wrote them. An explicit
// heading is kept as written (see headingTitle); otherwise the section's most characteristic noun phrase is the title, led by the
// person the section quotes when there is one ("Berg on the new tax").
import nlp from 'compromise';
import { findNounPhrases } from './find-noun-phrases';
import { stem, stopWords } from './words';

export const maxTitleWords = 6;

export interface TitleInput {
  heading: string | null;
  /** The section's opening sentences, where its topic is named. */
  sentences: string[];
  /**
   * For an interview's slide, the question it answers: what it asks about titles the slide when anything in
   * it reads as a topic, before what the answer talks about.
   */
  asked?: string[];
  /** How characteristic each stemmed content word is of this section. */
  weights: ReadonlyMap<string, number>;
  /** A person whose views (reported statements) this section gives, if any (full name). */
  mainSpeaker: string | null;
  /** What that person is reported to say in this section. */
  speakerText: string;
  /** Words that make a poor title on their own: people's names, offices and descriptions ("foreign minister"). */
  isDescriptive: (word: string) => boolean;
  /** True for a word of a person's name in this document's text. */
  isPersonName: (word: string) => boolean;
}

const placeJoint = /\s(?:in|to|from|near|across|for)\s/;

function phraseScore(phrase: string, weights: ReadonlyMap<string, number>, lead: boolean): number {
  const joint = placeJoint.exec(phrase);
  const head = (joint ? phrase.slice(0, joint.index) : phrase).split(/\s+/);
  const place = joint ? phrase.slice(joint.index + joint[0].length).split(/\s+/).filter((word) => !stopWords.has(word.toLowerCase())) : [];
  const weightOf = (word: string): number => weights.get(stem(word.toLowerCase().replace(/[’']s$/, ''))) ?? 0;
  // "Factory in southern Poland" is about a factory; where the opening sentence says where it is, the place adds half its weight.
  const weight = head.reduce((sum, word) => sum + weightOf(word), 0) + (lead ? 0.5 : 0) * place.reduce((sum, word) => sum + weightOf(word), 0);
  // Two- and three-word phrases name a topic best; single words are often too vague, but not with the
  // place the opening sentence puts them in ("factory in southern Poland").
  const lengthFactor = head.length === 1 ? (joint && lead ? 0.7 : 0.4) : head.length === 2 ? 1 : head.length === 3 ? 0.9 : 0.7;
  return weight * lengthFactor * (joint ? 1.15 : 1);
}

/** Answers of the NLP check, kept per document so a title never depends on what was analysed before. */
type NounPhraseCache = Map<string, boolean>;

/** A title must be a noun phrase: it ends in a noun and does not open with a verb. */
function isNounPhrase(phrase: string, nounPhrases: NounPhraseCache): boolean {
  let answer = nounPhrases.get(phrase);
  if (answer === undefined) {
    answer = tagAsNounPhrase(phrase);
    nounPhrases.set(phrase, answer);
  }
  return answer;
}

/** Tags a section's candidate phrases in one pass of the NLP library, one phrase a line. */
function primeNounPhrases(phrases: string[], nounPhrases: NounPhraseCache): void {
  const todo = [...new Set(phrases)].filter((phrase) => !nounPhrases.has(phrase));
  if (todo.length === 0) return;
  const sentences = nlp(todo.map((phrase) => `${forTagging(phrase)}.`).join('\n')).sentences();
  if (sentences.length !== todo.length) return; // lines merged: fall back to one call per phrase
  todo.forEach((phrase, i) => nounPhrases.set(phrase, nounPhraseTags(sentences.eq(i))));
}

function tagAsNounPhrase(phrase: string): boolean {
  return nounPhraseTags(nlp(forTagging(phrase)));
}

/** The tagger splits "dual-use" into "dual" + the verb "use"; a compound is one modifier word. */
function forTagging(phrase: string): string {
  const joined = phrase.replace(/(\p{L})-(\p{L})/gu, '$1$2');
  // Alone, "Visit to Brazil" reads as an order; its head was a noun in the sentence, so it is read after an article.
  return placeJoint.test(phrase) ? `The ${joined}` : joined;
}

interface Tagged {
  has(match: string): boolean;
  terms(): { first(): { has(match: string): boolean }; last(): { has(match: string): boolean } };
}

function nounPhraseTags(doc: Tagged): boolean {
  const terms = doc.terms();
  const last = terms.last();
  const first = terms.first();
  if (!last.has('#Noun') || last.has('#Pronoun')) return false;
  if (first.has('#Verb') && !first.has('#Gerund') && !first.has('#Noun')) return false;
  if (doc.has('#Adverb') || doc.has('#Modal') || doc.has('#Copula') || doc.has('#PresentTense') || doc.has('#Infinitive') || doc.has('#Value')) return false;
  return true;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A heading up to this long is the author's title for the section and is kept as written. */
const maxKeptHeadingWords = 14;

/**
 * "Ada Roe, Professor of Tides, Harbour University, Lisbon": a name (two to five capitalised words) and at
 * least two more parts, none of them the end of a series ("Roads, Bridges, and Tunnels of the Coast").
 */
function isNameLine(parts: string[]): boolean {
  const name = (parts[0] as string).split(' ');
  if (parts.length < 3 || name.length < 2 || name.length > 5) return false;
  if (parts.some((part) => /^(?:and|or)\s/i.test(part))) return false;
  return name.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|da|del|der|di|van|von|la|le|bin|al)$/.test(word)) && !/[:?!]/.test(parts[0] as string);
}

/**
 * The title a document's heading gives its slide. A heading is the author's own title, so it is kept as
 * written however long it is within reason ("Redefining the Prevalence of ED and Its Psychological
 * Effects"), with its colon ("First Objection: People Do Not Act Like This"). Two exceptions: a
 * "name, role, institution, city" line is titled by its name, and a heading too long for a slide by its
 * part before the first comma or colon, else by its first words.
 */
export function headingTitle(heading: string): string {
  const text = heading.trim().replace(/\s+/g, ' ');
  const words = text.split(' ');
  if (words.length <= maxTitleWords) return text;
  const parts = text.split(/,\s+/);
  const lead = parts[0] as string;
  if (isNameLine(parts)) return lead;
  if (words.length <= maxKeptHeadingWords) return text;
  const beforeBreak = text.split(/[,:;]\s|\s[–—]\s/)[0] as string;
  if (beforeBreak.split(' ').length >= 2 && beforeBreak.split(' ').length <= maxKeptHeadingWords) return beforeBreak;
  let kept = words.slice(0, maxKeptHeadingWords);
  while (kept.length > 1 && stopWords.has((kept[kept.length - 1] as string).toLowerCase())) kept = kept.slice(0, -1);
  return kept.join(' ').replace(/[,;:–—-]+$/, '');
}

/** How many of a section's best phrases are considered. */
const maxChecked = 24;

const personNouns = new Set(
  `representative minister president secretary spokesperson spokesman spokeswoman director chief leader chairman chairwoman executive
  officer official ambassador envoy researcher analyst economist expert professor manager captain coach goalkeeper defender striker
  winger midfielder mayor governor editor reporter founder people person man woman residents members newspaper agency outlet
  broadcaster magazine maker makers manufacturer manufacturers producer producers company firm`.split(/\s+/),
);

/** A topic, not a person: no names, not only offices or descriptions ("Australian researcher"), no subject + verb. */
function readsAsTopic(phrase: string, section: TitleInput): boolean {
  const words = phrase.split(/\s+/);
  if (words.some((word) => section.isPersonName(word.replace(/[’']s$/, '')) && !/[’']s$/.test(word))) return false;
  if (words.every((word) => section.isDescriptive(word))) return false;
  // "Foreign policy representative" describes a person (or a source: "Swedish newspaper"; an actor: "bus maker"), not a topic.
  if (personNouns.has((words[words.length - 1] as string).toLowerCase())) return false;
  // A name followed by a lower-case word is usually subject and verb ("Sweden feed …", "Norway wants …").
  // After "the" a name modifies the noun that follows ("ceasefire in the Sudan war").
  return !words.some(
    (word, i) => i + 1 < words.length && words[i - 1]?.toLowerCase() !== 'the' && /^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(words[i + 1] as string) && !/[’']s$/.test(word) && !section.isDescriptive(word),
  );
}

const genericHeads = new Set(
  'problem problems issue issues question questions thing things way ways fact facts moment moments matter matters point points case cases situation reason reasons side sides time times change changes'.split(' '),
);

function hasGenericHead(phrase: string): boolean {
  return genericHeads.has((phrase.split(/\s+/).pop() as string).toLowerCase());
}

function isBareName(phrase: string): boolean {
  return phrase.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
}

/** What an interview's question asks about weighs this much more than what only its answer names. */
const askedBoost = 1.6;

function surnameOf(name: string): string {
  const words = name.split(/\s+/).slice(1);
  while (words.length > 1 && /^\p{Lu}\.$/u.test(words[0] as string)) words.shift();
  return words.join(' ');
}

function rankPhrases(section: TitleInput): Array<{ phrase: string; score: number }> {
  const found = new Map<string, { count: number; boost: number; lead: boolean }>();
  const asked = (section.asked ?? []).join(' ').toLowerCase();
  for (const candidate of findNounPhrases([...(section.asked ?? []), ...section.sentences])) {
    // The narrator's own words and the opening sentence name the topic; a quote's detail rarely does.
    const boost =
      (candidate.quoted ? 0.5 : 1) * (candidate.leadObject ? 3.5 : candidate.leadClause ? 2 : candidate.lead ? 1.3 : 1) * (asked.includes(candidate.phrase.toLowerCase()) ? askedBoost : 1);
    const entry = found.get(candidate.phrase);
    if (entry) {
      entry.count += 1;
      entry.boost = Math.max(entry.boost, boost);
      entry.lead ||= candidate.lead;
    } else found.set(candidate.phrase, { count: 1, boost, lead: candidate.lead });
  }
  // "southern Poland" out of "factory in southern Poland" says where, not what.
  const places = new Set([...found.keys()].map((phrase) => placeJoint.exec(phrase)).flatMap((joint) => (joint ? [joint.input.slice(joint.index + joint[0].length)] : [])));
  return [...found.entries()]
    // A bare name ("European Union") says who, not what about them; "urgent problem" says neither.
    .map(([phrase, { count, boost, lead }]) => ({
      phrase,
      score: phraseScore(phrase, section.weights, lead) * boost * (places.has(phrase) ? 0.4 : isBareName(phrase) ? 0.6 : 1) * (hasGenericHead(phrase) ? 0.2 : 1) * (1 + 0.25 * Math.min(count - 1, 3)),
    }))
    .sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase));
}

export function titleSections(sections: TitleInput[]): string[] {
  const used = new Set<string>();
  const usedSpeakers = new Set<string>();
  // Cheap spelling rules first, so the costly NLP check sees only phrases that could make a title.
  const topics = (section: TitleInput): Array<{ phrase: string; score: number }> => rankPhrases(section).filter(({ phrase }) => readsAsTopic(phrase, section));
  const rankedBySection = sections.map((section) => (section.heading ? [] : topics(section)));
  // All sections' leading candidates are tagged in one pass of the NLP library.
  const nounPhrases: NounPhraseCache = new Map();
  primeNounPhrases(rankedBySection.flatMap((ranked) => ranked.slice(0, maxChecked).map((entry) => entry.phrase)), nounPhrases);
  return sections.map((section, index) => {
    if (section.heading) {
      // A heading the document repeats ("Update") is numbered so slide titles stay distinct.
      let title = headingTitle(section.heading);
      for (let n = 2; used.has(title.toLowerCase()); n++) title = `${headingTitle(section.heading)} (${n})`;
      used.add(title.toLowerCase());
      return title;
    }
    const ranked = rankedBySection[index] ?? [];
    const speaker = section.mainSpeaker && !usedSpeakers.has(section.mainSpeaker) ? section.mainSpeaker : null;
    // "Anna de Vries" -> "de Vries": everything after the given name and any middle initials ("Ada J. Roe" -> "Roe").
    const surname = speaker && speaker.includes(' ') ? surnameOf(speaker) : speaker;
    // Not a title already given, nor a part of one, nor one with an earlier title inside ("World's battery cells" after "Battery cells").
    const fresh = (title: string, phrase: string): boolean =>
      !used.has(title.toLowerCase()) && ![...used].some((other) => other.includes(phrase.toLowerCase()) || phrase.toLowerCase().includes(other));
    // Read in context and alone: a phrase the tagger reads as a verb phrase on its own ("start production") is no title.
    const candidates = ranked.slice(0, maxChecked).filter(({ phrase }) => isNounPhrase(phrase, nounPhrases));
    // "Berg on the new tax" only when the phrase is in what that person is reported to say.
    // A lone word ("Ball") is a title only when no phrase of two or more words comes near it.
    const bestMulti = candidates.find(({ phrase }) => phrase.includes(' '));
    if (bestMulti && candidates[0] && !candidates[0].phrase.includes(' ') && bestMulti.score >= 0.5 * candidates[0].score) {
      candidates.splice(candidates.indexOf(bestMulti), 1);
      candidates.unshift(bestMulti);
    }
    const topScore = candidates[0]?.score ?? 0;
    if (surname && speaker) {
      const said = section.speakerText.toLowerCase();
      for (const { phrase, score } of candidates) {
        // The person's view must be what the section is about, not a side detail of it.
        if (score < 0.8 * topScore) break;
        if (phrase.includes(surname) || !said.includes(phrase.toLowerCase())) continue;
        if (phrase.split(/\s+/).length + surname.split(/\s+/).length + 1 > maxTitleWords) continue;
        const title = `${surname} on ${phrase}`;
        if (!fresh(title, phrase)) continue;
        used.add(title.toLowerCase());
        usedSpeakers.add(speaker);
        return title;
      }
    }
    for (const { phrase } of candidates) {
      const title = capitalize(phrase);
      if (!fresh(title, phrase)) continue;
      used.add(title.toLowerCase());
      return title;
    }
    // Nothing reads as a topic: the best noun phrase even with a name in it, then the section's position.
    for (const { phrase } of rankPhrases(section).slice(0, maxChecked)) {
      const title = capitalize(phrase);
      if (phrase.split(/\s+/).length > 1 && fresh(title, phrase)) {
        used.add(title.toLowerCase());
        return title;
      }
    }
    const fallback = `Part ${index + 1}`;
    used.add(fallback.toLowerCase());
    return fallback;
  });
}
