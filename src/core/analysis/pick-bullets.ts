// A section's bullets: its most representative sentences, each shortened by deletion, in story order.
import { hasMainClause, TaggedSentence } from './main-clause';
import { isAttributionOnly, isOrderedSubsequence, maxBulletWords, shortenSentence, targetBulletWords } from './shorten-sentence';
import type { Sentence } from './split-sentences';
import { contentWords, wordCount } from './words';

export interface Bullet {
  text: string;
  /** The exact sentence the bullet was cut from. */
  source: string;
  sentence: number;
}

export const minBullets = 2;
export const maxBullets = 5;

/**
 * @param weights how characteristic each content word is of this section (TF-IDF across sections)
 */
export function pickBullets(sentences: Sentence[], weights: ReadonlyMap<string, number>, limit = maxBullets): Bullet[] {
  if (sentences.length === 0) return [];
  const scored = sentences.map((sentence, position) => {
    const tagged = new TaggedSentence(sentence.text);
    const bullet = toBullet(sentence, tagged);
    const words = [...new Set(contentWords(bullet.text))];
    const weight = words.reduce((sum, word) => sum + (weights.get(word) ?? 0), 0);
    let score = weight / Math.sqrt(Math.max(6, wordCount(bullet.text)));
    // A bullet is read aloud: one that stays long after every deletion makes a poor one.
    const length = wordCount(bullet.text);
    if (length > maxBulletWords) score *= 0.3;
    else if (length > targetBulletWords) score *= 0.7;
    // Who said it belongs in the notes; a sentence that is nothing else makes no bullet.
    if (isAttributionOnly(bullet.text) || length < 3) score = -1;
    if (position === 0) score *= 1.3; // a section's first sentence usually states its topic
    if (/^(It|He|She|They|This|That|These|Those)\b/.test(sentence.text)) score *= 0.7; // reads poorly alone
    if (/\?$/.test(sentence.text)) score *= 0.6;
    return { sentence, tagged, bullet, score };
  });
  const count = Math.min(limit, Math.max(minBullets, Math.ceil(sentences.length / 2)), sentences.length);
  // A bullet is read aloud as a clause: one without a verb of its own ("Soon after the vote", a byline, a
  // source line) ranks low, and a line that is no sentence at all makes none. Only the best few are read this
  // way, so a document of many short lines costs no more than a few readings a slide.
  const contenders = [...scored].sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index).slice(0, count * 3);
  for (const entry of contenders) {
    if (entry.score < 0 || hasMainClause(entry.bullet.text, entry.tagged)) continue;
    entry.score = hasMainClause(entry.sentence.text, entry.tagged) ? entry.score * 0.3 : -1;
  }
  const usable = scored.filter((entry) => entry.score >= 0);
  const chosen = [...(usable.length > 0 ? usable : scored)]
    .sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index)
    .slice(0, count)
    .sort((a, b) => a.sentence.index - b.sentence.index);
  const bullets = chosen.map((entry) => entry.bullet);
  if (bullets.length === 1 && sentences.length === 1) return splitInTwo(sentences[0] as Sentence, scored[0]?.tagged) ?? bullets;
  return bullets;
}

function toBullet(sentence: Sentence, tagged: TaggedSentence): Bullet {
  const short = shortenSentence(sentence.text, tagged);
  // Deletion only: fall back to the whole sentence if shortening ever did anything else.
  const text = short && isOrderedSubsequence(short, sentence.text) ? short : sentence.text;
  return { text, source: sentence.text, sentence: sentence.index };
}

/** One long sentence makes two bullets, cut at a clause boundary near its middle. */
function splitInTwo(sentence: Sentence, tagged?: TaggedSentence): Bullet[] | null {
  const text = shortenSentence(sentence.text, tagged);
  const middle = text.length / 2;
  // Where each word starts, so the words before a cut are counted by moving one pointer along
  // (counting them again for every comma made a sentence of many commas quadratic).
  const starts = Array.from(text.matchAll(/\S+/g), (word) => word.index ?? 0);
  let best = -1;
  let wordsBefore = 0;
  for (const match of text.matchAll(/,\s+|;\s+|\s+(?=(?:and|but|because|while|which)\s)/g)) {
    const at = match.index ?? 0;
    while (wordsBefore < starts.length && (starts[wordsBefore] as number) < at) wordsBefore++;
    // As counted before: a comma glued to the word before it counts once more, as a word of the rest.
    const wordsAfter = starts.length - wordsBefore + (at > 0 && /\S/.test(text[at] ?? '') && /\S/.test(text[at - 1] ?? '') ? 1 : 0);
    if (wordsBefore >= 4 && wordsAfter >= 4 && (best < 0 || Math.abs(at - middle) < Math.abs(best - middle))) best = at;
  }
  if (best < 0) return null;
  const first = text.slice(0, best).replace(/[\s,;]+$/, '');
  const second = text.slice(best).replace(/^[\s,;]+/, '');
  // Two halves only when each is a clause ("When the vote came" is no bullet).
  if (!hasMainClause(first, tagged) || !hasMainClause(second, tagged)) return null;
  return [
    { text: first, source: sentence.text, sentence: sentence.index },
    { text: second, source: sentence.text, sentence: sentence.index },
  ];
}
