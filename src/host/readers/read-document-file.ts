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

export interface ReadDocumentResult {
  document: SourceDocument;
  pictures: PictureFile[];
  format: DocumentFormat;
}

export interface ReadDocumentOptions {
  onProgress?: ReadProgress;
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
      return (await import('./read-pdf')).readPdf(bytes, options.onProgress);
    case 'mhtml':
      return (await import('./read-web-page')).readMhtml(bytes);
    case 'html':
      return (await import('./read-web-page')).readWebPage(decodeDocument(bytes), file);
    default:
      throw new Error(`no block reader for ${format}`);
  }
}

function withTimeLimit<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocentError('DOCUMENT_TOO_LARGE', `reading took longer than ${maxReadMilliseconds / 60000} minutes; stopped`)), maxReadMilliseconds);
    timer.unref();
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

export async function readDocumentFile(file: string, cwd: string, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const absolute = path.resolve(cwd, file);
  const fileName = path.basename(file);
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
  try {
    const format = detectFormat(fileName, bytes);
    if (format === 'text' || format === 'markdown') {
      if (bytes.length > maxDocumentBytes) throw new DocentError('DOCUMENT_TOO_LARGE', `the document is larger than ${maxDocumentBytes / 1024 / 1024} MB`);
      return { document: parseDocumentText(fileName, decodeDocument(bytes), format), pictures: [], format };
    }
    const read = await withTimeLimit(readBlocks(format, bytes, absolute, options));
    const stored = await storePictures(read.blocks, { embedded: read.embedded, folder: format === 'html' ? path.dirname(absolute) : null });
    const document = assembleDocument(fileName, stored.blocks, { title: read.title, date: read.date, readingNotes: read.readingNotes ?? [] });
    return { document, pictures: stored.files, format };
  } catch (error) {
    if (error instanceof DocentError) throw error.location.file ? error : error.withFile(file);
    throw new DocentError('DOCUMENT_CORRUPT', `the document cannot be read (${(error as Error).message.split('\n')[0]})`, { file });
  }
}
