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
}

/** A document's structure before paragraphs are numbered: blocks in reading order. */
export type DocumentBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string; caption?: boolean };
