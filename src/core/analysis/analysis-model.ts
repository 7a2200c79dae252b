// What Docent reads in a document: the input of the deck generator and of `docent analyze`.
import type { DocumentPicture, DocumentTable, Paragraph } from '../document/document-model';
import type { PlaceMention } from '../places/extract-places';
import type { Caption } from './find-captions';
import type { DocumentFlow, DocumentEvent } from './find-map-events';
import type { Bullet } from './pick-bullets';
import type { Sentence } from './split-sentences';
import type { Statement } from './statement-model';

export interface AnalyzedSection {
  title: string;
  /** The document's own heading for it, if any (an interview's question, for a slide that answers one). */
  heading: string | null;
  /** The question an interview's slide answers, as asked (for the speaker notes), or null. */
  question: string | null;
  paragraphs: number[];
  /** All bullets of the section, in story order (the union of its slides' bullets). */
  bullets: Bullet[];
  /** A long section is shown on several (vertical) slides, each with its own paragraphs and 2–5 bullets. */
  slides: Array<{ paragraphs: number[]; bullets: Bullet[] }>;
}

/** A picture or table of the document with the section (index into `sections`) it belongs to. */
export type AnalyzedPicture = DocumentPicture & { section: number };
export type AnalyzedTable = DocumentTable & { section: number };

export interface Analysis {
  title: string;
  /** Who gives the speech or wrote the text, when a byline names them ("President: Jane Roe"). */
  author: { name: string; role: string | null } | null;
  /** True for an interview or news conference: one section per question. */
  interview: boolean;
  date: string | null;
  dateline: string | null;
  /** The document's file name. */
  source: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  sections: AnalyzedSection[];
  statements: Statement[];
  places: PlaceMention[];
  captions: Caption[];
  events: DocumentEvent[];
  arrows: DocumentFlow[];
  pictures: AnalyzedPicture[];
  tables: AnalyzedTable[];
  /** The reader's notes on the text itself (OCR, pages not read, pictures left out), for the title slide's notes. */
  readingNotes: string[];
}
