// A section's pictures and tables as slides: a picture with its caption (alt text from the document, or
// the caption), a table kept as a Markdown table when a slide can show it; what could not be shown is
// named in the notes instead.
import type { AnalyzedPicture, AnalyzedTable } from '../analysis/analysis-model';
import { escapeInline } from './escape-markdown';

/** A table larger than this is too much for one slide; the notes say it was left out. */
const maxTableRows = 8;
const maxTableColumns = 6;
const maxCellCharacters = 80;

export interface ExtraSlide {
  content: string;
  notes: string | null;
}

export function pictureSlide(picture: AnalyzedPicture, sectionTitle: string): ExtraSlide {
  const alt = picture.alt ?? picture.caption ?? sectionTitle;
  const lines = [`## ${escapeInline(sectionTitle)}`, '', `![${escapeInline(alt)}](<${picture.src.replace(/[<>]/g, '')}>)`];
  if (picture.caption) lines.push('', `*${escapeInline(picture.caption)}*`);
  const notes = picture.alt && picture.alt !== picture.caption ? `Picture: ${escapeInline(picture.alt)}` : null;
  return { content: lines.join('\n'), notes };
}

/** Notes naming the pictures that are not in the deck and why ("remote: not fetched"). */
export function omittedPicturesNote(pictures: AnalyzedPicture[]): string | null {
  if (pictures.length === 0) return null;
  const lines = pictures.map((picture) => {
    const what = picture.caption ?? picture.alt;
    return `- ${escapeInline(picture.src)}${what ? ` (“${escapeInline(what)}”)` : ''}: ${escapeInline(picture.omitted ?? 'left out')}`;
  });
  return ['Pictures left out of the deck:', '', ...lines].join('\n');
}

export function tableFits(table: AnalyzedTable): boolean {
  const columns = Math.max(...table.rows.map((row) => row.length));
  return table.rows.length <= maxTableRows && columns <= maxTableColumns && table.rows.every((row) => row.every((cell) => cell.length <= maxCellCharacters));
}

export function tableSlide(table: AnalyzedTable, sectionTitle: string): ExtraSlide {
  const columns = Math.max(...table.rows.map((row) => row.length));
  const cell = (text: string): string => escapeInline(text.replace(/\s+/g, ' ').trim()).replace(/\|/g, '\\|') || ' ';
  const row = (cells: string[]): string => `| ${Array.from({ length: columns }, (_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  const [header = [], ...body] = table.rows;
  const lines = [row(header), `|${' --- |'.repeat(columns)}`, ...body.map(row)];
  return { content: [`## ${escapeInline(sectionTitle)}`, '', ...lines].join('\n'), notes: null };
}

export function tableLeftOutNote(table: AnalyzedTable): string {
  const columns = Math.max(...table.rows.map((row) => row.length));
  return `A table of ${table.rows.length} rows and ${columns} columns is not on a slide (too large to read there).`;
}
