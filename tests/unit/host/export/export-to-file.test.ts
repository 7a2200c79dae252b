import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { exportDeckToFile } from '../../../../src/host/export/export-to-file';
import { blankPdf, fakePrinter, planOf, readyStatus } from './fake-printer';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'docent-export-'));
});
afterEach(() => {
  chmodSync(folder, 0o755);
  rmSync(folder, { recursive: true, force: true });
});

const working = () => fakePrinter(() => ({ ready: Promise.resolve(planOf(['One', 'Two'])), status: () => readyStatus, pdf: () => blankPdf(2) }));

describe('exportDeckToFile', () => {
  it('writes the PDF and leaves no temporary file', async () => {
    const file = path.join(folder, 'deck.pdf');
    await exportDeckToFile({ printer: working(), url: 'u', file });
    expect((await PDFDocument.load(readFileSync(file))).getPageCount()).toBe(2);
    expect(readdirSync(folder)).toEqual(['deck.pdf']);
  });

  it('keeps the existing PDF untouched when the export fails', async () => {
    const file = path.join(folder, 'deck.pdf');
    writeFileSync(file, 'the previous export');
    const failing = fakePrinter(() => ({ ready: Promise.resolve(planOf(['One', 'Two'])), status: () => readyStatus, pdf: () => blankPdf(5) }));
    await expect(exportDeckToFile({ printer: failing, url: 'u', file })).rejects.toMatchObject({ code: 'EXPORT_FAILED' });
    expect(readFileSync(file, 'utf8')).toBe('the previous export');
    expect(readdirSync(folder)).toEqual(['deck.pdf']);
  });

  it('keeps the existing PDF untouched when cancelled', async () => {
    const file = path.join(folder, 'deck.pdf');
    writeFileSync(file, 'the previous export');
    const cancel = new AbortController();
    const slow = fakePrinter(() => ({ ready: new Promise(() => undefined), status: () => readyStatus, pdf: () => blankPdf(1) }));
    const running = exportDeckToFile({ printer: slow, url: 'u', file, signal: cancel.signal });
    setTimeout(() => cancel.abort(), 20);
    await expect(running).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(readFileSync(file, 'utf8')).toBe('the previous export');
  });

  it('refuses a missing folder before opening the printer', async () => {
    const printer = working();
    await expect(exportDeckToFile({ printer, url: 'u', file: path.join(folder, 'nowhere', 'deck.pdf') })).rejects.toMatchObject({ code: 'IO_FAILED', message: expect.stringContaining('does not exist') });
    expect(printer.opened).toEqual([]);
  });

  it('refuses a target that is a folder', async () => {
    await expect(exportDeckToFile({ printer: working(), url: 'u', file: folder })).rejects.toMatchObject({ code: 'IO_FAILED', message: expect.stringContaining('is a folder') });
  });

  it.skipIf(process.getuid?.() === 0)('refuses an unwritable folder before opening the printer', async () => {
    chmodSync(folder, 0o555);
    const printer = working();
    await expect(exportDeckToFile({ printer, url: 'u', file: path.join(folder, 'deck.pdf') })).rejects.toMatchObject({ code: 'IO_FAILED', message: expect.stringContaining('not writable') });
    expect(printer.opened).toEqual([]);
  });

  it('reports done with the file written', async () => {
    const file = path.join(folder, 'deck.pdf');
    const last: unknown[] = [];
    await exportDeckToFile({ printer: working(), url: 'u', file, onProgress: (progress) => last.push(progress) });
    expect(last.at(-1)).toMatchObject({ stage: 'done', fraction: 1, file, message: `Exported 2 pages to ${file}` });
  });
});
