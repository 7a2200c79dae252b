// PDF bookmarks (the outline a reader shows beside the pages). pdf-lib has no API for them, so the
// dictionaries are written as the PDF specification (ISO 32000-1, 12.3.3) lays them out: a flat list.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 0-based index of the page the entry opens. */
  pageIndex: number;
}

export function addOutline(pdf: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = pdf.context;
  const pages = pdf.getPages();
  const outlineRef = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, index) => {
    const page = pages[entry.pageIndex];
    if (!page) throw new RangeError(`outline entry "${entry.title}" points at page ${entry.pageIndex + 1} of ${pages.length}`);
    const item = context.obj({ Title: PDFHexString.fromText(entry.title), Parent: outlineRef, Dest: [page.ref, 'Fit'] });
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous) item.set(PDFName.of('Prev'), previous);
    if (next) item.set(PDFName.of('Next'), next);
    context.assign(refs[index] as PDFRef, item);
  });
  context.assign(outlineRef, context.obj({ Type: 'Outlines', First: refs[0] as PDFRef, Last: refs[refs.length - 1] as PDFRef, Count: refs.length }));
  pdf.catalog.set(PDFName.of('Outlines'), outlineRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Reads a flat outline back: each entry's title and the page it opens (tests, and a check after writing). */
export function readOutline(pdf: PDFDocument): OutlineEntry[] {
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const pageRefs = pdf.getPages().map((page) => page.ref);
  const entries: OutlineEntry[] = [];
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
  const seen = new Set<PDFDict>();
  while (item && !seen.has(item)) {
    seen.add(item);
    const title = item.lookup(PDFName.of('Title'));
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const target = dest?.get(0);
    entries.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
      pageIndex: target instanceof PDFRef ? pageRefs.findIndex((ref) => ref === target || ref.toString() === target.toString()) : -1,
    });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return entries;
}

/** The outline's declared entry count (its /Count). */
export function outlineCount(pdf: PDFDocument): number {
  const count = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('Count'), PDFNumber);
  return count?.asNumber() ?? 0;
}
