// Candidate title phrases: noun phrases read in context by the NLP library, so a word is a noun or a verb
// as the sentence uses it ("would offer tax relief" gives "tax relief", never "offer tax relief").
import nlp from 'compromise';
import { stopWords } from './words';

export interface PhraseCandidate {
  phrase: string;
  /** The phrase stands inside quotation marks: a quote's vivid detail rarely names the section's topic. */
  quoted: boolean;
  /** The phrase is in the section's first sentence, where news writing states its topic. */
  lead: boolean;
  /** The phrase is in that sentence's main clause, before its first comma: the subject and what it does. */
  leadClause: boolean;
  /** The phrase follows that clause's verb: what the subject does or gets ("will build a factory in …"). */
  leadObject: boolean;
}

interface Token {
  text: string;
  tags: ReadonlySet<string>;
  quoted: boolean;
  /** A break (punctuation) stands before this token. */
  breakBefore: boolean;
  /** A comma, semicolon, colon or dash follows this token. */
  clauseBreakAfter: boolean;
  /** In the sentence's main clause, and not its subject when that is only the source ("The union said …"). */
  inMainClause: boolean;
  /** The sentence's first verb stands before this token. */
  afterVerb: boolean;
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

const maxPhraseWords = 4;

/** Opening adjectives that say how much, how big or how impressive, not what: "possible starting points", "additional problems", "dramatic rescue". */
const vagueOpeners = new Set(
  `possible additional large small big other certain various several major significant upper lower own whole same far long short
  high low good bad great little real local best worst biggest largest smallest first last next recent former current further important interesting main key total overall huge particular
  general similar different previous following latest growing rising falling increasing much more most less least many few
  spectacular dramatic remarkable extraordinary unprecedented stunning shocking striking surprising astonishing incredible amazing`.split(/\s+/),
);

/** Words the tagger reads as nouns that do not belong in a title ("tax relief worth …", "top", "keep a close eye", "48 million dollar budget"). */
const notInPhrases = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'worth', 'top', 'lot', 'lots', 'kind', 'sort', 'part', 'number', 'amount', 'percent', 'per', 'hundreds', 'thousands', 'millions', 'dozens', 'eye']);

const quoteOpen = /[“"‘«]/;
const quoteClose = /[”"’»]/;

function tokensOf(terms: JsonTerm[], startQuoted: boolean): { tokens: Token[]; quoted: boolean } {
  const tokens: Token[] = [];
  let quoted = startQuoted;
  let breakNext = true;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as JsonTerm;
    if (quoteOpen.test(term.pre)) quoted = true;
    let text = term.text;
    let tags = new Set(term.tags);
    const pre = term.pre;
    let post = term.post;
    // The tagger splits "dual-use" into "dual" and the verb "use"; a hyphenated compound is one modifier.
    while (/^-$/.test(post.trim()) && post.trim() === post && i + 1 < terms.length) {
      const next = terms[i + 1] as JsonTerm;
      text = `${text}-${next.text}`;
      post = next.post;
      tags = new Set(['Adjective', ...(next.tags.includes('Noun') && !next.tags.includes('Verb') ? ['Noun'] : [])]);
      i += 1;
    }
    tokens.push({ text, tags, quoted, breakBefore: breakNext || /[^\s]/.test(pre), clauseBreakAfter: /[,;:–—]/.test(post), inMainClause: true, afterVerb: false });
    breakNext = /[^\s’']/.test(post);
    if (quoteClose.test(post) && !/^[’']s?\s*$/.test(post)) quoted = false;
  }
  markMainClause(tokens);
  return { tokens, quoted };
}

const isVerb = (token: Token): boolean => token.tags.has('Verb') && !token.tags.has('Noun') && !token.tags.has('Adjective');

/** Verbs that make their subject a source, not the topic: "The union said its members …". */
const reportingVerbs = new Set('said says say told tells warned warns added adds argued argues claimed claims noted notes wrote writes believes believe believed think thinks thought'.split(' '));

const relativeWords = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * The main clause ends at the first comma, dash or relative pronoun ("a strike that left …") after its
 * verb; an opening phrase ("In practice, …") is not part of it, an apposition between commas before the
 * verb ("The manager, Rosa Martinez, made …") is.
 */
function markMainClause(tokens: Token[]): void {
  let inMain = true;
  let afterVerb = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (afterVerb && relativeWords.has(token.text.toLowerCase())) inMain = false;
    token.inMainClause = inMain;
    token.afterVerb = afterVerb;
    if (isVerb(token) && !afterVerb) {
      afterVerb = true;
      // The subject of "said" is who speaks: what they say is the topic.
      if (reportingVerbs.has(token.text.toLowerCase())) for (const before of tokens.slice(0, i)) before.inMainClause = false;
    }
    if (!token.clauseBreakAfter || !inMain) continue;
    const close = tokens.slice(i + 1, i + 7).findIndex((next) => next.clauseBreakAfter);
    const apposition = !afterVerb && close >= 0 ? tokens.slice(i + 1, i + 2 + close) : null;
    if (apposition && !apposition.some(isVerb)) {
      for (const inner of apposition) inner.afterVerb = false;
      i += close + 1;
      continue;
    }
    // A comma before any verb closes an opening phrase ("In practice, …"): the main clause follows it.
    if (!afterVerb) for (const before of tokens.slice(0, i + 1)) before.inMainClause = false;
    else inMain = false;
  }
}

function isPhraseWord(token: Token): boolean {
  const bare = token.text.toLowerCase().replace(/[’']s$/, '');
  if (stopWords.has(bare) || notInPhrases.has(bare) || !/^[\p{L}][\p{L}'’-]*$/u.test(token.text)) return false;
  const { tags } = token;
  if (!tags.has('Noun') && !tags.has('Adjective')) return false;
  for (const tag of ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Value', 'Verb', 'Date']) if (tags.has(tag)) return false;
  return true;
}

function phrasesOfRun(run: Token[], lead: boolean, out: PhraseCandidate[]): void {
  for (let start = 0; start < run.length; start++) {
    const first = run[start] as Token;
    // A phrase does not start inside a name ("Africa's growth" out of "South Africa's …").
    if (start > 0 && /^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test((run[start - 1] as Token).text)) continue;
    const firstWord = first.text.toLowerCase();
    if (vagueOpeners.has(firstWord) || first.tags.has('Comparative') || first.tags.has('Superlative')) continue;
    for (let length = 1; length <= maxPhraseWords && start + length <= run.length; length++) {
      const words = run.slice(start, start + length);
      const last = words[words.length - 1] as Token;
      // A possessive may only open a phrase, and a phrase ends in a noun.
      if (words.slice(1).some((word) => /[’']s$/.test(word.text))) continue;
      if (!last.tags.has('Noun') || /[’']s$/.test(last.text)) continue;
      // A phrase ends at its head noun: "foreign policy" only modifies "representative" in "foreign policy representative".
      const next = run[start + length];
      if (next?.tags.has('Noun') && !/[’']s$/.test(last.text)) continue;
      out.push({ phrase: words.map((word) => word.text).join(' '), quoted: words.every((word) => word.quoted), lead, leadClause: lead && last.inMainClause, leadObject: lead && last.inMainClause && first.afterVerb });
    }
  }
}

const placePrepositions = new Set(['in', 'to', 'from', 'near', 'across', 'for']);

/**
 * "a second factory in southern Poland", "his visit to Brazil": a noun phrase with the place or party it
 * concerns reads as a headline. `position` is the token just after the run.
 */
function placePhrase(run: Token[], tokens: Token[], position: number, lead: boolean, out: PhraseCandidate[]): void {
  const head = run[run.length - 1];
  const preposition = tokens[position];
  if (!head || !head.tags.has('Noun') || /^\p{Lu}/u.test(head.text) || /[’']s$/.test(head.text)) return;
  if (!preposition || !placePrepositions.has(preposition.text.toLowerCase()) || preposition.breakBefore) return;
  const place: Token[] = [];
  // "a ceasefire in the Sudan war": the article may open the place, and a noun the name modifies may close it.
  const article = tokens[position + 1]?.text.toLowerCase() === 'the' && !tokens[position + 1]?.breakBefore ? 1 : 0;
  for (let i = position + 1 + article; i < tokens.length && place.length < 3; i++) {
    const token = tokens[i] as Token;
    if (token.breakBefore && place.length > 0) break;
    const capitalised = /^\p{Lu}\p{Ll}/u.test(token.text) && token.tags.has('Noun') && !token.tags.has('Pronoun');
    if (capitalised) place.push(token);
    else if (article && place.length > 0 && isPhraseWord(token) && token.tags.has('Noun') && /^\p{Ll}/u.test(token.text)) {
      const after = tokens[i + 1];
      // Only the noun that ends the phrase: "the Sudan war", not "the Sudan war effort" cut short.
      if (after && !after.breakBefore && isPhraseWord(after)) return;
      place.push(token);
      break;
    }
    // "southern Poland": one lower-case modifier may lead the place name.
    else if (place.length === 0 && (token.tags.has('Adjective') || token.tags.has('Place')) && /^\p{Ll}/u.test(token.text) && !token.tags.has('Comparative')) place.push(token);
    else break;
  }
  if (!place.some((token) => /^\p{Lu}/u.test(token.text))) return;
  // With an article, the place is a thing named after a place ("the Sudan war"), never a bare name ("the Netherlands").
  if (article && !/^\p{Ll}/u.test((place[place.length - 1] as Token).text)) return;
  // The modifier nearest the head noun and the head itself ("second factory"), not the whole run.
  const kept = run.slice(-2).filter((token, i, all) => !(i === 0 && all.length > 1 && vagueOpeners.has(token.text.toLowerCase())));
  const words = [...kept, preposition, ...(article ? [tokens[position + 1] as Token] : []), ...place];
  if (words.length > 6) return;
  out.push({ phrase: words.map((token) => token.text.replace(/[’']s$/, '')).join(' '), quoted: words.every((token) => token.quoted), lead, leadClause: lead && head.inMainClause, leadObject: lead && head.inMainClause && head.afterVerb });
}

/**
 * The tagger costs up to half a millisecond a character on hostile text ("a, a, a, …"), so it reads
 * a bounded opening: titles come from a section's first sentences, and no real sentence is longer.
 */
const maxTaggedSentenceChars = 600;
const maxTaggedChars = 3000;

function boundedForTagging(sentences: string[]): string[] {
  const out: string[] = [];
  let budget = maxTaggedChars;
  for (const sentence of sentences) {
    if (budget <= 0) break;
    const limit = Math.min(maxTaggedSentenceChars, budget);
    const clipped = sentence.length <= limit ? sentence : sentence.slice(0, limit).replace(/\s+\S*$/, '');
    out.push(clipped);
    budget -= clipped.length + 1;
  }
  return out;
}

/** The noun phrases of a text (1–4 words each), in reading order, repeats included. */
export function findNounPhrases(sentences: string[]): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  if (sentences.length === 0) return out;
  const json = nlp(boundedForTagging(sentences).join('\n')).json({ terms: { tags: true } }) as Array<{ terms: JsonTerm[] }>;
  let quoted = false;
  json.forEach((sentence, index) => {
    const read = tokensOf(sentence.terms, quoted);
    quoted = read.quoted;
    let run: Token[] = [];
    read.tokens.forEach((token, position) => {
      if (token.breakBefore || !isPhraseWord(token)) {
        phrasesOfRun(run, index === 0, out);
        placePhrase(run, read.tokens, position, index === 0, out);
        run = [];
      }
      if (isPhraseWord(token)) run.push(token);
    });
    phrasesOfRun(run, index === 0, out);
  });
  return out;
}
