// The print view's handle (window.__docentPrint) from the first moment the page runs. The exporter
// asks for it as soon as the page has loaded, which can be before the print view's own chunk has
// arrived (it is loaded on first use): this stand-in answers until then, and its `ready` settles as
// the print view's does.
import { printHandleName, type PrintHandle, type PrintPlan, type PrintStatus } from '../../shared/print-plan';

export interface PendingPrintHandle {
  /** The print view's own handle, once it has set one: the stand-in follows it. */
  adopt(handle: PrintHandle): void;
  /** The print view could not be loaded or started. */
  fail(error: unknown): void;
}

type HandleHolder = { [printHandleName]?: PrintHandle };

export function installPendingPrintHandle(holder: HandleHolder): PendingPrintHandle {
  let settle: { resolve(plan: PrintPlan): void; reject(error: Error): void } = { resolve: () => undefined, reject: () => undefined };
  const ready = new Promise<PrintPlan>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => undefined); // the exporter reads the reason from status() as well
  let current: PrintStatus = { stage: 'loading', mapsDrawn: 0, mapsTotal: 0, error: null };
  let adopted: PrintHandle | null = null;
  const standIn: PrintHandle = { ready, status: () => (adopted ? adopted.status() : { ...current }) };
  holder[printHandleName] = standIn;
  return {
    adopt(handle) {
      if (handle === standIn) return;
      adopted = handle;
      handle.ready.then(settle.resolve, settle.reject);
    },
    fail(error) {
      const message = error instanceof Error ? error.message : String(error);
      current = { ...current, stage: 'failed', error: `the print view could not be loaded: ${message}` };
      settle.reject(new Error(current.error ?? message));
    },
  };
}
