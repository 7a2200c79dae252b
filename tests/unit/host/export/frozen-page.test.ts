// A hostile deck can freeze the print view (a pathological slide keeps its script busy). The
// export's timeout is kept outside the page, so it ends the export on time even then: no wait on
// the frozen page (loading, status reads, closing) outlasts it. (Finding 4 of the second review:
// `--timeout 10` was still running after 90 s.)
import { describe, expect, it } from 'vitest';
import { exportDeck } from '../../../../src/host/export/export-deck';
import type { PrintPage, Printer } from '../../../../src/host/export/printer';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

function frozenPrinter(where: 'load' | 'script'): Printer & { pageClosed: boolean } {
  const printer = {
    pageClosed: false,
    async open(): Promise<PrintPage> {
      // A page whose script never yields: its load never completes, or it loads and then answers nothing.
      if (where === 'load') return never();
      return { evaluate: () => never(), pdf: () => never(), close: () => never() };
    },
    async close() {},
  };
  return printer;
}

describe('the export deadline', () => {
  for (const where of ['load', 'script'] as const) {
    it(`ends an export whose page freezes (${where === 'load' ? 'while loading' : 'after loading'}) at the timeout, with a reason`, async () => {
      const started = Date.now();
      const failure = await exportDeck({ printer: frozenPrinter(where), url: 'http://127.0.0.1/print', readyTimeoutMs: 1_000 }).catch((error: unknown) => error);
      const took = Date.now() - started;
      expect(failure).toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('not ready to print after 1 s') });
      // The timeout, plus at most one status read and the page's close grace — never open-ended.
      expect(took).toBeGreaterThanOrEqual(950);
      expect(took).toBeLessThan(1_000 + 2_000 + 5_000 + 1_500);
    });
  }

  it('a cancel ends it at once even while the page is frozen', async () => {
    const cancel = new AbortController();
    const started = Date.now();
    const running = exportDeck({ printer: frozenPrinter('load'), url: 'http://127.0.0.1/print', readyTimeoutMs: 60_000, signal: cancel.signal }).catch((error: unknown) => error);
    setTimeout(() => cancel.abort(), 100);
    expect(await running).toMatchObject({ code: 'EXPORT_CANCELLED' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
