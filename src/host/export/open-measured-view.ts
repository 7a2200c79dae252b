// The print view opened for exports that rebuild or capture slides (PowerPoint, PNG) instead of
// printing them: opened at a screenshot scale, awaited as for a PDF, then measured.
import { DocentError } from '../../core/errors';
import type { PrintPlan } from '../../shared/print-plan';
import { geometryHandleName, slideGeometrySchema, type Box, type PageGeometry } from '../../shared/slide-geometry';
import { abortable, throwIfCancelled } from './abortable';
import { progress, progressOfPrintView, type ProgressListener } from './export-progress';
import type { Printer, PrintPage } from './printer';
import { waitUntilPrintable } from './wait-until-printable';

export interface MeasuredViewOptions {
  printer: Printer;
  /** The print view's URL (see printQuery in src/shared/print-plan.ts). */
  url: string;
  /** Device pixels per CSS pixel of the screenshots. */
  scale: number;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  readyTimeoutMs?: number;
  /** Hide reveal.js's slide numbers before capturing (a map picture should not carry one). */
  hideSlideNumbers?: boolean;
}

export interface MeasuredView {
  plan: PrintPlan;
  geometry: PageGeometry[];
  /** A PNG of part of the view (document coordinates). */
  screenshot(box: Box): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openMeasuredView(options: MeasuredViewOptions): Promise<MeasuredView> {
  const report = options.onProgress ?? (() => undefined);
  const { signal } = options;
  throwIfCancelled(signal);
  report(progress('loading', 'Opening the deck'));
  const page: PrintPage = await abortable(options.printer.open(options.url, { scale: options.scale }), signal);
  try {
    const plan = await waitUntilPrintable(page, { timeoutMs: options.readyTimeoutMs ?? 120_000, signal, onStatus: (status) => report(progressOfPrintView(status)) });
    const raw = await abortable(page.evaluate(`window.${geometryHandleName} ? window.${geometryHandleName}() : null`), signal);
    const geometry = slideGeometrySchema.safeParse(raw);
    if (!geometry.success) throw new DocentError('EXPORT_FAILED', 'the print view did not measure its slides');
    // reveal.js's print pages are a pixel shorter than the slide: room below the last one, so its capture is whole.
    await page.evaluate(`(() => { const spacer = document.createElement('div'); spacer.style.cssText = 'display:block;height:32px'; document.body.append(spacer); })()`);
    if (options.hideSlideNumbers) await page.evaluate(`document.querySelectorAll('.slide-number, .slide-number-pdf').forEach((element) => element.style.visibility = 'hidden')`);
    const capture = page.screenshot?.bind(page);
    if (!capture) throw new DocentError('EXPORT_FAILED', 'this printer cannot capture slides as pictures');
    return {
      plan,
      geometry: geometry.data,
      screenshot: (box) => abortable(capture(box), signal),
      close: () => page.close().catch(() => undefined),
    };
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}
