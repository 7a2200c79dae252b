// Speaker notes for a slide: the statements of its paragraphs, each with who said it, in what role,
// to whom, and whether the words are theirs (direct) or reported; then the picture captions.
import type { Caption } from '../analysis/find-captions';
import type { Statement } from '../analysis/statement-model';
import { writeQuote } from '../notes/quote-notes';
import { escapeDeckLines, escapeInline } from './escape-markdown';

/** One statement as a notes line, in the format src/core/notes/quote-notes.ts defines (and the speaker view reads). */
export function formatStatement(statement: Statement): string {
  return writeQuote(statement);
}

/**
 * Provenance in the speaker view: the sentence each shortened bullet was cut from, so the presenter can read
 * the document's own words (a bullet that is its whole sentence needs none).
 */
export function formatSources(bullets: Array<{ text: string; source: string }>): string | null {
  const cut = bullets.filter((bullet) => bullet.text.trim() !== bullet.source.trim().replace(/[.!?]$/, '') && bullet.text.trim() !== bullet.source.trim());
  const sources = [...new Set(cut.map((bullet) => bullet.source))];
  if (sources.length === 0) return null;
  return ['From the document:', '', ...sources.map((source, i) => `${i + 1}. ${escapeInline(source)}`)].join('\n');
}

export function formatNotes(statements: Statement[], captions: Caption[], bullets: Array<{ text: string; source: string }> = []): string | null {
  const blocks: string[] = [];
  if (statements.length > 0) blocks.push(['Who says what:', '', statements.map(formatStatement).join('\n>\n')].join('\n'));
  const sources = formatSources(bullets);
  if (sources) blocks.push(sources);
  if (captions.length > 0) blocks.push(captions.map((caption) => `Picture: *${escapeInline(caption.text)}*`).join('\n\n'));
  return blocks.length > 0 ? safeMarkdown(blocks.join('\n\n')) : null;
}

/** Generated slide and notes text cannot end the slide or start the notes early (see escape-markdown.ts). */
export const safeMarkdown = escapeDeckLines;
