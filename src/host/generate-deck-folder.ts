// A document -> a deck folder (deck.md, its pictures/ and a record of what was generated), for the command
// line's `docent generate` and the app's File → New Deck from Document…. Everything that can fail on the
// input happens before anything is written. It will not overwrite a deck.md someone edited since Docent
// generated it (a hash of what it wrote is kept in .docent-generated.json) unless `force`.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyzeDocument } from '../core/analysis/analyze-document';
import type { SourceDocument } from '../core/document/document-model';
import { DocentError } from '../core/errors';
import { generateDeckMarkdown } from '../core/generate/generate-deck';
import { deckProvenance, provenanceFileName } from '../core/generate/provenance';
import { writeFileAtomic } from './atomic-write';
import { gazetteer } from './offline-gazetteer';
import { readDocumentFile, type ReadDocumentResult } from './readers/read-document-file';
import type { PictureFile } from './readers/picture-store';
import type { ReadProgress } from './readers/reader-result';
import { writePictures } from './readers/write-pictures';

import { deckFileName } from './deck-location';
export { deckFileName };
import { generatedRecordName, sha256 } from './generated-record';
export { generatedRecordName, sha256 };

interface GeneratedRecord {
  generator: 'docent';
  document: string;
  sha256: string;
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DocentError('IO_FAILED', `cannot read: ${(error as Error).message}`, { file });
  }
}

/** True when the deck on disk is exactly what Docent last generated there. */
async function isUntouched(folder: string, existing: string): Promise<boolean> {
  const recordText = await readIfExists(path.join(folder, generatedRecordName));
  if (!recordText) return false;
  try {
    const record = JSON.parse(recordText) as Partial<GeneratedRecord>;
    return record.sha256 === sha256(existing);
  } catch {
    return false;
  }
}

/** Errors from analysis name the document they are about. */
function withFile<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof DocentError && !error.location.file ? error.withFile(file) : error;
  }
}

export interface GenerateDeckOptions {
  cwd: string;
  force?: boolean;
  onProgress?: ReadProgress;
}

/** What a deck folder made from a document holds, before any of it is written. */
export interface GeneratedDeck {
  markdown: string;
  /** Files beside deck.md (provenance, the generated record), by name. */
  records: Array<{ name: string; text: string }>;
  pictures: PictureFile[];
  document: SourceDocument;
}

/** A document read -> the deck's files. Pure apart from the gazetteer; errors name `file`. */
export function composeDeck(read: ReadDocumentResult, file: string): GeneratedDeck {
  const { document, pictures } = read;
  const analysis = withFile(file, () => analyzeDocument(document, gazetteer()));
  const markdown = generateDeckMarkdown(analysis);
  const record: GeneratedRecord = { generator: 'docent', document: document.fileName, sha256: sha256(markdown) };
  return {
    markdown,
    // Where every bullet and quote comes from, for `docent check` (found again by text, so it survives edits).
    records: [
      { name: provenanceFileName, text: `${JSON.stringify(deckProvenance(analysis), null, 2)}\n` },
      { name: generatedRecordName, text: `${JSON.stringify(record, null, 2)}\n` },
    ],
    pictures,
    document,
  };
}

/** Writes the deck's files into `folder` (which exists): pictures first, deck.md, then its records. */
export async function writeDeckFiles(folder: string, deck: GeneratedDeck): Promise<string> {
  const deckFile = path.join(folder, deckFileName);
  await writePictures(folder, deck.pictures);
  await writeFileAtomic(deckFile, deck.markdown);
  for (const record of deck.records) await writeFileAtomic(path.join(folder, record.name), record.text);
  return deckFile;
}

export async function generateDeckFolder(file: string, out: string, options: GenerateDeckOptions): Promise<{ deckFile: string; document: SourceDocument }> {
  const deck = composeDeck(await readDocumentFile(file, options.cwd, { onProgress: options.onProgress }), file);

  const folder = path.resolve(options.cwd, out);
  const deckFile = path.join(folder, deckFileName);
  const existing = await readIfExists(deckFile);
  if (existing !== null && existing !== deck.markdown && !options.force && !(await isUntouched(folder, existing))) {
    throw new DocentError('OVERWRITE_REFUSED', 'refusing to overwrite: it differs from what Docent generated there (edited?); use --force to replace it', {
      file: path.relative(options.cwd, deckFile) || deckFile,
    });
  }
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new DocentError('WRITE_FAILED', `cannot create the deck folder: ${(error as Error).message}`, { file: out });
  }
  await writeDeckFiles(folder, deck);
  return { deckFile, document: deck.document };
}
