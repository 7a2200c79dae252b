// A document file of any supported format -> SourceDocument plus the picture files for the deck folder.
// The format comes from the name and is checked against the content; each reader yields blocks, which core
// assembles exactly as it does for text. Nothing is written here: the caller writes only once all is read.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeDocument, maxDocumentBytes } from '../../core/document/decode-document';
import type { SourceDocument } from '../../core/document/document-model';
import { assembleDocument, parseDocumentText } from '../../core/document/read-document';
import { DocentError } from '../../core/errors';
import { detectFormat, type DocumentFormat } from './detect-format';
import { storePictures, type PictureFile } from './picture-store';
import { maxDocumentFileBytes, maxReadMilliseconds } from './reader-limits';
import type { ReadBlocks, ReadProgress } from './reader-result';
import { readingCancelled } from './reading-cancelled';

export interface ReadDocumentResult {
  document: SourceDocument;
  pictures: PictureFile[];
  format: DocumentFormat;
}

export interface ReadDocumentOptions {
  onProgress?: ReadProgress;
  /** Stops the reading (OCR between pages, PDF between pages, any reader at once for the caller). */
  signal?: AbortSignal;
}

async function readBlocks(format: DocumentFormat, bytes: Uint8Array, file: string, options: ReadDocumentOptions): Promise<ReadBlocks> {
  switch (format) {
    case 'docx':
      return (await import('./read-docx')).readDocx(bytes);
    case 'odt':
      return (await import('./read-odt')).readOdt(bytes);
    case 'epub':
      return (await import('./read-epub')).readEpub(bytes);
    case 'pdf':
      return (await import('./read-pdf')).readPdf(bytes, options.onProgress, options.signal);
    case 'mhtml':
      return (await import('./read-web-page')).readMhtml(bytes);
    case 'html':
      return (await import('./read-web-page')).readWebPage(decodeDocument(bytes), file);
    default:
      throw new Error(`no block reader for ${format}`);
  }
}

function withTimeLimit<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocentError('DOCUMENT_TOO_LARGE', `reading took longer than ${maxReadMilliseconds / 60000} minutes; stopped`)), maxReadMilliseconds);
    timer.unref();
    onAbort = () => reject(readingCancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, limit]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  });
}

export async function readDocumentFile(file: string, cwd: string, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const absolute = path.resolve(cwd, file);
  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new DocentError('IO_FAILED', 'not a file', { file });
    size = info.size;
  } catch (error) {
    if (error instanceof DocentError) throw error;
    throw new DocentError('IO_FAILED', 'the document cannot be read (no such file?)', { file });
  }
  if (size > maxDocumentFileBytes) {
    throw new DocentError('DOCUMENT_TOO_LARGE', `the document is larger than ${maxDocumentFileBytes / 1024 / 1024} MB`, { file });
  }
  const bytes = new Uint8Array(await readFile(absolute));
  return readDocumentBytes(bytes, { file, fileName: path.basename(file), folder: path.dirname(absolute) }, options);
}

export interface DocumentSource {
  /** How errors name the document: the path as the user gave it, or an uploaded file's name. */
  file: string;
  /** The file's own name (its extension says the format, checked against the content). */
  fileName: string;
  /** Where a web page's local pictures are looked for; null for a document that has no folder (an upload). */
  folder: string | null;
}

/** A document's bytes (read from a file, or uploaded to the browser host) -> the document and its pictures. */
export async function readDocumentBytes(bytes: Uint8Array, source: DocumentSource, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const { file, fileName } = source;
  if (bytes.length > maxDocumentFileBytes) {
    throw new DocentError('DOCUMENT_TOO_LARGE', `the document is larger than ${maxDocumentFileBytes / 1024 / 1024} MB`, { file });
  }
  try {
    if (options.signal?.aborted) throw readingCancelled();
    const format = detectFormat(fileName, bytes);
    if (format === 'text' || format === 'markdown') {
      if (bytes.length > maxDocumentBytes) throw new DocentError('DOCUMENT_TOO_LARGE', `the document is larger than ${maxDocumentBytes / 1024 / 1024} MB`);
      return { document: parseDocumentText(fileName, decodeDocument(bytes), format), pictures: [], format };
    }
    const pageFile = source.folder === null ? fileName : path.join(source.folder, fileName);
    const read = await withTimeLimit(readBlocks(format, bytes, pageFile, options), options.signal);
    const stored = await storePictures(read.blocks, { embedded: read.embedded, folder: format === 'html' ? source.folder : null });
    if (options.signal?.aborted) throw readingCancelled();
    const document = assembleDocument(fileName, stored.blocks, { title: read.title, date: read.date, readingNotes: read.readingNotes ?? [] });
    return { document, pictures: stored.files, format };
  } catch (error) {
    if (error instanceof DocentError) throw error.location.file || error.code === 'GENERATE_CANCELLED' ? error : error.withFile(file);
    throw new DocentError('DOCUMENT_CORRUPT', `the document cannot be read (${(error as Error).message.split('\n')[0]})`, { file });
  }
}
