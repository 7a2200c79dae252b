// A document file (name + bytes) -> SourceDocument: decoded, parsed by its type, headline and date line found.
import { DocentError } from '../errors';
import { decodeDocument } from './decode-document';
import { detectDateline, detectWireDatelineLine } from './detect-dateline';
import type { DocumentBlock, DocumentPicture, DocumentTable, Paragraph, SourceDocument } from './document-model';
import { parseHtml } from './parse-html';
import { parseMarkdown } from './parse-markdown';
import { parsePlainText } from './parse-plain-text';

const maxHeadlineWords = 25;

export function documentType(fileName: string): 'text' | 'markdown' | 'html' | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'txt' || extension === 'text') return 'text';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'html' || extension === 'htm') return 'html';
  return null;
}

export function readDocument(fileName: string, bytes: Uint8Array): SourceDocument {
  const type = documentType(fileName);
  if (!type) throw new DocentError('DOCUMENT_UNSUPPORTED', 'the document type is not supported (use .txt, .md or .html)', { file: fileName });
  try {
    return parseDocumentText(fileName, decodeDocument(bytes), type);
  } catch (error) {
    throw error instanceof DocentError ? error.withFile(fileName) : error;
  }
}

export function parseDocumentText(fileName: string, text: string, type: 'text' | 'markdown' | 'html'): SourceDocument {
  let blocks: DocumentBlock[];
  let title: string | null = null;
  let date: string | null = null;
  if (type === 'markdown') {
    const parsed = parseMarkdown(text);
    blocks = parsed.blocks;
    title = parsed.frontMatter.title ?? null;
    date = /^\d{4}-\d{2}-\d{2}/.exec(parsed.frontMatter.date ?? '')?.[0] ?? null;
  } else if (type === 'html') {
    const parsed = parseHtml(text);
    blocks = parsed.blocks;
    const h1 = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
    if (h1 >= 0) title = (blocks.splice(h1, 1)[0] as { text: string }).text;
    else title = parsed.title;
  } else {
    blocks = parsePlainText(text);
  }
  return assembleDocument(fileName, blocks, { title, date });
}

/** What a reader knows about a document besides its blocks. */
export interface DocumentFacts {
  title: string | null;
  date: string | null;
  readingNotes?: string[];
}

/**
 * Blocks in reading order -> SourceDocument: the headline, date line and wire dateline found, paragraphs
 * numbered, pictures and tables placed after the paragraph they follow. Every reader (text, Markdown,
 * HTML here; Word, OpenDocument, PDF, EPUB in the host) ends here, so all formats are read alike.
 */
export function assembleDocument(fileName: string, input: DocumentBlock[], facts: DocumentFacts): SourceDocument {
  const blocks = input.map((block) => ({ ...block }));
  let { title, date } = facts;
  let dateline: string | null = null;
  // The date line is the first or second block (a headline may come first).
  for (const position of [0, 1]) {
    const block = blocks[position];
    const found = block?.kind === 'paragraph' ? detectDateline(block.text) : null;
    if (found) {
      date = found.date;
      dateline = found.place;
      blocks.splice(position, 1);
      break;
    }
  }
  // A wire dateline on its own line, under the headline, a byline or a service line ("OSLO, April 26, 2006 --").
  if (dateline === null) {
    const position = blocks.slice(0, 5).findIndex((block) => block.kind === 'paragraph' && detectWireDatelineLine(block.text) !== null);
    const block = blocks[position];
    const found = block?.kind === 'paragraph' ? detectWireDatelineLine(block.text) : null;
    if (found) {
      date ??= found.date;
      dateline = titleCase(found.place ?? '') || null;
      blocks.splice(position, 1);
    }
  }

  const leading = blocks[0];
  if (title !== null && leading?.kind === 'heading' && leading.level === 1) blocks.shift(); // the headline again
  if (title === null) {
    const first = blocks[0];
    if (first?.kind === 'heading' && first.level === 1) {
      title = first.text;
      blocks.shift();
    } else if (first?.kind === 'paragraph' && blocks.length > 1 && looksLikeHeadline(first.text)) {
      title = first.text;
      blocks.shift();
    }
  }

  // A wire-service dateline opening the story: "WASHINGTON, Sept 19 (Reuters) - The Senate …".
  const opening = blocks.find((block) => block.kind === 'paragraph');
  const wire = opening?.kind === 'paragraph' ? wireDateline.exec(opening.text) : null;
  if (opening?.kind === 'paragraph' && wire?.[1]) {
    dateline ??= titleCase(wire[1]);
    // A wire date often has no year ("March 4"); it is still the date the story gives.
    if (wire[2]) date ??= wire[2].replace(/\s+/g, ' ');
    opening.text = opening.text.slice(wire[0].length);
  }

  const paragraphs: Paragraph[] = [];
  const pictures: DocumentPicture[] = [];
  const tables: DocumentTable[] = [];
  const headings: string[] = [];
  let heading: string | null = null;
  let headingNumber = -1;
  const addParagraph = (text: string, caption: boolean): void => {
    paragraphs.push({ index: paragraphs.length, text, heading, headingNumber, markedCaption: caption });
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      heading = block.text;
      headingNumber += 1;
      headings.push(block.text);
    } else if (block.kind === 'paragraph') {
      addParagraph(block.text, block.caption === true);
    } else if (block.kind === 'picture') {
      const caption = block.caption?.trim() || null;
      const alt = block.alt?.trim() || null;
      pictures.push({ index: pictures.length, src: block.src, omitted: block.omitted ?? null, alt, caption, afterParagraph: paragraphs.length - 1, headingNumber });
      // The caption is also a (marked) paragraph, so it reaches the notes and the map as any caption does.
      if (caption) addParagraph(caption, true);
    } else if (block.rows.some((row) => row.some((cell) => cell.trim() !== ''))) {
      tables.push({ index: tables.length, rows: block.rows, afterParagraph: paragraphs.length - 1, headingNumber });
    }
  }
  if (paragraphs.length === 0) {
    throw new DocentError('DOCUMENT_NO_SENTENCES', 'the document has no paragraphs to make slides from', { file: fileName });
  }
  return { fileName, title, date, dateline, paragraphs, headings, pictures, tables, readingNotes: facts.readingNotes ?? [] };
}

const wireDateline = /^([\p{Lu}][\p{Lu} .'-]{2,40}?)(?:,\s*([\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\([^)]{1,40}\))?\s+[-–—]{1,2}\s+(?=\p{Lu})/u;

function titleCase(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_whole, before: string, letter: string) => before + letter.toUpperCase());
}

/** A headline is short and does not end like a sentence (a question is allowed). */
function looksLikeHeadline(text: string): boolean {
  return text.split(/\s+/).length <= maxHeadlineWords && !/[.;:,]["”’]?$/.test(text);
}
