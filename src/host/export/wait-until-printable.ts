// Waits for the print view to say it is ready (fonts loaded, images decoded, every map drawn),
// reporting its progress meanwhile. Bounded by a timeout that names what was still missing.
import { DocentError } from '../../core/errors';
import { printHandleName, printPlanSchema, printStatusSchema, type PrintPlan, type PrintStatus } from '../../shared/print-plan';
import { abortable } from './abortable';
import type { PrintPage } from './printer';

export interface WaitOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called with the page's status while waiting (for the progress bar). */
  onStatus?: (status: PrintStatus) => void;
  /** How often the status is read for progress; readiness itself is awaited, not polled. */
  statusEveryMs?: number;
}

const statusReadGiveUpMs = 1_000;

export async function waitUntilPrintable(page: PrintPage, options: WaitOptions): Promise<PrintPlan> {
  const readStatus = async (): Promise<PrintStatus | null> => {
    // A frozen page never answers: a status read gives up after a moment rather than hold the export.
    const raw = await Promise.race([
      page.evaluate(`window.${printHandleName} ? window.${printHandleName}.status() : null`).catch(() => null),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), statusReadGiveUpMs)),
    ]);
    const parsed = printStatusSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
  const ready = page.evaluate(`window.${printHandleName} ? window.${printHandleName}.ready : Promise.reject(new Error('this page is not the Docent print view'))`);
  ready.catch(() => undefined);

  let waiting = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)));
  const ticker = options.onStatus
    ? setInterval(() => {
        // A status read still under way when the page became ready must not move the bar back.
        void readStatus().then((status) => status && waiting && options.onStatus?.(status));
      }, options.statusEveryMs ?? 250)
    : undefined;
  try {
    const outcome = await abortable(Promise.race([ready.then((plan) => ({ plan }), (error: unknown) => ({ error })), timedOut]), options.signal);
    if (outcome === 'timeout') {
      const status = await readStatus();
      throw new DocentError('EXPORT_FAILED', `the deck was not ready to print after ${Math.round(options.timeoutMs / 1000)} s (${describeStatus(status)})`);
    }
    if ('error' in outcome) throw new DocentError('EXPORT_FAILED', reasonOf(outcome.error));
    const plan = printPlanSchema.safeParse(outcome.plan);
    if (!plan.success) throw new DocentError('EXPORT_FAILED', `the print view answered something unexpected: ${plan.error.issues[0]?.message ?? ''}`);
    return plan.data;
  } finally {
    waiting = false;
    clearTimeout(timer);
    if (ticker) clearInterval(ticker);
  }
}

function describeStatus(status: PrintStatus | null): string {
  if (!status) return 'the print view did not answer';
  if (status.stage === 'drawing' && status.mapsDrawn < status.mapsTotal) return `${status.mapsDrawn} of ${status.mapsTotal} maps drawn`;
  if (status.stage === 'drawing') return 'fonts or images still loading';
  return `still ${status.stage === 'layout' ? 'laying out the slides' : 'loading the deck'}`;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error: /, '');
}
