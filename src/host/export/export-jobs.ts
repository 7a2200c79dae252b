// The app runs one export at a time, in the background: it reports progress to every window (an
// `exportProgress` event) and stops when any window asks (the `cancelExport` call).
import { DocentError, isDocentError } from '../../core/errors';
import type { ExportProgress } from '../../shared/api';
import type { ProgressListener } from './export-progress';

export class ExportJobs {
  private running: AbortController | null = null;

  constructor(private readonly report: ProgressListener) {}

  get busy(): boolean {
    return this.running !== null;
  }

  /** Runs an export; its progress, failure or cancellation is reported, and also returned or thrown. */
  async run<T>(work: (signal: AbortSignal, report: ProgressListener) => Promise<T>): Promise<T> {
    if (this.running) throw new DocentError('EXPORT_FAILED', 'an export is already running; wait for it or cancel it');
    const controller = new AbortController();
    this.running = controller;
    this.report({ stage: 'starting', fraction: 0, message: 'Starting the export' });
    try {
      return await work(controller.signal, (progress) => {
        if (!controller.signal.aborted) this.report(progress);
      });
    } catch (error) {
      this.report(endOf(error));
      throw error;
    } finally {
      this.running = null;
    }
  }

  /** Stops the running export; false when none runs. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }
}

function endOf(error: unknown): ExportProgress {
  if (isDocentError(error) && error.code === 'EXPORT_CANCELLED') return { stage: 'cancelled', fraction: 1, message: 'Export cancelled; no file was written' };
  const reason = isDocentError(error) ? error.describe() : error instanceof Error ? error.message : String(error);
  return { stage: 'failed', fraction: 1, message: `Export failed: ${reason}` };
}
