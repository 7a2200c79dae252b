import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { finishPdf, outlineOf } from '../../../../src/host/export/finish-pdf';
import { outlineCount, readOutline } from '../../../../src/host/export/pdf-outline';
import { blankPdf, planOf } from './fake-printer';

describe('finishPdf', () => {
  it('writes the deck title, author and subtitle as the PDF metadata', async () => {
    const plan = planOf(['One', 'Two'], { title: 'Россия и Китай', author: 'Ada Lovelace', subject: 'A subtitle' });
    const pdf = await PDFDocument.load(await finishPdf(await blankPdf(2), plan, { now: new Date('2026-01-02T03:04:05Z') }), { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Россия и Китай');
    expect(pdf.getAuthor()).toBe('Ada Lovelace');
    expect(pdf.getSubject()).toBe('A subtitle');
    expect(pdf.getCreator()).toBe('Docent');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it("adds one bookmark per slide, opening the slide's first page", async () => {
    const plan = planOf([], {
      pages: [
        { slide: 2, kind: 'slide', title: 'Second' },
        { slide: 2, kind: 'step', title: 'Second' },
        { slide: 2, kind: 'notes', title: 'Second' },
        { slide: 3, kind: 'slide', title: 'Quotes “with” ümlauts' },
      ],
    });
    const pdf = await PDFDocument.load(await finishPdf(await blankPdf(4), plan));
    expect(readOutline(pdf)).toEqual([
      { title: '2. Second', pageIndex: 0 },
      { title: '3. Quotes “with” ümlauts', pageIndex: 3 },
    ]);
    expect(outlineCount(pdf)).toBe(2);
  });

  it('refuses a PDF with more pages than were laid out (a slide spilled over)', async () => {
    await expect(finishPdf(await blankPdf(3), planOf(['One', 'Two']))).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('3 pages where 2') });
  });

  it('refuses pages that are not the size laid out', async () => {
    await expect(finishPdf(await blankPdf(1, { width: 794, height: 1123 }), planOf(['One']))).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('page 1 is') });
  });
});

describe('outlineOf', () => {
  it('names slides without a heading by number, as the print view does', () => {
    expect(outlineOf(planOf(['Slide 1', 'Title']))).toEqual([
      { title: '1. Slide 1', pageIndex: 0 },
      { title: '2. Title', pageIndex: 1 },
    ]);
  });
});
