// The Printer of the command line: Chromium driven by Playwright, printing with page.pdf.
import type { Browser } from 'playwright-core';
import { DocentError } from '../../core/errors';
import type { Printer } from './printer';

export interface PlaywrightPrinterOptions {
  /** A Chromium binary; undefined uses Playwright's own (see find-chromium.ts). */
  executablePath: string | undefined;
}

export interface PlaywrightPrinter extends Printer {
  /** Starts Chromium now, so its launch overlaps whatever the caller does before the first open. */
  warmUp(): void;
}

export function createPlaywrightPrinter(options: PlaywrightPrinterOptions): PlaywrightPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = (): Promise<Browser> => {
    browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath: options.executablePath,
        args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
      }),
    );
    return browser;
  };

  return {
    warmUp() {
      // A failed launch is reported by the open that awaits it.
      launch().catch(() => undefined);
    },
    async open(url, openOptions) {
      const context = await (await launch()).newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: openOptions?.scale ?? 1 });
      // The deck prints offline, as it presents: nothing but the app's own origin is fetched.
      const origin = new URL(url).origin;
      await context.route('**/*', (route) => (isOwnRequest(route.request().url(), origin) ? route.continue() : route.abort('blockedbyclient')));
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // Playwright's own error names the URL, whose fragment holds the access token: not for a log.
      const response = await page.goto(url, { waitUntil: 'load' }).catch(async (error: unknown) => {
        await context.close();
        throw new DocentError('EXPORT_FAILED', `the print view did not load: ${redactUrls(pageMessage(error))}`);
      });
      if (!response?.ok()) {
        await context.close();
        throw new DocentError('EXPORT_FAILED', `the print view did not load (HTTP ${response?.status() ?? 'no response'})`);
      }
      return {
        async evaluate(expression) {
          try {
            return await page.evaluate(expression);
          } catch (error) {
            const first = pageErrors[0];
            throw new Error(`${pageMessage(error)}${first ? ` (page error: ${first})` : ''}`, { cause: error });
          }
        },
        async pdf() {
          return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, displayHeaderFooter: false, margin: { top: '0', right: '0', bottom: '0', left: '0' } }));
        },
        async screenshot(box) {
          // Document coordinates: the print view is one long page of slides.
          return new Uint8Array(await page.screenshot({ type: 'png', fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: box.height }, animations: 'disabled' }));
        },
        close: () => context.close(),
      };
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running).close();
    },
  };
}

function redactUrls(message: string): string {
  return message.replace(/https?:\/\/\S+/g, '<print view>');
}

/** Playwright wraps what the page threw in its own text; keep the page's message. */
function pageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /Error: (.*)/.exec(message.split('\n')[0] ?? '')?.[1] ?? message.split('\n')[0] ?? message;
}

function isOwnRequest(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
}
