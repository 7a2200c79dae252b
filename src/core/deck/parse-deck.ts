// deck.md -> Deck. Pure: text in, data out, every slide with the lines it came from, its title,
// attributes, code and map blocks, from one scan of the lines (scan-deck.ts).
// The syntax is reveal.js markdown as reveal-md reads it: "---" between slides, "--" or "----"
// between vertical slides, "Note:" before speaker notes, YAML front matter first, and the
// front matter's own separator patterns when it has them.
import { DocentError } from '../errors';
import type { CodeBlock, Deck, DeckMeta, DeckNotice, Slide } from './deck-model';
import { deckOptions } from './deck-options';
import { parseFrontMatter } from './parse-front-matter';
import { scanDeck, type Fence, type ScannedSlide, type SeparatorRules } from './scan-deck';
import { separatorRules } from './separator-rules';
import { extractSlideAttributes } from './slide-attributes';
import { slideTitle } from './slide-outline';

export const maxDeckBytes = 10 * 1024 * 1024;

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

interface FrontMatter {
  frontMatter: string | null;
  meta: DeckMeta;
  bodyStart: number;
  lineOf(key: string): number;
}

function readFrontMatter(lines: string[]): FrontMatter {
  if (lines[0]?.trimEnd() !== '---') return { frontMatter: null, meta: {}, bodyStart: 0, lineOf: () => 1 };
  const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
  if (close < 0) throw new DocentError('DECK_INVALID', 'front matter starts here but has no closing "---" line', { line: 1 });
  const frontMatter = lines.slice(1, close).map((line) => `${line}\n`).join('');
  const lineOf = (key: string): number => {
    const index = lines.slice(1, close).findIndex((line) => line.startsWith(`${key}:`) || new RegExp(`^${key}\\s*:`).test(line));
    return index < 0 ? 2 : index + 2;
  };
  return { frontMatter, meta: parseFrontMatter(frontMatter, 2), bodyStart: close + 1, lineOf };
}

export function parseDeck(source: string): Deck {
  if (source.length > maxDeckBytes) {
    throw new DocentError('DECK_TOO_LARGE', `the deck is larger than ${maxDeckBytes / 1024 / 1024} MB`);
  }
  const lines = normalizeNewlines(source).split('\n');
  const { frontMatter, meta, bodyStart, lineOf } = readFrontMatter(lines);
  const { rules, warnings: patternNotices } = separatorRules({ separator: meta.separator, verticalSeparator: meta.verticalSeparator, notesSeparator: meta.notesSeparator }, lines, bodyStart, lineOf);
  const scan = scanDeck(lines, bodyStart, rules);
  const options = deckOptions(meta, lineOf);
  const notices: DeckNotice[] = [...options.notices, ...patternNotices, ...scan.warnings];
  return {
    frontMatter,
    meta,
    slides: toSlides(lines, scan.slides, rules),
    theme: options.theme,
    revealOptions: options.revealOptions,
    notices: notices.sort((a, b) => a.line - b.line),
  };
}

function toSlides(lines: string[], chunks: ScannedSlide[], rules: SeparatorRules): Slide[] {
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
    const contentEnd = chunk.notesAt ?? last + 1;
    const content = lines.slice(first, Math.max(first, contentEnd)).join('\n').trim();
    let notes: string | null = null;
    if (chunk.notesAt !== null) {
      const noteLine = lines[chunk.notesAt] ?? '';
      const head = noteLine.slice(rules.notesStart(noteLine) ?? 0).trim();
      notes = [head, ...lines.slice(chunk.notesAt + 1, last + 1)].join('\n').trim();
    }
    const codeBlocks = chunk.fences.map((fence) => codeBlock(lines, fence));
    const text = { h, v, content, notes, lines: range };
    slides.push({
      ...text,
      title: slideTitle(text),
      attributes: extractSlideAttributes(content).attributes,
      codeBlocks,
      mapBlocks: codeBlocks.filter((block) => block.language === 'map'),
    });
  }
  return slides;
}

function codeBlock(lines: string[], fence: Fence): CodeBlock {
  return {
    line: fence.open + 1,
    closeLine: fence.close === null ? null : fence.close + 1,
    language: fence.language,
    info: fence.info,
    body: lines.slice(fence.open + 1, fence.last + 1).join('\n'),
  };
}
