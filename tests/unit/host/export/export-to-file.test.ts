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

/** A deck in another folder than the PDF. */
const elsewhere = { folder: path.join(os.tmpdir(), 'docent-export-some-deck'), fileName: 'deck.md' };

const working = () => fakePrinter(() => ({ ready: Promise.resolve(planOf(['One', 'Two'])), status: () => readyStatus, pdf: () => blankPdf(2) }));

describe('exportDeckToFile', () => {
  it('writes the PDF and leaves no temporary file', async () => {
    const file = path.join(folder, 'deck.pdf');
    await exportDeckToFile({ printer: working(), url: 'u', deck: elsewhere, file });
    expect((await PDFDocument.load(readFileSync(file))).getPageCount()).toBe(2);
    expect(readdirSync(folder)).toEqual(['deck.pdf']);
  });

  it('keeps the existing PDF untouched when the export fails', async () => {
    const file = path.join(folder, 'deck.pdf');
    writeFileSync(file, 'the previous export');
    const failing = fakePrinter(() => ({ ready: Promise.resolve(planOf(['One', 'Two'])), status: () => readyStatus, pdf: () => blankPdf(5) }));
    await expect(exportDeckToFile({ printer: failing, url: 'u', deck: elsewhere, file })).rejects.toMatchObject({ code: 'EXPORT_FAILED' });
    expect(readFileSync(file, 'utf8')).toBe('the previous export');
    expect(readdirSync(folder)).toEqual(['deck.pdf']);
  });

  it('keeps the existing PDF untouched when cancelled', async () => {
    const file = path.join(folder, 'deck.pdf');
    writeFileSync(file, 'the previous export');
    const cancel = new AbortController();
    const slow = fakePrinter(() => ({ ready: new Promise(() => undefined), status: () => readyStatus, pdf: () => blankPdf(1) }));
    const running = exportDeckToFile({ printer: slow, url: 'u', deck: elsewhere, file, signal: cancel.signal });
    setTimeout(() => cancel.abort(), 20);
    await expect(running).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(readFileSync(file, 'utf8')).toBe('the previous export');
  });

  it('refuses a missing folder before opening the printer', async () => {
    const printer = working();
    await expect(exportDeckToFile({ printer, url: 'u', deck: elsewhere, file: path.join(folder, 'nowhere', 'deck.pdf') })).rejects.toMatchObject({ code: 'WRITE_FAILED', message: expect.stringContaining('does not exist') });
    expect(printer.opened).toEqual([]);
  });

  it('refuses a target that is a folder', async () => {
    await expect(exportDeckToFile({ printer: working(), url: 'u', deck: elsewhere, file: folder })).rejects.toMatchObject({ code: 'WRITE_FAILED', message: expect.stringContaining('is a folder') });
  });

  it.skipIf(process.getuid?.() === 0)('refuses an unwritable folder before opening the printer', async () => {
    chmodSync(folder, 0o555);
    const printer = working();
    await expect(exportDeckToFile({ printer, url: 'u', deck: elsewhere, file: path.join(folder, 'deck.pdf') })).rejects.toMatchObject({ code: 'WRITE_FAILED', message: expect.stringContaining('not writable') });
    expect(printer.opened).toEqual([]);
  });

  it('reports done with the file written', async () => {
    const file = path.join(folder, 'deck.pdf');
    const last: unknown[] = [];
    await exportDeckToFile({ printer: working(), url: 'u', deck: elsewhere, file, onProgress: (progress) => last.push(progress) });
    expect(last.at(-1)).toMatchObject({ stage: 'done', fraction: 1, file, message: `Exported 2 pages to ${file}` });
  });

  it('never writes over the deck, its backup or its files', async () => {
    const deck = { folder, fileName: 'deck.md' };
    writeFileSync(path.join(folder, 'deck.md'), '# My talk\n');
    writeFileSync(path.join(folder, 'photo.png'), 'png');
    for (const name of ['deck.md', 'deck.md.bak', 'photo.png', 'DECK.md'.toLowerCase()]) {
      await expect(exportDeckToFile({ printer: working(), url: 'u', deck, file: path.join(folder, name) })).rejects.toMatchObject({ code: 'OVERWRITE_REFUSED' });
    }
    // Named by another path to the same folder, too.
    await expect(exportDeckToFile({ printer: working(), url: 'u', deck, file: path.join(folder, '.', 'sub', '..', 'deck.md') })).rejects.toMatchObject({ code: 'OVERWRITE_REFUSED' });
    expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe('# My talk\n');
    expect(readFileSync(path.join(folder, 'photo.png'), 'utf8')).toBe('png');
    // A PDF beside the deck (an earlier export) may be replaced.
    writeFileSync(path.join(folder, 'talk.pdf'), 'old');
    await exportDeckToFile({ printer: working(), url: 'u', deck, file: path.join(folder, 'talk.pdf') });
    expect(readFileSync(path.join(folder, 'talk.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
