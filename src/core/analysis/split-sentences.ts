// Paragraph text -> sentences, each an exact substring of the paragraph, so every `source` quotes the document exactly.

export interface Sentence {
  /** Position among all sentences of the document, in order. */
  index: number;
  paragraph: number;
  text: string;
}

// Words that end with a period without ending a sentence.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'hon',
  'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'vol', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const closers = `"'”’)]»`;

// Each test looks at a bounded stretch of text at a known position (a sticky regex, a backward scan
// of one word), never at "the rest" or "all before": those made a paragraph of many periods ("Mr.
// Mr. Mr. …") quadratic.
const sentenceStart = /\s+["'“‘([«]?[\p{Lu}\d]/uy;
const maxAbbreviationChars = 16;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?…]+/g;
  let lastNonSpace = text.length - 1;
  while (lastNonSpace >= 0 && /\s/.test(text[lastNonSpace] as string)) lastNonSpace--;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && closers.includes(text[end] as string)) end++;
    // A sentence ends before whitespace followed by a capital, digit, quote or bracket (or at the text's end).
    sentenceStart.lastIndex = end;
    if (!sentenceStart.test(text) && end <= lastNonSpace) continue;
    if (match[0] === '.' && isAbbreviation(lastWord(text, start, match.index))) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}

/** The word just before `end` (not before `start`), as /(\S+)$/ finds it; a word too long to be an abbreviation is cut. */
function lastWord(text: string, start: number, end: number): string {
  let from = end;
  while (from > start && end - from <= maxAbbreviationChars && !/\s/.test(text[from - 1] as string)) from--;
  return text.slice(from, end);
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^["'“‘(]+/, '').toLowerCase();
  // Single initials ("J. Smith") and known abbreviations.
  return /^\p{L}$/u.test(bare) || abbreviations.has(bare);
}

export function sentencesOf(paragraphs: ReadonlyArray<{ index: number; text: string }>): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const text of splitSentences(paragraph.text)) sentences.push({ index: sentences.length, paragraph: paragraph.index, text });
  }
  return sentences;
}
