// What the exporter needs of a browser: open a page of the app, ask it questions, print it. Two
// implementations: Playwright's Chromium (command line, browser host) and Electron's printToPDF
// (src/main/export-window.ts). Layout, readiness and post-processing do not know which one runs.
import type { Box } from '../../shared/slide-geometry';

export interface PrintPage {
  /** Evaluates a JavaScript expression in the page and awaits it if it is a promise; the result must be JSON. */
  evaluate(expression: string): Promise<unknown>;
  /** Prints the page at its CSS page size, with backgrounds, without headers or footers. */
  pdf(): Promise<Uint8Array>;
  /**
   * A PNG of this part of the page (document coordinates, CSS pixels), at the page's scale. Both
   * real printers capture; test doubles that only print may leave it out.
   */
  screenshot?(box: Box): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface Printer {
  /** Opens the URL and resolves once the page has loaded. */
  open(url: string, options?: OpenOptions): Promise<PrintPage>;
  /** Releases the browser; pages still open are closed. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Device pixels per CSS pixel for screenshots (2 for sharp pictures); layout is the same. */
  scale?: number;
}
