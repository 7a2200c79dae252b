// Plain text -> blocks. Paragraphs are separated by blank lines (or are single lines when the text has none);
// short unpunctuated lines are subheadings when the text has several of them, a numbered heading
// ("2.1. Property Rights") even alone. Runs of short lines are a list, not headings.
import type { DocumentBlock } from './document-model';
import { isNumberedHeading, looksLikeHeading } from './heading-lines';

export { looksLikeHeading } from './heading-lines';

/** This many short lines in a row are a list (or a poem, or an address), not one heading after another. */
const minListRun = 3;

/** A line's text without a list bullet ("- ", "• "): the bullet is layout, not words of the source text. */
function withoutBullet(line: string): string {
  return line.trim().replace(/^[-*•▪●◦·]\s+/u, '');
}

export function parsePlainText(text: string): DocumentBlock[] {
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const chunks = hasBlankLines
    ? text.split(/\n[ \t]*\n/).map((chunk) => chunk.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
    : text.split('\n').map((line) => line.trim());
  const paragraphs = chunks.map((chunk) => chunk.replace(/\s+/g, ' ').trim()).filter((chunk) => chunk !== '');
  // The first block may be the headline; only later ones count as subheadings.
  const headingLike = paragraphs.map((chunk, i) => i > 0 && i < paragraphs.length - 1 && looksLikeHeading(chunk));
  const numbered = paragraphs.map((chunk) => isNumberedHeading(chunk));
  for (let start = 0; start < paragraphs.length; ) {
    let end = start;
    while (end < paragraphs.length && headingLike[end]) end++;
    // A list of short lines: none of them a heading, unless every one is numbered like a section ("2.", "2.1.").
    if (end - start >= minListRun && !numbered.slice(start, end).every(Boolean)) for (let i = start; i < end; i++) headingLike[i] = false;
    start = end + 1;
  }
  const headingCount = headingLike.filter(Boolean).length;
  const numberedCount = headingLike.filter((like, i) => like && numbered[i]).length;
  return paragraphs.map((chunk, i): DocumentBlock =>
    (headingCount >= 2 || numberedCount >= 1) && headingLike[i] ? { kind: 'heading', level: 2, text: chunk } : { kind: 'paragraph', text: withoutBullet(chunk) },
  );
}
