// Positioned text runs of PDF pages -> blocks in reading order. A PDF keeps only where each piece of text
// is drawn, so the structure is recovered from the layout: runs on one baseline make lines; a page whose
// lines fall into a left and a right half is read column by column; lines repeated in the top or bottom
// margin of most pages (running headers, footers) and page numbers are dropped, as are footnotes (small
// numbered lines below the body) and footnote marks; lines join into paragraphs, undoing hyphenation at
// line ends; larger or bold short paragraphs are headings, the largest on the first page the title.
import type { DocumentBlock } from '../../core/document/document-model';
import { captionText } from './caption-text';

export interface TextRun {
  text: string;
  /** Left edge and baseline, in PDF units from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PagePicture {
  /** The key of its bytes among the reader's embedded pictures. */
  key: string;
  x: number;
  width: number;
  /** Bottom and top edges. */
  bottom: number;
  top: number;
}

export interface PageContent {
  width: number;
  height: number;
  runs: TextRun[];
  pictures: PagePicture[];
}

interface Line {
  kind: 'line';
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
  bold: boolean;
  page: number;
  column: 'left' | 'right' | 'full';
}

interface PictureItem {
  kind: 'picture';
  key: string;
  x: number;
  xEnd: number;
  y: number;
  page: number;
  column: 'left' | 'right' | 'full';
}

interface TableItem {
  kind: 'table';
  rows: string[][];
}

type Positioned = Line | PictureItem;
type Item = Positioned | TableItem;

const marginShare = 0.08;
const footnoteMark = /^(?:\d{1,3}|[*†‡§])$/;
const pageNumber = /^(?:(?:page|seite|p\.)\s*)?#(?:\s*(?:of|\/|von)\s*#)?$|^[-–—]\s*#\s*[-–—]$/i;
const captionStart = /^(?:fig(?:ure)?|photo|picture|image|chart|illustration|map|abbildung|abb)\.?\s*\d+/i;
// OCR reads a bullet as «, + or *.
const bulletStart = /^(?:[•◦▪●■–«+*-]\s+|\(?\d{1,2}[.)]\s+)/;

/** Runs on one baseline, close together, become one line; a wide gap (another column) starts another. */
function linesOf(page: PageContent, pageIndex: number): Line[] {
  const runs = page.runs.filter((run) => run.text.trim() !== '' && run.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ runs: TextRun[]; y: number; xEnd: number; size: number }> = [];
  const middle = page.width / 2;
  const slack = page.width * 0.02;
  // Justified text spreads words apart; only a gap across the page's middle (between columns) or a very
  // wide one (between a table's cells) separates two lines on one baseline.
  const joins = (end: number, start: number, size: number): boolean => {
    const gap = start - end;
    if (gap < -size) return false;
    const acrossMiddle = end <= middle + slack && start >= middle - slack;
    return gap < size * 1.5 || (!acrossMiddle && gap < size * 4);
  };
  for (const run of runs) {
    const line = lines.find((candidate) => Math.abs(candidate.y - run.y) < Math.max(candidate.size, run.size) * 0.4 && joins(candidate.xEnd, run.x, Math.max(candidate.size, run.size)));
    if (line) {
      line.runs.push(run);
      line.xEnd = Math.max(line.xEnd, run.x + run.width);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ runs: [run], y: run.y, xEnd: run.x + run.width, size: run.size });
  }
  return lines.map((line) => {
    const sorted = line.runs.sort((a, b) => a.x - b.x);
    // Footnote marks: small digits beside full-size text.
    const kept = sorted.filter((run) => !(run.size < line.size * 0.8 && footnoteMark.test(run.text.trim())));
    let text = '';
    let previousEnd = -Infinity;
    for (const run of kept) {
      if (text && !/\s$/.test(text) && !/^\s/.test(run.text) && run.x - previousEnd > run.size * 0.15) text += ' ';
      text += run.text;
      previousEnd = run.x + run.width;
    }
    const body = kept.length > 0 ? kept : sorted;
    const x = body[0]?.x ?? 0;
    const size = Math.max(...body.map((run) => run.size));
    const column = line.xEnd <= middle + slack ? 'left' : x >= middle - slack ? 'right' : 'full';
    const chars = body.reduce((sum, run) => sum + run.text.length, 0);
    const boldChars = body.filter((run) => run.bold).reduce((sum, run) => sum + run.text.length, 0);
    return { kind: 'line', text: text.replace(/\s+/g, ' ').trim(), x, xEnd: line.xEnd, y: line.y, size, bold: boldChars >= chars * 0.8, page: pageIndex, column };
  });
}

/** Lines and pictures of a page in reading order: bands between full-width lines, each left column then right. */
function readingOrder(items: Positioned[]): Positioned[] {
  const lines = items.filter((item): item is Line => item.kind === 'line' && item.text.split(' ').length >= 3);
  const twoColumns = lines.filter((line) => line.column === 'left').length >= 4 && lines.filter((line) => line.column === 'right').length >= 4;
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  // On a one-column page a short line is not a column of its own.
  if (!twoColumns) return sorted.map((item) => ({ ...item, column: 'full' }));
  const out: Positioned[] = [];
  let band: Positioned[] = [];
  const flush = (): void => {
    out.push(...band.filter((item) => item.column !== 'right'), ...band.filter((item) => item.column === 'right'));
    band = [];
  };
  for (const item of sorted) {
    if (item.column === 'full') {
      flush();
      out.push(item);
    } else band.push(item);
  }
  flush();
  return out;
}

/**
 * Rows of separate lines on one baseline, two or more rows in a row, are a table (a table's cells are
 * drawn apart); on a two-column page two lines on a baseline are the columns, so none is looked for there.
 */
function tablesOf(items: Positioned[]): Item[] {
  if (items.some((item) => item.column !== 'full')) return items;
  const out: Item[] = [];
  let i = 0;
  while (i < items.length) {
    const rows: Line[][] = [];
    let j = i;
    while (j < items.length) {
      const first = items[j];
      if (first?.kind !== 'line') break;
      let k = j + 1;
      while (k < items.length) {
        const next = items[k];
        if (next?.kind !== 'line' || Math.abs(next.y - first.y) >= first.size * 0.4) break;
        k++;
      }
      if (k - j < 2) break;
      rows.push((items.slice(j, k) as Line[]).sort((a, b) => a.x - b.x));
      j = k;
    }
    if (rows.length >= 2) {
      out.push({ kind: 'table', rows: rows.map((row) => row.map((line) => line.text)) });
      i = j;
    } else {
      out.push(items[i] as Positioned);
      i++;
    }
  }
  return out;
}

const marginKey = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

export interface LayoutOptions {
  /** How far (a share of the body size) sizes may differ within one paragraph: OCR's line heights vary. */
  sizeTolerance?: number;
  /** How much larger than the body a heading is. */
  headingRatio?: number;
}

export function layoutPages(pages: PageContent[], options: LayoutOptions = {}): { blocks: DocumentBlock[]; title: string | null } {
  const sizeTolerance = options.sizeTolerance ?? 0.1;
  const headingRatio = options.headingRatio ?? 1.12;
  const pageLines = pages.map(linesOf);
  // Running headers and footers: the same text (numbers aside) in the margin of at least half the pages.
  const inMargin = (line: Line, page: PageContent): boolean => line.y > page.height * (1 - marginShare) || line.y < page.height * marginShare;
  const marginCounts = new Map<string, number>();
  pageLines.forEach((lines, i) => {
    const keys = new Set(lines.filter((line) => inMargin(line, pages[i] as PageContent)).map((line) => marginKey(line.text)));
    for (const key of keys) marginCounts.set(key, (marginCounts.get(key) ?? 0) + 1);
  });
  const repeated = (key: string): boolean => pages.length >= 2 && (marginCounts.get(key) ?? 0) >= Math.max(2, pages.length * 0.5);

  const allLines = pageLines.flat();
  const sizeChars = new Map<number, number>();
  for (const line of allLines) sizeChars.set(Math.round(line.size * 2) / 2, (sizeChars.get(Math.round(line.size * 2) / 2) ?? 0) + line.text.length);
  const bodySize = [...sizeChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;

  const items: Item[] = [];
  pageLines.forEach((lines, i) => {
    const page = pages[i] as PageContent;
    const kept = lines.filter((line) => !(inMargin(line, page) && (repeated(marginKey(line.text)) || pageNumber.test(marginKey(line.text)))));
    // Footnotes: small lines below the page's last body-size line, from the first that starts with a number.
    const lowestBody = Math.min(...kept.filter((line) => line.size >= bodySize * 0.95).map((line) => line.y));
    const below = kept.filter((line) => line.y < lowestBody && line.size < bodySize * 0.9).sort((a, b) => b.y - a.y);
    const firstNote = below.find((line) => /^(?:\d{1,3}|[*†‡])(?:\s?\S|$)/.test(line.text));
    const notes = new Set(firstNote ? below.filter((line) => line.y <= firstNote.y) : []);
    // A footnote mark raised above its line is a line of its own: dropped too.
    for (const line of kept) if (line.size < bodySize * 0.8 && footnoteMark.test(line.text)) notes.add(line);
    const pictures: PictureItem[] = page.pictures.map((picture) => {
      const middle = page.width / 2;
      const column = picture.x + picture.width <= middle + page.width * 0.02 ? 'left' : picture.x >= middle - page.width * 0.02 ? 'right' : 'full';
      return { kind: 'picture', key: picture.key, x: picture.x, xEnd: picture.x + picture.width, y: picture.bottom + 0.01, page: i, column };
    });
    items.push(...tablesOf(readingOrder([...kept.filter((line) => !notes.has(line)), ...pictures])));
  });

  // Lines -> paragraphs.
  interface Draft {
    lines: Line[];
  }
  const sequence: Array<Draft | PictureItem | TableItem> = [];
  let current: Draft | null = null;
  for (const item of items) {
    if (item.kind === 'picture' || item.kind === 'table') {
      current = null;
      sequence.push(item);
      continue;
    }
    const previous = current?.lines[current.lines.length - 1];
    // A line starting left of the one before (after a list item's indent) starts a paragraph.
    const outdented = previous !== undefined && previous.page === item.page && item.x < previous.x - item.size;
    const continues =
      previous !== undefined &&
      current !== null &&
      (previous.page === item.page ? previous.column === item.column && previous.y - item.y > 0 && previous.y - item.y <= Math.max(previous.size, item.size) * 1.45 : !/[.!?:"”]$/.test(previous.text)) &&
      Math.abs(previous.size - item.size) <= bodySize * sizeTolerance &&
      previous.bold === item.bold &&
      !bulletStart.test(item.text) &&
      !outdented;
    if (continues && current) current.lines.push(item);
    else {
      current = { lines: [item] };
      sequence.push(current);
    }
  }

  const joinLines = (lines: Line[]): string =>
    lines.reduce((text, line) => {
      if (!text) return line.text;
      // "recov-" + "ered" is one word; "well-" + "Known" or a dash before a capital keeps its hyphen.
      if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)) return text.slice(0, -1) + line.text;
      return `${text} ${line.text}`;
    }, '');

  const headingSizes = [...new Set(sequence.flatMap((entry) => ('lines' in entry && isHeading(entry.lines) ? [Math.round((entry.lines[0] as Line).size)] : [])))].sort((a, b) => b - a);
  function isHeading(lines: Line[]): boolean {
    const text = joinLines(lines);
    const first = lines[0] as Line;
    const larger = first.size >= bodySize * headingRatio;
    const boldShort = first.bold && first.size >= bodySize * 0.95 && text.split(' ').length <= 12;
    return (larger || boldShort) && lines.length <= 3 && text.split(' ').length <= 20 && !/[.,;:]$/.test(text) && /\p{L}/u.test(text);
  }

  const blocks: DocumentBlock[] = [];
  let title: string | null = null;
  const maxSize = Math.max(...allLines.map((line) => line.size));
  const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text);
  let lastPicture: Extract<DocumentBlock, { kind: 'picture' }> | null = null;
  for (const entry of sequence) {
    if ('kind' in entry && entry.kind === 'table') {
      blocks.push({ kind: 'table', rows: entry.rows });
      lastPicture = null;
      continue;
    }
    if (!('lines' in entry)) {
      lastPicture = { kind: 'picture', src: `embedded:${entry.key}`, alt: null, caption: null };
      blocks.push(lastPicture);
      continue;
    }
    const text = joinLines(entry.lines);
    const first = entry.lines[0] as Line;
    if (lastPicture && (captionStart.test(text) || (first.size < bodySize * 0.95 && text.split(' ').length <= 40))) {
      lastPicture.caption = captionText(text);
      lastPicture = null;
      continue;
    }
    lastPicture = null;
    if (!hasWords(text)) continue; // a stray mark or a number alone
    if (title === null && first.page === 0 && blocks.every((block) => block.kind !== 'paragraph') && first.size >= maxSize * 0.9 && isHeading(entry.lines)) {
      title = text;
      continue;
    }
    if (isHeading(entry.lines)) {
      const rank = headingSizes.indexOf(Math.round(first.size));
      blocks.push({ kind: 'heading', level: Math.min(6, 2 + Math.max(0, rank)), text });
    } else blocks.push({ kind: 'paragraph', text: text.replace(/^[•◦▪●■«+*]\s+/, '') });
  }
  return { blocks, title };
}
