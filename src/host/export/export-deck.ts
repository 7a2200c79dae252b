// The export, whatever prints it: open the print view, wait until it is really ready, print, check
// and finish the PDF. The printer is passed in (Playwright's Chromium or Electron's printToPDF).
import type { PrintPlan } from '../../shared/print-plan';
import { abortable, throwIfCancelled } from './abortable';
import { progress, progressOfPrintView, type ProgressListener } from './export-progress';
import { finishPdf } from './finish-pdf';
import type { Printer } from './printer';
import { waitUntilPrintable } from './wait-until-printable';

export interface ExportDeckOptions {
  printer: Printer;
  /** The print view's URL, options in its query (see printQuery in src/shared/print-plan.ts). */
  url: string;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** How long the deck may take to become ready (maps, fonts) before the export gives up. */
  readyTimeoutMs?: number;
  now?: Date;
}

export interface ExportedPdf {
  bytes: Uint8Array;
  plan: PrintPlan;
}

export async function exportDeck(options: ExportDeckOptions): Promise<ExportedPdf> {
  const report = options.onProgress ?? (() => undefined);
  const { signal } = options;
  throwIfCancelled(signal);
  report(progress('loading', 'Opening the deck'));
  const page = await abortable(options.printer.open(options.url), signal);
  try {
    const plan = await waitUntilPrintable(page, {
      timeoutMs: options.readyTimeoutMs ?? 120_000,
      signal,
      onStatus: (status) => report(progressOfPrintView(status)),
    });
    report(progress('printing', `Printing ${plan.pages.length} ${plan.pages.length === 1 ? 'page' : 'pages'}`));
    const printed = await abortable(page.pdf(), signal);
    report(progress('finishing', 'Adding the outline and metadata'));
    const bytes = await finishPdf(printed, plan, { now: options.now });
    throwIfCancelled(signal);
    return { bytes, plan };
  } finally {
    // Closing the page also stops a print a cancel left running.
    await page.close().catch(() => undefined);
  }
}
