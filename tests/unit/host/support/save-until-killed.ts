// Child process for kill-during-save.test.ts: saves a deck (through the real DeckStore) or exports a
// PDF (through the real exportDeckToFile, with a printer that needs no browser) over and over, and
// prints "saved <n>" after each write returns, until the test kills it with SIGKILL.
//
//   node save-until-killed.mjs deck <deck folder>
//   node save-until-killed.mjs export <pdf file>
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DeckStore } from '../../../../src/host/deck-store';
import { exportDeckToFile } from '../../../../src/host/export/export-to-file';
import type { Printer } from '../../../../src/host/export/printer';
import type { PrintPlan } from '../../../../src/shared/print-plan';
import { deckVersion, pdfPages, pdfTitle } from './save-versions';

async function saveDecks(folder: string): Promise<never> {
  const store = new DeckStore({ changedOnDisk: () => undefined }, { watch: false });
  await store.open(folder);
  for (let n = 1; ; n++) {
    await store.save(deckVersion(n), store.deck.version);
    process.stdout.write(`saved ${n}\n`);
  }
}

/** A printer that "prints" a PDF made with pdf-lib: the export's own layout, checks and write run as usual. */
function printerFor(n: number): Printer {
  const plan: PrintPlan = {
    title: pdfTitle(n),
    author: null,
    subject: null,
    pageSize: { width: 1280, height: 720 },
    pages: Array.from({ length: pdfPages(n) }, (_, i) => ({ slide: i + 1, kind: 'slide' as const, title: `Slide ${i + 1}` })),
    warnings: [],
  };
  return {
    async open() {
      return {
        async evaluate(expression: string) {
          return expression.includes('.status()') ? { stage: 'ready', mapsDrawn: 0, mapsTotal: 0, error: null } : plan;
        },
        async pdf() {
          const pdf = await PDFDocument.create();
          const font = await pdf.embedFont(StandardFonts.Helvetica);
          for (let page = 0; page < plan.pages.length; page++) {
            // CSS pixels to points (72/96), as Chromium prints the laid-out page size.
            const sheet = pdf.addPage([1280 * 0.75, 720 * 0.75]);
            // Enough text that writing the file takes a moment, so kills land inside writes.
            for (let line = 0; line < 20; line++) sheet.drawText(`${pdfTitle(n)} page ${page + 1} line ${line} ${'x'.repeat(80)}`, { x: 20, y: 520 - line * 12, size: 9, font });
          }
          return pdf.save();
        },
        async close() {},
      };
    },
    async close() {},
  };
}

async function exportPdfs(file: string): Promise<never> {
  for (let n = 1; ; n++) {
    await exportDeckToFile({ printer: printerFor(n), url: 'http://127.0.0.1/print', deck: { folder: path.join(path.dirname(file), 'deck-elsewhere'), fileName: 'deck.md' }, file, readyTimeoutMs: 5_000, now: new Date(0) });
    process.stdout.write(`saved ${n}\n`);
  }
}

const [mode, target] = process.argv.slice(2);
if (!target) throw new Error('usage: save-until-killed deck <folder> | export <pdf file>');
await (mode === 'export' ? exportPdfs(target) : saveDecks(target));
