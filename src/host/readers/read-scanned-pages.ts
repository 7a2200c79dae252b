// Scanned PDF pages (images without a text layer) -> text, with OCR: tesseract.js and the English model
// from npm (@tesseract.js-data/eng), both read from node_modules: nothing is downloaded, no cache written.
// Tesseract gives each word's box; the words become positioned text runs laid out exactly as a PDF's text
// is (pdf-layout), so paragraphs, headings (larger lines), columns and page furniture are found alike.
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM } from 'tesseract.js';
import { DocentError } from '../../core/errors';
import { layoutPages, type PageContent, type TextRun } from './pdf-layout';
import { maxOcrPages } from './reader-limits';
import type { ReadBlocks, ReadProgress } from './reader-result';
import { readingCancelled } from './reading-cancelled';

const require = createRequire(import.meta.url);

function languageFolder(): string {
  try {
    return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
  } catch {
    throw new DocentError('DOCUMENT_UNSUPPORTED', 'the PDF is a scan and the OCR language data (@tesseract.js-data/eng) is not installed');
  }
}

/** The height of a PNG, from its header. */
function pngHeight(bytes: Uint8Array): number {
  return ((bytes[20] ?? 0) << 24) | ((bytes[21] ?? 0) << 16) | ((bytes[22] ?? 0) << 8) | (bytes[23] ?? 0);
}
function pngWidth(bytes: Uint8Array): number {
  return ((bytes[16] ?? 0) << 24) | ((bytes[17] ?? 0) << 16) | ((bytes[18] ?? 0) << 8) | (bytes[19] ?? 0);
}

interface OcrPage {
  blocks: Array<{ paragraphs: Array<{ lines: Array<{ rowAttributes: { rowHeight: number }; bbox: { y1: number }; words: Array<{ text: string; bbox: { x0: number; x1: number } }> }> }> }> | null;
}

/** Tesseract's words -> text runs in PDF coordinates (from the bottom), sized by their line's height. */
export function ocrRuns(page: OcrPage, height: number): TextRun[] {
  const runs: TextRun[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        // The row height (ascenders to descenders) stands for the font size: both scale with the type.
        const size = Math.max(1, line.rowAttributes.rowHeight);
        for (const word of line.words) {
          if (word.text.trim()) runs.push({ text: word.text, x: word.bbox.x0, y: height - line.bbox.y1, width: word.bbox.x1 - word.bbox.x0, size, bold: false });
        }
      }
    }
  }
  return runs;
}

export async function readScannedPages(pages: PageContent[], embedded: Map<string, Uint8Array>, onProgress?: ReadProgress, signal?: AbortSignal): Promise<ReadBlocks> {
  const scans = pages
    .slice(0, maxOcrPages)
    .map((page) => [...page.pictures].sort((a, b) => b.width * (b.top - b.bottom) - a.width * (a.top - a.bottom))[0])
    .map((picture) => (picture ? embedded.get(picture.key) : undefined))
    .filter((bytes): bytes is Uint8Array => bytes !== undefined);
  let page = 0;
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: languageFolder(),
    gzip: true,
    cacheMethod: 'none',
    logger: (message: { status: string; progress: number }) => {
      if (message.status === 'recognizing text') onProgress?.((page + message.progress) / scans.length, `Reading scanned page ${page + 1} of ${scans.length} with OCR`);
    },
  });
  const ocrPages: PageContent[] = [];
  // Cancelling ends the worker at once: a page's OCR takes seconds, too long to wait for.
  const stop = () => void worker.terminate().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for (; page < scans.length; page++) {
      if (signal?.aborted) throw readingCancelled();
      const scan = scans[page] as Uint8Array;
      const { data } = await worker.recognize(Buffer.from(scan), {}, { blocks: true, text: false });
      const height = pngHeight(scan);
      ocrPages.push({ width: pngWidth(scan), height, runs: ocrRuns(data as unknown as OcrPage, height), pictures: [] });
    }
  } catch (error) {
    throw signal?.aborted ? readingCancelled() : error;
  } finally {
    signal?.removeEventListener('abort', stop);
    if (!signal?.aborted) await worker.terminate();
  }
  const notes = ['The text of this deck was read from scanned pages with OCR (Tesseract): check names and numbers against the original.'];
  if (pages.length > maxOcrPages) notes.push(`Only the first ${maxOcrPages} of ${pages.length} scanned pages were read with OCR.`);
  if (!ocrPages.some((ocrPage) => ocrPage.runs.length > 0)) throw new DocentError('DOCUMENT_NO_SENTENCES', 'the PDF is a scan and OCR found no text in it');
  // The scan itself is not a picture of the document: its pictures are not kept.
  const { blocks, title } = layoutPages(ocrPages, { sizeTolerance: 0.12, headingRatio: 1.12 });
  return { blocks, title, date: null, embedded: new Map(), readingNotes: notes };
}
