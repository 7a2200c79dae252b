import { describe, expect, it } from 'vitest';
import { installPendingPrintHandle } from '../../../../src/renderer/print/pending-print-handle';
import type { PrintHandle, PrintPlan, PrintStatus } from '../../../../src/shared/print-plan';

const plan: PrintPlan = { title: 'Deck', author: null, subject: null, pageSize: { width: 1280, height: 720 }, pages: [{ slide: 1, kind: 'slide', title: 'One' }], warnings: [] };

describe('the print handle before the print view has loaded', () => {
  it('is there at once, says it is loading, and settles with the print view it adopts', async () => {
    const holder: { __docentPrint?: PrintHandle } = {};
    const pending = installPendingPrintHandle(holder);
    // What the exporter took right after the page loaded.
    const early = holder.__docentPrint!;
    expect(early.status()).toEqual({ stage: 'loading', mapsDrawn: 0, mapsTotal: 0, error: null });
    const status: PrintStatus = { stage: 'drawing', mapsDrawn: 1, mapsTotal: 2, error: null };
    const view: PrintHandle = { ready: Promise.resolve(plan), status: () => status };
    holder.__docentPrint = view;
    pending.adopt(view);
    expect(early.status()).toEqual(status);
    await expect(early.ready).resolves.toEqual(plan);
  });

  it('rejects with the print view\'s reason, and with its own when the view cannot be loaded', async () => {
    const holder: { __docentPrint?: PrintHandle } = {};
    const first = installPendingPrintHandle(holder);
    const early = holder.__docentPrint!;
    first.adopt({ ready: Promise.reject(new Error('deck.md:3: bad map')), status: () => ({ stage: 'failed', mapsDrawn: 0, mapsTotal: 0, error: 'deck.md:3: bad map' }) });
    await expect(early.ready).rejects.toThrow('deck.md:3: bad map');

    const second = installPendingPrintHandle(holder);
    const standIn = holder.__docentPrint!;
    second.adopt(standIn); // itself: ignored
    second.fail(new Error('Failed to fetch dynamically imported module'));
    await expect(standIn.ready).rejects.toThrow(/could not be loaded: Failed to fetch/);
    expect(standIn.status()).toMatchObject({ stage: 'failed' });
  });
});
