// PDF -> blocks with pdf.js (pdfjs-dist): each page's positioned text and images, laid out into reading
// order by pdf-layout. A PDF without a text layer (a scan) is read with OCR (read-scanned-pages). pdf.js
// runs without eval, without fetching fonts or anything else, and without a canvas.
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DocentError } from '../../core/errors';
import { encodePng, unpackOneBit } from './encode-png';
import { layoutPages, type PageContent, type PagePicture, type TextRun } from './pdf-layout';
import { maxPdfPages } from './reader-limits';
import type { ReadBlocks, ReadProgress } from './reader-result';
import { readingCancelled } from './reading-cancelled';

/** A picture smaller than this (pixels on a side) is an ornament or a rule, not a picture. */
const minPictureSide = 48;
/** Larger images are not decoded into a picture (the notes say so through the picture store). */
const maxPicturePixels = 25_000_000;

interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, t: Matrix): Matrix => [
  m[0] * t[0] + m[2] * t[1],
  m[1] * t[0] + m[3] * t[1],
  m[0] * t[2] + m[2] * t[3],
  m[1] * t[2] + m[3] * t[3],
  m[0] * t[4] + m[2] * t[5] + m[4],
  m[1] * t[4] + m[3] * t[5] + m[5],
];

function imageObject(page: PDFPageProxy, name: string): Promise<DecodedImage | null> {
  const store = name.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 10_000);
    try {
      store.get(name, (image: DecodedImage | null) => {
        clearTimeout(timer);
        resolve(image);
      });
    } catch {
      clearTimeout(timer);
      resolve(null);
    }
  });
}

function pngOf(image: DecodedImage): Uint8Array | null {
  const { width, height, data, kind } = image;
  if (!data || width * height > maxPicturePixels) return null;
  const pixels = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (kind === 1) return encodePng(width, height, 1, unpackOneBit(width, height, pixels));
  if (kind === 2 && pixels.length >= width * height * 3) return encodePng(width, height, 3, pixels);
  if (kind === 3 && pixels.length >= width * height * 4) return encodePng(width, height, 4, pixels);
  return null;
}

async function pageContent(page: PDFPageProxy, pageIndex: number, embedded: Map<string, Uint8Array>): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const operators = await page.getOperatorList();
  const text = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, , , e, f] = item.transform as Matrix;
    const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string; bold?: boolean } | null) : null;
    const bold = font?.bold === true || /bold|black|heavy|semibold|demi/i.test(font?.name ?? '');
    runs.push({ text: item.str, x: e, y: f, width: item.width, size: Math.hypot(a, b) || item.height, bold });
  }
  const pictures: PagePicture[] = [];
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < operators.fnArray.length; i++) {
    const op = operators.fnArray[i];
    const args = operators.argsArray[i] as unknown[];
    if (op === OPS.save) stack.push(matrix);
    else if (op === OPS.restore) matrix = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (op === OPS.transform) matrix = multiply(matrix, args as Matrix);
    else if (op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject) {
      const image = op === OPS.paintImageXObject ? await imageObject(page, String(args[0])) : (args[0] as DecodedImage);
      if (!image || image.width < minPictureSide || image.height < minPictureSide) continue;
      const png = pngOf(image);
      if (!png) continue;
      const key = `pdf-${pageIndex}-${pictures.length}`;
      embedded.set(key, png);
      const x = Math.min(matrix[4], matrix[4] + matrix[0]);
      const bottom = Math.min(matrix[5], matrix[5] + matrix[3]);
      pictures.push({ key, x, width: Math.abs(matrix[0]), bottom, top: bottom + Math.abs(matrix[3]) });
    }
  }
  page.cleanup();
  return { width: viewport.width, height: viewport.height, runs, pictures };
}

async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, fontExtraProperties: true, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new DocentError('DOCUMENT_ENCRYPTED', 'the PDF is password-protected; Docent cannot read it');
    throw new DocentError('DOCUMENT_CORRUPT', `the PDF is damaged or truncated (${(error as Error).message.split('\n')[0]})`);
  }
}

export async function readPdf(bytes: Uint8Array, onProgress?: ReadProgress, signal?: AbortSignal): Promise<ReadBlocks> {
  const pdf = await openPdf(bytes);
  try {
    const count = Math.min(pdf.numPages, maxPdfPages);
    const embedded = new Map<string, Uint8Array>();
    const pages: PageContent[] = [];
    for (let n = 1; n <= count; n++) {
      if (signal?.aborted) throw readingCancelled();
      onProgress?.((n - 1) / count, `Reading page ${n} of ${count}`);
      pages.push(await pageContent(await pdf.getPage(n), n - 1, embedded));
    }
    const readingNotes = pdf.numPages > count ? [`Only the first ${count} of the PDF's ${pdf.numPages} pages were read (Docent reads at most ${maxPdfPages}).`] : [];
    const characters = pages.reduce((sum, page) => sum + page.runs.reduce((inner, run) => inner + run.text.trim().length, 0), 0);
    if (characters < 40 * pages.length && pages.some((page) => page.pictures.length > 0)) {
      const { readScannedPages } = await import('./read-scanned-pages');
      const scanned = await readScannedPages(pages, embedded, onProgress, signal);
      return { ...scanned, readingNotes: [...scanned.readingNotes ?? [], ...readingNotes] };
    }
    const { blocks, title } = layoutPages(pages);
    let metaTitle: string | null = null;
    try {
      const info = (await pdf.getMetadata()).info as { Title?: unknown };
      metaTitle = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    } catch {
      metaTitle = null;
    }
    onProgress?.(1, `Read ${count} pages`);
    return { blocks, title: title ?? metaTitle, date: null, embedded, readingNotes };
  } finally {
    await pdf.destroy();
  }
}
