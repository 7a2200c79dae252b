// Plain text -> blocks. Paragraphs are separated by blank lines (or are single lines when the text has none);
// short unpunctuated lines are subheadings when the text has several of them.
import type { DocumentBlock } from './document-model';

const maxHeadingWords = 10;

export function parsePlainText(text: string): DocumentBlock[] {
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const chunks = hasBlankLines
    ? text.split(/\n[ \t]*\n/).map((chunk) => chunk.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
    : text.split('\n').map((line) => line.trim());
  const paragraphs = chunks.map((chunk) => chunk.replace(/\s+/g, ' ').trim()).filter((chunk) => chunk !== '');
  // The first block may be the headline; only later ones count as subheadings.
  const headingLike = paragraphs.map((chunk, i) => i > 0 && i < paragraphs.length - 1 && looksLikeHeading(chunk));
  const headingCount = headingLike.filter(Boolean).length;
  return paragraphs.map((chunk, i): DocumentBlock =>
    headingCount >= 2 && headingLike[i] ? { kind: 'heading', level: 2, text: chunk } : { kind: 'paragraph', text: chunk },
  );
}

/** A short line that starts with a capital and ends without sentence punctuation. */
export function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= maxHeadingWords && /^[\p{Lu}\d]/u.test(line) && !/[.,;:!"”'’)]$/.test(line) && !/^\d{4}-\d{2}-\d{2}/.test(line) && !isSpeakerTurn(line);
}

/** "Q: Why?", "Q. And then?", "ADA ROE: …": a transcript's turn, not a heading, however short. */
function isSpeakerTurn(line: string): boolean {
  return /^(?:Q|A|Question|Answer|\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})\s*[:.]\s+\S/u.test(line);
}
