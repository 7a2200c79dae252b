// After printing: check the PDF is what the print view laid out (one PDF page per laid-out page, at
// the page size asked for: no blank or spilled pages), then add the deck's metadata and an outline.
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import { DocentError } from '../../core/errors';
import type { PrintPlan } from '../../shared/print-plan';
import { addOutline, type OutlineEntry } from './pdf-outline';

/** CSS pixels to PDF points. */
const pointsPerPixel = 72 / 96;

export interface FinishOptions {
  /** The creation date written into the PDF. */
  now?: Date;
}

export async function finishPdf(printed: Uint8Array, plan: PrintPlan, options: FinishOptions = {}): Promise<Uint8Array> {
  // In one go: pdf-lib's default parses 100 objects a tick and waits a timer between them, which at
  // a few thousand objects (200 slides) adds more waiting than parsing.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  checkPages(pdf, plan);
  const now = options.now ?? new Date();
  if (plan.title) pdf.setTitle(plan.title, { showInWindowTitleBar: true });
  if (plan.author) pdf.setAuthor(plan.author);
  if (plan.subject) pdf.setSubject(plan.subject);
  pdf.setCreator('Docent');
  pdf.setProducer('Docent (Chromium, pdf-lib)');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  addOutline(pdf, outlineOf(plan));
  return pdf.save({ objectsPerTick: Infinity });
}

/** One bookmark per slide, at its first page. */
export function outlineOf(plan: PrintPlan): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const seen = new Set<number>();
  plan.pages.forEach((page, pageIndex) => {
    if (seen.has(page.slide)) return;
    seen.add(page.slide);
    entries.push({ title: `${page.slide}. ${page.title}`, pageIndex });
  });
  return entries;
}

function checkPages(pdf: PDFDocument, plan: PrintPlan): void {
  const count = pdf.getPageCount();
  if (count !== plan.pages.length) {
    throw new DocentError('EXPORT_FAILED', `the printer made ${count} pages where ${plan.pages.length} were laid out (a slide spilled onto another page)`);
  }
  const want = { width: plan.pageSize.width * pointsPerPixel, height: plan.pageSize.height * pointsPerPixel };
  pdf.getPages().forEach((page, index) => {
    const { width, height } = page.getSize();
    if (Math.abs(width - want.width) > 1.5 || Math.abs(height - want.height) > 1.5) {
      throw new DocentError('EXPORT_FAILED', `page ${index + 1} is ${width.toFixed(0)}×${height.toFixed(0)} pt, not the ${want.width.toFixed(0)}×${want.height.toFixed(0)} pt laid out`);
    }
  });
}
