import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { exportDeck } from '../../../../src/host/export/export-deck';
import type { ExportProgress } from '../../../../src/shared/api';
import type { PrintStatus } from '../../../../src/shared/print-plan';
import { blankPdf, fakePrinter, planOf, readyStatus } from './fake-printer';

describe('exportDeck', () => {
  it('prints once the print view is ready and returns the finished PDF', async () => {
    const printer = fakePrinter(() => ({ ready: Promise.resolve(planOf(['One', 'Two', 'Three'])), status: () => readyStatus, pdf: () => blankPdf(3) }));
    const { bytes, plan } = await exportDeck({ printer, url: 'http://127.0.0.1:1/print?layout=slides' });
    expect(printer.opened).toEqual(['http://127.0.0.1:1/print?layout=slides']);
    expect(plan.pages).toHaveLength(3);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getTitle()).toBe('A deck');
    expect(printer.closedPages).toBe(1);
  });

  it('does not print before the maps are drawn, and reports them drawing', async () => {
    let status: PrintStatus = { stage: 'drawing', mapsDrawn: 0, mapsTotal: 2, error: null };
    let markReady: () => void = () => undefined;
    let printedWhile: PrintStatus | null = null;
    const printer = fakePrinter(() => ({
      ready: new Promise((resolve) => (markReady = () => resolve(planOf(['Map'])))),
      status: () => status,
      pdf: () => {
        printedWhile = status;
        return blankPdf(1);
      },
    }));
    const seen: ExportProgress[] = [];
    const running = exportDeck({ printer, url: 'u', onProgress: (progress) => seen.push(progress), readyTimeoutMs: 10_000 });
    await until(() => seen.some((progress) => progress.message === 'Drawing maps (0 of 2)'));
    status = { stage: 'drawing', mapsDrawn: 1, mapsTotal: 2, error: null };
    await until(() => seen.some((progress) => progress.message === 'Drawing maps (1 of 2)'));
    expect(printedWhile).toBeNull();
    status = readyStatus;
    markReady();
    await running;
    expect(printedWhile).toEqual(readyStatus);
    const stages = seen.map((progress) => progress.stage);
    expect(stages.indexOf('drawing')).toBeLessThan(stages.indexOf('printing'));
    expect(stages.indexOf('printing')).toBeLessThan(stages.indexOf('finishing'));
    const fractions = seen.map((progress) => progress.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('gives up after the timeout, saying what was still missing', async () => {
    const printer = fakePrinter(() => ({ ready: new Promise(() => undefined), status: () => ({ stage: 'drawing', mapsDrawn: 1, mapsTotal: 3, error: null }), pdf: () => blankPdf(1) }));
    await expect(exportDeck({ printer, url: 'u', readyTimeoutMs: 50 })).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('1 of 3 maps drawn') });
    expect(printer.closedPages).toBe(1);
  });

  it("passes on the print view's own reason when the deck cannot be laid out", async () => {
    const printer = fakePrinter(() => ({ ready: Promise.reject(new Error('deck.md:12: the map block is invalid')), status: () => readyStatus, pdf: () => blankPdf(1) }));
    await expect(exportDeck({ printer, url: 'u' })).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: 'deck.md:12: the map block is invalid' });
  });

  it('stops at once when cancelled while waiting, and closes the page', async () => {
    const printer = fakePrinter(() => ({ ready: new Promise(() => undefined), status: () => ({ stage: 'drawing', mapsDrawn: 0, mapsTotal: 1, error: null }), pdf: () => blankPdf(1) }));
    const cancel = new AbortController();
    const running = exportDeck({ printer, url: 'u', signal: cancel.signal, readyTimeoutMs: 60_000 });
    await until(() => printer.opened.length === 1);
    cancel.abort();
    await expect(running).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(printer.closedPages).toBe(1);
  });

  it('refuses an answer that is not a print plan', async () => {
    const printer = fakePrinter(() => ({ ready: Promise.resolve({ pages: 'all' } as never), status: () => readyStatus, pdf: () => blankPdf(1) }));
    await expect(exportDeck({ printer, url: 'u' })).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('unexpected') });
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
