import { describe, expect, it } from 'vitest';
import { DocentError } from '../../../../src/core/errors';
import { ExportJobs } from '../../../../src/host/export/export-jobs';
import type { ExportProgress } from '../../../../src/shared/api';

describe('ExportJobs', () => {
  it('runs one export at a time', async () => {
    const jobs = new ExportJobs(() => undefined);
    let finish: () => void = () => undefined;
    const first = jobs.run(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(jobs.busy).toBe(true);
    await expect(jobs.run(async () => undefined)).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('already running') });
    finish();
    await first;
    expect(jobs.busy).toBe(false);
  });

  it('cancels the running export through its signal and reports it cancelled', async () => {
    const reported: ExportProgress[] = [];
    const jobs = new ExportJobs((progress) => reported.push(progress));
    const running = jobs.run(
      (signal) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new DocentError('EXPORT_CANCELLED', 'cancelled')))),
    );
    expect(jobs.cancel()).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(reported.at(-1)).toMatchObject({ stage: 'cancelled' });
    expect(jobs.cancel()).toBe(false);
  });

  it('forwards progress, and reports a failure in one line', async () => {
    const reported: ExportProgress[] = [];
    const jobs = new ExportJobs((progress) => reported.push(progress));
    await expect(
      jobs.run(async (_signal, report) => {
        report({ stage: 'printing', fraction: 0.6, message: 'Printing 3 pages' });
        throw new DocentError('WRITE_FAILED', 'could not write deck.pdf: ENOSPC: no space left on device');
      }),
    ).rejects.toThrow('ENOSPC');
    expect(reported.map((progress) => progress.stage)).toEqual(['starting', 'printing', 'failed']);
    expect(reported.at(-1)?.message).toBe('Export failed: could not write deck.pdf: ENOSPC: no space left on device');
  });
});
