// What Docent reads in a document before any analysis: its headline, date line and body paragraphs.

export interface Paragraph {
  /** Position among the body paragraphs, from 0; the index the analysis and `analyze --json` use. */
  index: number;
  text: string;
  /** The explicit heading (Markdown `##`, HTML `<h2>`, a heading-like line) this paragraph falls under, or null. */
  heading: string | null;
  /** Which heading of the document (0, 1, …) it falls under, or -1 before the first; two headings may read alike. */
  headingNumber: number;
  /** True when the source marked it as a picture caption (HTML `<figcaption>`). */
  markedCaption: boolean;
}

export interface SourceDocument {
  /** The file name as given, for messages and the deck's `source`. */
  fileName: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) when the document states one. */
  date: string | null;
  /** The place the story is filed from, e.g. "Beijing" in `date 2023-09-19 Beijing`. */
  dateline: string | null;
  paragraphs: Paragraph[];
  /**
   * Every heading's text by its number (`Paragraph.headingNumber`), also one with no paragraph of its own:
   * a chapter heading right above its first subheading ("4.1 Historiography" over "Learning Objectives").
   */
  headings: string[];
  /** Pictures in reading order (a reader that keeps none leaves this empty). */
  pictures: DocumentPicture[];
  /** Tables in reading order; their cells are not paragraphs, so they never become bullets. */
  tables: DocumentTable[];
  /** What the reader wants the presenter to know about the text itself ("read with OCR", "pages 301–500 not read"). */
  readingNotes: string[];
}

/** Where a picture or table sits: after which body paragraph (-1 before the first) and under which heading. */
export interface DocumentPlace {
  afterParagraph: number;
  headingNumber: number;
}

export interface DocumentPicture extends DocumentPlace {
  index: number;
  /** A deck-relative file the host stored (`pictures/…`), or the document's own reference when it was left out. */
  src: string;
  /** Why the picture is not in the deck (remote, missing, not an image, too large), or null when it is. */
  omitted: string | null;
  alt: string | null;
  caption: string | null;
}

export interface DocumentTable extends DocumentPlace {
  index: number;
  /** Cell text by row; the first row is the header when the document marked one (or as laid out). */
  rows: string[][];
}

/** A document's structure before paragraphs are numbered: blocks in reading order. */
export type DocumentBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string; caption?: boolean }
  | { kind: 'picture'; src: string; alt: string | null; caption: string | null; omitted?: string | null }
  | { kind: 'table'; rows: string[][] };
