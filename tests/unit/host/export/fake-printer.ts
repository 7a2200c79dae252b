// A Printer for tests: no browser. The "page" answers the exporter's questions from a script the test
// controls, and prints a PDF made with pdf-lib.
import { PDFDocument } from 'pdf-lib';
import type { PrintPlan, PrintStatus } from '../../../../src/shared/print-plan';
import type { PrintPage, Printer } from '../../../../src/host/export/printer';

export interface FakePage {
  /** What window.__docentPrint.ready resolves (or rejects) with. */
  ready: Promise<PrintPlan>;
  status: () => PrintStatus;
  /** The PDF the page prints. */
  pdf: () => Promise<Uint8Array>;
}

export interface FakePrinter extends Printer {
  opened: string[];
  closedPages: number;
  closed: boolean;
}

export function fakePrinter(page: () => FakePage): FakePrinter {
  const printer: FakePrinter = {
    opened: [],
    closedPages: 0,
    closed: false,
    async open(url) {
      printer.opened.push(url);
      const fake = page();
      const printPage: PrintPage = {
        async evaluate(expression) {
          if (expression.includes('.status()')) return fake.status();
          if (expression.includes('.ready')) return fake.ready;
          throw new Error(`unexpected expression ${expression}`);
        },
        pdf: () => fake.pdf(),
        async close() {
          printer.closedPages += 1;
        },
      };
      return printPage;
    },
    async close() {
      printer.closed = true;
    },
  };
  return printer;
}

/** A PDF of `count` pages of the given size in CSS pixels. */
export async function blankPdf(count: number, size = { width: 1280, height: 720 }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < count; i++) pdf.addPage([(size.width * 72) / 96, (size.height * 72) / 96]);
  return pdf.save();
}

export function planOf(titles: string[], extra: Partial<PrintPlan> = {}): PrintPlan {
  return {
    title: 'A deck',
    author: 'A. Author',
    subject: null,
    pageSize: { width: 1280, height: 720 },
    pages: titles.map((title, index) => ({ slide: index + 1, kind: 'slide', title })),
    warnings: [],
    ...extra,
  };
}

export const readyStatus: PrintStatus = { stage: 'ready', mapsDrawn: 0, mapsTotal: 0, error: null };
