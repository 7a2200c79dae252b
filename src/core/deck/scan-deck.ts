// The one reading of a deck's lines: where code fences open and close, which lines separate slides,
// which line starts a slide's notes. Everything else in the deck format (slides, notes, attribute
// comments, map blocks, the editor's problem list) asks this scan, so a separator, an attribute
// comment or a ```map line inside a code block is text everywhere alike.
//
// A fence that is never closed would otherwise swallow every later slide. reveal.js splits slides
// before it reads any markdown, so there such a fence ends at the next separator; the scan does the
// same, and says so with the fence's line.

/** An opening or closing fence line (CommonMark: up to three spaces, then ``` or ~~~ or longer). */
const fencePattern = /^ {0,3}(`{3,}|~{3,})(.*)$/;

export interface Fence {
  /** 0-based index of the opening fence line in the deck's lines. */
  open: number;
  /** Index of the closing fence line, or null when a separator or the deck's end ended it. */
  close: number | null;
  /** Index of the body's last line (`open` when the body is empty). */
  last: number;
  /** What follows the opening fence, trimmed (`js [1|3-5]`). */
  info: string;
  /** The info's first word (`js`), or ''. */
  language: string;
}

export type SeparatorKind = 'horizontal' | 'vertical';

export interface SeparatorRules {
  /** What, if anything, the line at `index` separates (lines inside fences are never asked). */
  separatorAt(index: number, line: string): SeparatorKind | null;
  /** Where the notes' text starts when the line starts a slide's speaker notes (after `Note:`), else null. */
  notesStart(line: string): number | null;
}

/** For text that is one slide already (a slide's markdown): only its fences matter. */
export const noSeparators: SeparatorRules = { separatorAt: () => null, notesStart: () => null };

export interface ScannedSlide {
  /** Index of the slide's first line (just after its separator). */
  start: number;
  /** Index one past its last line (its closing separator, or the deck's end). */
  end: number;
  /** Whether a vertical separator came before it. */
  vertical: boolean;
  /** Index of the line that starts its notes, or null. */
  notesAt: number | null;
  fences: Fence[];
}

export interface ScanWarning {
  /** 1-based deck line. */
  line: number;
  message: string;
}

export interface DeckScan {
  slides: ScannedSlide[];
  warnings: ScanWarning[];
}

interface FenceMarker {
  char: string;
  length: number;
  info: string;
}

function openingFence(line: string): FenceMarker | null {
  const match = fencePattern.exec(line);
  const marker = match?.[1];
  if (!marker) return null;
  const info = (match[2] ?? '').trim();
  // A backtick fence's info may not hold a backtick (``` a ``` on one line is inline code).
  if (marker[0] === '`' && info.includes('`')) return null;
  return { char: marker[0] ?? '`', length: marker.length, info };
}

function closingFence(line: string): { char: string; length: number } | null {
  const match = fencePattern.exec(line);
  const marker = match?.[1];
  if (!marker || (match[2] ?? '').trim() !== '') return null;
  return { char: marker[0] ?? '`', length: marker.length };
}

/**
 * For each fence character, the longest closing fence at or after each line, so the scan knows when
 * a fence opens whether anything will ever close it (one backward pass: no rescanning).
 */
function longestClosingFromEachLine(lines: readonly string[], from: number): Record<string, Int32Array> {
  const longest: Record<string, Int32Array> = { '`': new Int32Array(lines.length + 1), '~': new Int32Array(lines.length + 1) };
  for (let i = lines.length - 1; i >= from; i--) {
    for (const char of ['`', '~']) (longest[char] as Int32Array)[i] = (longest[char] as Int32Array)[i + 1] ?? 0;
    const closing = closingFence(lines[i] ?? '');
    const row = closing ? longest[closing.char] : undefined;
    if (closing && row) row[i] = Math.max(row[i] ?? 0, closing.length);
  }
  return longest;
}

export function scanDeck(lines: readonly string[], bodyStart: number, rules: SeparatorRules): DeckScan {
  const slides: ScannedSlide[] = [];
  const warnings: ScanWarning[] = [];
  const closers = longestClosingFromEachLine(lines, bodyStart);
  let current: ScannedSlide = { start: bodyStart, end: bodyStart, vertical: false, notesAt: null, fences: [] };
  let open: { marker: FenceMarker; fence: Fence; closes: boolean } | null = null;

  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (open) {
      const closing = open.closes ? closingFence(line) : null;
      if (closing && closing.char === open.marker.char && closing.length >= open.marker.length) {
        current.fences.push({ ...open.fence, close: i, last: i - 1 });
        open = null;
        continue;
      }
      if (open.closes || !rules.separatorAt(i, line)) continue;
      // Never closed: it ends here, at the separator, as reveal.js splits the slides.
      warnings.push({ line: open.fence.open + 1, message: `this code fence is never closed; it ends at the slide separator on line ${i + 1}, as reveal.js reads it` });
      current.fences.push({ ...open.fence, last: i - 1 });
      open = null;
    } else {
      const marker = openingFence(line);
      if (marker) {
        const closes = (closers[marker.char]?.[i + 1] ?? 0) >= marker.length;
        open = { marker, closes, fence: { open: i, close: null, last: i, info: marker.info, language: marker.info.split(/\s+/)[0] ?? '' } };
        continue;
      }
    }
    const kind = rules.separatorAt(i, line);
    if (kind) {
      slides.push({ ...current, end: i });
      current = { start: i + 1, end: i + 1, vertical: kind === 'vertical', notesAt: null, fences: [] };
      continue;
    }
    if (current.notesAt === null && rules.notesStart(line) !== null) current.notesAt = i;
  }
  if (open) {
    warnings.push({ line: open.fence.open + 1, message: 'this code fence is never closed; it runs to the end of the deck' });
    current.fences.push({ ...open.fence, last: lines.length - 1 });
  }
  slides.push({ ...current, end: lines.length });
  return { slides, warnings };
}
