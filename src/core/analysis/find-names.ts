// Proper names in a sentence: runs of capitalised words ("Anna Berg", "University of Sydney"),
// found by their spelling so the cost stays linear in the text; what each name is comes later.

export interface NameSpan {
  text: string;
  start: number;
  end: number;
}

import { titleWords } from './classify-name';

// A capitalised word: letters with inner hyphens/apostrophes ("Jong-un", "O'Neill"), or an acronym.
// Dotted acronyms ("U.S.", "U.K.") are one word.
// Arabic names keep their article in lower case: "Anwar al-Bunni", "el-Sisi".
const word = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*(?:\d+\b)?(?:[-'’][\p{L}\p{M}]+)*\.?|(?<![\p{L}\p{M}])(?:al|el|ad|ar|as|ash|at|az|ibn|bin|abu|abd)-\p{Lu}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*)`;
const connector = String.raw`(?:of|the|de|da|del|van|von|der|al|bin|la|le|du|and)`;
const namePattern = new RegExp(String.raw`${word}(?:\s+(?:${connector}\s+)*${word})*`, 'gu');

/**
 * Words that start sentences or headlines with a capital without being names. A document's own
 * vocabulary adds more: a word it also writes in lower case is not a name.
 */
const notNames = new Set(
  `a an the this that these those it its he she they we i you his her their our my your there here what when where why how who which
  if but and or so yet for nor as at by in on of to with from after before during while since until although though because
  however meanwhile moreover still also both either neither some many most much all any each every few several one two three
  officially in according part over at finally first last later earlier today yesterday tomorrow now then thus instead
  others critics analysts experts officials residents scientists researchers economists observers supporters opponents scholars people
  unlike despite besides like among against toward towards upon via within without beyond throughout along
  monday tuesday wednesday thursday friday saturday sunday
  suppose imagine consider assume someone somebody anyone anybody everyone everybody nobody`.split(/\s+/),
);

export function findNames(sentence: string, lowerCaseWords: ReadonlySet<string>): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const match of sentence.matchAll(namePattern)) {
    let text = match[0];
    let start = match.index ?? 0;
    // Trim trailing connectors and a sentence-final period that is not an initial.
    text = text.replace(/\s+(?:of|the|de|da|del|van|von|der|al|bin|la|le|du|and)$/u, '');
    if (text.endsWith('.') && !/(?:^|[\s.])\p{Lu}\.$/u.test(text)) text = text.slice(0, -1);
    // Leading words that are ordinary words capitalised at a sentence start are not part of the name.
    const words = text.split(/\s+/);
    // "Minister of Information Ada Roe": an office spelled with "of" before a name stays with it, even where
    // the text also writes "the minister".
    while (words.length > 0 && isOrdinary(words[0] as string, lowerCaseWords) && !(titleWords.has((words[0] as string).toLowerCase()) && words[1] === 'of' && words.length >= 4)) {
      const first = words.shift() as string;
      start += first.length + 1;
      while (words[0] && /^(?:of|the|and)$/.test(words[0])) start += (words.shift() as string).length + 1;
    }
    if (words.length === 0) continue;
    text = words.join(' ');
    // "Spain and South Africa" is two names, not one.
    let offset = start;
    for (const part of text.split(/\s+and\s+/)) {
      const cleaned = part.replace(/[’']s$/u, '');
      if (cleaned && !isOrdinary(cleaned, lowerCaseWords)) spans.push({ text: cleaned, start: offset, end: offset + cleaned.length });
      offset += part.length + ' and '.length;
    }
  }
  return spans;
}

function isOrdinary(token: string, lowerCaseWords: ReadonlySet<string>): boolean {
  // An acronym ("IF Metall", "US") is a name even when it spells an ordinary word.
  if (/^\p{Lu}{2,}$/u.test(token)) return false;
  const lower = token.toLowerCase().replace(/[’']s$/u, '').replace(/\.$/, '');
  return notNames.has(lower) || (lowerCaseWords.has(lower) && token !== token.toUpperCase());
}

/** Every word the document writes in lower case; used to tell "Officially" from "Moscow". */
export function lowerCaseVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu)) vocabulary.add(match[0]);
  return vocabulary;
}
