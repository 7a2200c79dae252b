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

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?…]+/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && closers.includes(text[end] as string)) end++;
    const rest = text.slice(end);
    // A sentence ends before whitespace followed by a capital, digit, quote or bracket.
    if (!/^\s+["'“‘([«]?[\p{Lu}\d]/u.test(rest) && rest.trim() !== '') continue;
    if (match[0] === '.' && isAbbreviation(text.slice(start, match.index))) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
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
