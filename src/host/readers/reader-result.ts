// What a format reader hands on: blocks in reading order, the facts it found, and the pictures it took
// out of the document (keyed by the `embedded:` references in its picture blocks).
import type { DocumentBlock } from '../../core/document/document-model';

export interface ReadBlocks {
  blocks: DocumentBlock[];
  title: string | null;
  date: string | null;
  embedded: Map<string, Uint8Array>;
  /** Notes on the reading itself, for the deck's notes ("The text came from OCR"). */
  readingNotes?: string[];
}

/** How far reading has come, for a progress bar: a fraction and one line for the user. */
export type ReadProgress = (fraction: number, message: string) => void;
