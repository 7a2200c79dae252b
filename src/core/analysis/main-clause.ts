// Whether a bullet is a clause a reader can read aloud, from compromise's part-of-speech tags: it needs a finite
// verb that no subordinator ("that", "who", "because", "said" before its complement) claimed for a clause of its
// own. "Soon after the first release of documents", "A plan that is at peace with its neighbours" and
// "Source: the news agency" have none; "The mayor would act to ensure that her colleagues" lost the verb its
// "that" opened. The same reading finds the relative clause between a subject and its verb, so it can go.
import nlp from 'compromise';

interface Word {
  text: string;
  lower: string;
  tags: Set<string>;
  post: string;
  start: number;
  end: number;
}

interface Reading {
  words: Word[];
  /** Indexes of the words that start a finite verb group. */
  finite: number[];
  /** Indexes of the words that open a clause needing a verb of its own. */
  opens: number[];
}

const subordinators = new Set(['who', 'whom', 'whose', 'which', 'although', 'though', 'because', 'unless', 'whether', 'whereas', 'while', 'if']);
/** Verbs whose complement clause follows them without "that" ("said people who …"); "told her" and "noted the
 * problem" as often take a plain object, so they are not counted. */
const complementVerbs = new Set(['said', 'says', 'say', 'believes', 'believed', 'thinks', 'thought', 'argued', 'argues']);
const afterSaying = new Set(['in', 'on', 'at', 'to', 'during', 'last', 'this', 'yesterday', 'today', 'here', 'there', 'earlier', 'later']);
// compromise reads the verb after "later" as an adjective ("The team later joined …").
const lexicon = { later: 'Adverb' };

interface Term {
  text: string;
  tags: string[];
  post?: string;
  offset: { start: number; length: number };
}

/**
 * compromise's tokenizer is worse than quadratic on a long run of punctuation (160 KB of curly quotes took 15 s,
 * a megabyte over 15 minutes), and no bullet is read from past its first few hundred words: a longer text is
 * read up to this length, cut at a space, so every offset still points into the original text.
 */
const maxReadChars = 2_000;

function readable(text: string): string {
  if (text.length <= maxReadChars) return text;
  const clipped = text.slice(0, maxReadChars);
  const space = clipped.search(/\s\S*$/);
  return space > 0 ? clipped.slice(0, space) : clipped;
}

/** A word as compromise tagged it, before the name rule below reads it with its neighbours. */
type TaggedWord = Omit<Word, 'lower'>;

function tagWords(text: string): TaggedWord[] {
  const sentences = nlp(readable(text), lexicon).json({ offset: true }) as Array<{ terms: Term[] }>;
  return sentences.flatMap((sentence) => sentence.terms).map((term) => ({ text: term.text, tags: new Set(term.tags), post: term.post ?? '', start: term.offset.start, end: term.offset.start + term.offset.length }));
}

function withNameRule(tagged: TaggedWord[]): Word[] {
  return tagged.map((word, i) => {
    const tags = new Set(word.tags);
    // A capitalised word inside the sentence, or before another capitalised word, is part of a name ("Harbour Press").
    const next = tagged[i + 1]?.text ?? '';
    if (/^\p{Lu}/u.test(word.text) && word.text !== 'I' && (i > 0 || /^\p{Lu}/u.test(next))) tags.delete('Verb');
    return { ...word, tags, lower: word.text.toLowerCase() };
  });
}

const wordChar = /[\p{L}\p{N}]/u;
const nextWordChar = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && !wordChar.test(text[at] as string)) at++;
  return at;
};

/**
 * A sentence tagged once. Shortening tries many deletions of one sentence and asks of each whether a clause is
 * left; each deletion is read with the sentence's own tags instead of being tagged again (about a tenth of the
 * CPU time of generating from 20,000 words), which also reads each word in its whole context, not in a fragment.
 */
export class TaggedSentence {
  private taggedWords: TaggedWord[] | null = null;

  constructor(readonly text: string) {}

  /** Tagged on first use: most sentences are short enough never to be asked. */
  private get tagged(): TaggedWord[] {
    this.taggedWords ??= tagWords(this.text);
    return this.taggedWords;
  }

  /**
   * The words of `cut` with this sentence's tags, when `cut` keeps this sentence's words in order (deletions,
   * changed punctuation, a first letter's case); null when it has a word the sentence does not have there.
   */
  wordsOf(cut: string): TaggedWord[] | null {
    const out: TaggedWord[] = [];
    let at = nextWordChar(cut, 0);
    let previousKept = false;
    for (const word of this.tagged) {
      // Where the word text starts with a symbol ("$5"), match from its first letter or digit.
      const key = word.text.slice(nextWordChar(word.text, 0));
      if (key === '') {
        // Implicit words of a contraction ("we'll" -> "will") and symbols go with the word before them.
        if (previousKept) out.push({ ...word, start: at, end: at });
        continue;
      }
      previousKept = at < cut.length && cut.slice(at, at + key.length).toLowerCase() === key.toLowerCase() && !wordChar.test(cut[at + key.length] ?? '');
      if (!previousKept) continue;
      const end = at + key.length;
      at = nextWordChar(cut, end);
      const gap = cut.slice(end, at);
      out.push({ ...word, text: cut.slice(end - key.length, end), post: /^\S*\s*/u.exec(gap)?.[0] ?? '', start: end - key.length, end });
    }
    return at >= cut.length ? out : null;
  }
}

function wordsOf(text: string, from?: TaggedSentence): Word[] {
  return withNameRule((from?.wordsOf(text) ?? null) ?? tagWords(text));
}

function read(text: string, from?: TaggedSentence): Reading {
  const words = wordsOf(text, from);
  const question = /\?\s*["”’]?$/.test(text.trim());
  const finite: number[] = [];
  const opens: number[] = [];
  let inGroup = false;
  words.forEach((word, i) => {
    const previous = words[i - 1];
    const next = words[i + 1];
    const isVerb = word.tags.has('Verb');
    if (isVerb && !inGroup) {
      const afterTo = previous?.lower === 'to';
      const gerund = word.tags.has('Gerund');
      const helper = word.tags.has('Auxiliary') || word.tags.has('Copula');
      const modifiesNoun = previous !== undefined && (previous.tags.has('Preposition') || previous.tags.has('Determiner') || previous.tags.has('Possessive'));
      // "stolen documents", "a way devised by …", "of hacked materials": a participle, not a verb of its own.
      const participle = !helper && (word.tags.has('Passive') || (word.tags.has('Participle') && (modifiesNoun || next?.lower === 'by')));
      const attributive = !helper && word.tags.has('PastTense') && modifiesNoun && next !== undefined && next.tags.has('Noun');
      if (!afterTo && !gerund && !participle && !attributive) finite.push(i);
    }
    // A gerund is part of a noun phrase ("Rowing also builds strength"): the verb after it starts its own group.
    if (isVerb && !(word.tags.has('Gerund') && !inGroup)) inGroup = true;
    else if (!isVerb && !word.tags.has('Adverb') && !word.tags.has('Negative')) inGroup = false;
    if (/[,;:—–()]/.test(word.post)) inGroup = false;

    if (subordinators.has(word.lower)) opens.push(i);
    else if (word.lower === 'that') {
      // A complementizer or relative "that", not "that concern"; a determiner "that" is never followed by another.
      if (word.tags.has('Conjunction') || (next !== undefined && (next.tags.has('Determiner') || (i === 0 && (next.tags.has('Pronoun') || next.tags.has('Possessive')))))) opens.push(i);
    } else if ((word.lower === 'when' || word.lower === 'where') && !(question && i === 0)) opens.push(i);
    else if (complementVerbs.has(word.lower) && isVerb && !/[,;:.!?"”]/.test(word.post) && next !== undefined && next.lower !== 'that' && !afterSaying.has(next.lower)) opens.push(i);
  });
  return { words, finite, opens };
}

/** The bullet keeps a finite verb of its own clause. `from` is the sentence it was cut from, when it was. */
export function hasMainClause(text: string, from?: TaggedSentence): boolean {
  const { finite, opens } = read(text, from);
  return finite.length > opens.length;
}

/**
 * The text without a relative clause that stands between its subject and the main verb, when one does:
 * "A harbour that is at peace with its neighbours would prosper" -> "A harbour would prosper". The clause starts
 * with "who", "which" or a relative "that" right after a noun in the first words, and ends where a finite verb
 * is left over for the main clause. Null when there is no such clause.
 */
export function withoutSubjectRelative(text: string, from?: TaggedSentence): string | null {
  const { words, finite, opens } = read(text, from);
  const opener = opens.find((i) => i > 0 && i <= 8 && ['who', 'which', 'that'].includes(words[i]?.lower ?? ''));
  if (opener === undefined) return null;
  const before = words[opener - 1] as Word;
  if (!before.tags.has('Noun') || /[,;:]/.test(before.post) || words.slice(0, opener).some((word) => finite.includes(words.indexOf(word)))) return null;
  // Each clause opened from here on takes one finite verb; the first verb left over is the main clause's.
  let open = 0;
  let main = -1;
  for (let i = opener; i < words.length; i++) {
    // "… that is at peace and that has …": every relative word here opens a clause, however it was tagged.
    if (opens.includes(i) || ['who', 'which', 'that'].includes((words[i] as Word).lower)) open += 1;
    if (finite.includes(i)) {
      if (open === 0) {
        main = i;
        break;
      }
      open -= 1;
    }
  }
  if (main < 0) return null;
  const start = (words[opener] as Word).start;
  const end = (words[main] as Word).start;
  return `${text.slice(0, start).trimEnd()} ${text.slice(end)}`;
}

/**
 * Where noun phrases end before a phrase or clause begins, as counts of whitespace-separated words from the
 * start, longest first: after a noun followed by "to", a preposition or a conjunction ("a genome study | to
 * test"), not inside a phrase ("the Aging | Study") or before a verb ("that you | should").
 */
export function nounPhraseEnds(text: string, from?: TaggedSentence): number[] {
  const words = wordsOf(text, from);
  const ends: number[] = [];
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (!word.tags.has('Noun') || next === undefined) return;
    if (word.tags.has('Pronoun') || !(next.lower === 'to' || next.tags.has('Preposition') || next.tags.has('Conjunction'))) return;
    ends.push(text.slice(0, word.end).split(/\s+/).filter(Boolean).length);
  });
  return [...new Set(ends)].sort((a, b) => b - a);
}
