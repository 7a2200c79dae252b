// Reads a document file for analyze/generate: size checked before reading, errors name the file.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { maxDocumentBytes } from '../../core/document/decode-document';
import { readDocument } from '../../core/document/read-document';
import type { SourceDocument } from '../../core/document/document-model';
import { DocentError } from '../../core/errors';

export async function readDocumentFile(file: string, cwd: string): Promise<SourceDocument> {
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
  if (size > maxDocumentBytes) {
    throw new DocentError('DOCUMENT_TOO_LARGE', `the document is larger than ${maxDocumentBytes / 1024 / 1024} MB`, { file });
  }
  const bytes = new Uint8Array(await readFile(absolute));
  const document = readDocument(file, bytes);
  return { ...document, fileName: path.basename(file) };
}
