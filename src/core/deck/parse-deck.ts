// deck.md -> Deck. Pure: text in, data out, every slide with the lines it came from.
// The syntax is reveal.js markdown as reveal-md writes it: "---" between slides, "--" between
// vertical slides, "Note:" before speaker notes, YAML front matter first.
import { DocentError } from '../errors';
import type { Deck, DeckMeta, Slide } from './deck-model';
import { createFenceTracker } from './fence-tracker';
import { parseFrontMatter } from './parse-front-matter';

/** reveal.js's own notes separator (`^\s*notes?:`, case-insensitive). */
const notesLine = /^\s*notes?:/i;
export const maxDeckBytes = 10 * 1024 * 1024;

interface Chunk {
  start: number; // 0-based index into lines
  end: number; // exclusive
  vertical: boolean;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseDeck(source: string): Deck {
  if (source.length > maxDeckBytes) {
    throw new DocentError('DECK_TOO_LARGE', `the deck is larger than ${maxDeckBytes / 1024 / 1024} MB`);
  }
  const lines = normalizeNewlines(source).split('\n');
  let bodyStart = 0;
  let frontMatter: string | null = null;
  let meta: DeckMeta = {};
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
    if (close < 0) {
      throw new DocentError('DECK_INVALID', 'front matter starts here but has no closing "---" line', { line: 1 });
    }
    frontMatter = lines.slice(1, close).map((line) => `${line}\n`).join('');
    meta = parseFrontMatter(frontMatter, 2);
    bodyStart = close + 1;
  }
  return { frontMatter, meta, slides: toSlides(lines, splitSlides(lines, bodyStart)) };
}

function splitSlides(lines: string[], bodyStart: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = bodyStart;
  let vertical = false;
  const inFence = createFenceTracker();
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inFence(line)) continue;
    const trimmed = line.trimEnd();
    if (trimmed === '---' || trimmed === '--') {
      chunks.push({ start, end: i, vertical });
      start = i + 1;
      vertical = trimmed === '--';
    }
  }
  chunks.push({ start, end: lines.length, vertical });
  return chunks;
}

function toSlides(lines: string[], chunks: Chunk[]): Slide[] {
  const isBlank = (i: number): boolean => (lines[i] ?? '').trim() === '';
  const nonEmpty = chunks.filter((chunk, index) => {
    // A deck that is only front matter has no slides; otherwise even an empty chunk is a slide,
    // as reveal.js shows it.
    if (chunks.length > 1 || index > 0) return true;
    for (let i = chunk.start; i < chunk.end; i++) if (!isBlank(i)) return true;
    return false;
  });
  const slides: Slide[] = [];
  let h = -1;
  let v = 0;
  for (const chunk of nonEmpty) {
    if (chunk.vertical && h >= 0) v += 1;
    else {
      h += 1;
      v = 0;
    }
    let first = chunk.start;
    let last = chunk.end - 1;
    while (first <= last && isBlank(first)) first++;
    while (last >= first && isBlank(last)) last--;
    const range = first <= last ? { start: first + 1, end: last + 1 } : { start: chunk.start + 1, end: Math.max(chunk.start + 1, chunk.end) };
    const body = first <= last ? lines.slice(first, last + 1) : [];
    const noteAt = findNotesLine(body);
    let content = body;
    let notes: string | null = null;
    if (noteAt >= 0) {
      content = body.slice(0, noteAt);
      const head = (body[noteAt] ?? '').replace(notesLine, '').trim();
      notes = [head, ...body.slice(noteAt + 1)].join('\n').trim();
    }
    slides.push({ h, v, content: content.join('\n').trim(), notes, lines: range });
  }
  return slides;
}

function findNotesLine(body: string[]): number {
  const inFence = createFenceTracker();
  for (let i = 0; i < body.length; i++) {
    const line = body[i] ?? '';
    if (inFence(line)) continue;
    if (notesLine.test(line)) return i;
  }
  return -1;
}
