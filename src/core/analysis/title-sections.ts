// Section titles: short (at most six words), distinct, and read like a person wrote them. An explicit
// heading is kept; otherwise the section's most characteristic noun phrase is the title, led by the
// person the section quotes when there is one ("Korolev on China's approval").
import nlp from 'compromise';
import { stem, stopWords } from './words';

export const maxTitleWords = 6;

export interface TitleInput {
  heading: string | null;
  text: string;
  /** How characteristic each stemmed content word is of this section. */
  weights: ReadonlyMap<string, number>;
  /** A person whose views (reported statements) this section gives, if any (full name). */
  mainSpeaker: string | null;
  /** What that person is reported to say in this section. */
  speakerText: string;
  /** Words that make a poor title on their own: people's names, offices and descriptions ("foreign minister"). */
  isDescriptive: (word: string) => boolean;
  /** True for a word of a person's name in this document. */
  isPersonName: (word: string) => boolean;
}

const phraseBreak = /[.,;:!?()“”"«»–—]|\s-\s/;

/** Runs of content words (an opening possessive allowed: "China's approval"), 1–4 words long. */
export function candidatePhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const clause of text.split(phraseBreak)) {
    const tokens = clause.split(/\s+/).filter(Boolean);
    let run: string[] = [];
    const flush = (): void => {
      for (let start = 0; start < run.length; start++) {
        // A phrase does not start inside a name ("Korea's armed support" out of "North Korea's …").
        if (start > 0 && /^\p{Lu}/u.test(run[start] as string) && /^\p{Lu}/u.test(run[start - 1] as string)) continue;
        for (let length = 1; length <= 4 && start + length <= run.length; length++) {
          const words = run.slice(start, start + length);
          // A possessive may only open a phrase.
          if (words.slice(1).some((word) => /[’']s$/.test(word))) continue;
          phrases.push(words.join(' '));
        }
      }
      run = [];
    };
    for (const token of tokens) {
      const bare = token.toLowerCase().replace(/[’']s$/, '');
      if (stopWords.has(bare) || /^\d/.test(bare) || !/^[\p{L}][\p{L}'’-]*$/u.test(token)) flush();
      else run.push(token);
    }
    flush();
  }
  return phrases;
}

function phraseScore(phrase: string, weights: ReadonlyMap<string, number>): number {
  const words = phrase.split(/\s+/);
  const weight = words.reduce((sum, word) => sum + (weights.get(stem(word.toLowerCase().replace(/[’']s$/, ''))) ?? 0), 0);
  // Two- and three-word phrases name a topic best; single words are often too vague.
  const lengthFactor = words.length === 1 ? 0.55 : words.length === 2 ? 1 : words.length === 3 ? 0.9 : 0.7;
  return weight * lengthFactor;
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
  return phrase.replace(/(\p{L})-(\p{L})/gu, '$1$2');
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

export function shortenHeading(heading: string): string {
  const words = heading.split(/\s+/);
  if (words.length <= maxTitleWords) return heading;
  let kept = words.slice(0, maxTitleWords);
  while (kept.length > 1 && stopWords.has((kept[kept.length - 1] as string).toLowerCase())) kept = kept.slice(0, -1);
  return kept.join(' ').replace(/[,;:–—-]+$/, '');
}

/** How many of a section's best phrases are considered; the NLP check is the costly part. */
const maxChecked = 24;

/** A topic, not a person: no names, not only offices or descriptions ("Australian researcher"), no subject + verb. */
function readsAsTopic(phrase: string, section: TitleInput): boolean {
  const words = phrase.split(/\s+/);
  if (words.some((word) => section.isPersonName(word.replace(/[’']s$/, '')) && !/[’']s$/.test(word))) return false;
  if (words.every((word) => section.isDescriptive(word))) return false;
  // A name followed by a lower-case word is usually subject and verb ("Sweden feed …", "China wants …").
  return !words.some((word, i) => i + 1 < words.length && /^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(words[i + 1] as string) && !/[’']s$/.test(word) && !section.isDescriptive(word));
}

function rankPhrases(section: TitleInput): Array<{ phrase: string; score: number }> {
  const counts = new Map<string, number>();
  for (const phrase of candidatePhrases(section.text)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  return [...counts.entries()]
    .map(([phrase, count]) => ({ phrase, score: phraseScore(phrase, section.weights) * (1 + 0.25 * Math.min(count - 1, 3)) }))
    .sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase));
}

export function titleSections(sections: TitleInput[]): string[] {
  const used = new Set<string>();
  const usedSpeakers = new Set<string>();
  // Cheap spelling rules first, so the costly NLP check sees only phrases that could make a title.
  const rankedBySection = sections.map((section) => (section.heading ? [] : rankPhrases(section).filter(({ phrase }) => readsAsTopic(phrase, section))));
  // All sections' leading candidates are tagged in one pass of the NLP library.
  const nounPhrases: NounPhraseCache = new Map();
  primeNounPhrases(rankedBySection.flatMap((ranked) => ranked.slice(0, maxChecked).map((entry) => entry.phrase)), nounPhrases);
  return sections.map((section, index) => {
    if (section.heading) {
      // A heading the document repeats ("Update") is numbered so slide titles stay distinct.
      let title = shortenHeading(section.heading);
      for (let n = 2; used.has(title.toLowerCase()); n++) title = `${shortenHeading(section.heading)} (${n})`;
      used.add(title.toLowerCase());
      return title;
    }
    const ranked = rankedBySection[index] ?? [];
    const speaker = section.mainSpeaker && !usedSpeakers.has(section.mainSpeaker) ? section.mainSpeaker : null;
    // "Anna de Vries" -> "de Vries": everything after the given name.
    const surname = speaker && speaker.includes(' ') ? speaker.split(/\s+/).slice(1).join(' ') : speaker;
    const acceptable = (phrase: string): boolean => isNounPhrase(phrase, nounPhrases);
    const fresh = (title: string, phrase: string): boolean => !used.has(title.toLowerCase()) && ![...used].some((other) => other.includes(phrase.toLowerCase()));
    const candidates = ranked.slice(0, maxChecked).filter(({ phrase }) => acceptable(phrase));
    // "Korolev on China's approval" only when the phrase is in what that person is reported to say.
    if (surname && speaker) {
      const said = section.speakerText.toLowerCase();
      for (const { phrase } of candidates) {
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
      if (isNounPhrase(phrase, nounPhrases) && phrase.split(/\s+/).length > 1 && fresh(title, phrase)) {
        used.add(title.toLowerCase());
        return title;
      }
    }
    const fallback = `Part ${index + 1}`;
    used.add(fallback.toLowerCase());
    return fallback;
  });
}
