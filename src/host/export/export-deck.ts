// The export, whatever prints it: open the print view, wait until it is really ready, print, check
// and finish the PDF. The printer is passed in (Playwright's Chromium or Electron's printToPDF).
import { DocentError } from '../../core/errors';
import type { PrintPlan } from '../../shared/print-plan';
import { abortable, throwIfCancelled } from './abortable';
import { progress, progressOfPrintView, type ProgressListener } from './export-progress';
import { finishPdf } from './finish-pdf';
import type { PrintPage, Printer } from './printer';
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
  // The deadline is kept here, outside the page: a page frozen by a hostile deck answers nothing,
  // so nothing that waits on it (loading, status reads, closing) may wait longer than what is left.
  const timeoutMs = options.readyTimeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  const notReady = () => new DocentError('EXPORT_FAILED', `the deck was not ready to print after ${Math.round(timeoutMs / 1000)} s (the print view did not load)`);
  const opening = options.printer.open(options.url);
  let page: PrintPage;
  try {
    page = await abortable(withDeadline(opening, deadline - Date.now(), notReady), signal);
  } catch (error) {
    // Given up (cancel or deadline) while the page was still opening: close it whenever it opens.
    void opening.then((late) => late.close()).catch(() => undefined);
    throw error;
  }
  try {
    const plan = await waitUntilPrintable(page, {
      timeoutMs: Math.max(deadline - Date.now(), 0),
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
    // Closing the page also stops a print a cancel left running. A frozen page may not close soon:
    // the close goes on by itself, and the printer's own close (which ends the browser) follows.
    await withDeadline(page.close(), closeWaitMs, () => new Error('close timed out')).catch(() => undefined);
  }
}

const closeWaitMs = 1_000;

/** Settles like `work`, or rejects with `error()` once `ms` have passed (the work is left to itself). */
export function withDeadline<T>(work: Promise<T>, ms: number, error: () => Error): Promise<T> {
  work.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(error()), Math.max(ms, 0));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
