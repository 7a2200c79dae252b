// docent export <deck> --pdf <file> [--notes|--handout] [--paper a4|letter] [--fragments] [--range 2-5]
// Prints through Chromium with Playwright: the deck is served by a private browser host on loopback
// and its /print view is printed, as the app prints it with Electron.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DocentError, isDocentError, type ErrorCode } from '../../core/errors';
import { parseDeck } from '../../core/deck/parse-deck';
import type { ExportOptions } from '../../shared/api';
import { printQuery } from '../../shared/print-plan';
import { appPaths } from '../../host/app-paths';
import { createServices } from '../../host/docent-services';
import { startBrowserHost } from '../../host/http/browser-host';
import { loadGazetteer } from '../../host/load-gazetteer';
import { checkWritable, exportDeckToFile } from '../../host/export/export-to-file';
import { chromiumExecutable } from '../../host/export/find-chromium';
import { parseSlideRange } from '../../host/export/parse-range';
import { createPlaywrightPrinter } from '../../host/export/playwright-printer';
import { exitStatus, type CliIO, type Command } from '../cli-io';

const help = `Usage: docent export <deck> --pdf <file> [options]

Exports the deck (a folder with deck.md, or a .md file) as a PDF, one 16:9 page per slide.
  --pdf FILE            where to write the PDF (an existing file is replaced only once the new one is complete)
  --notes               add each slide's speaker notes on a page after it
  --handout             slide and notes together on portrait paper pages
  --paper a4|letter     paper of the handout pages (default a4)
  --fragments           one page per fragment step instead of one per slide
  --range 2-5           only these slides (as numbered by the slide counter); also 3 or 4-
  --annotations         draw the presenter's kept pen strokes (deck.drawings.json) on the slides
  --timeout SECONDS     how long the deck may take to be ready to print (default 120)

Progress goes to stderr; the PDF's path is printed on stdout once written.
Exit status: 0 written, 1 export failed, 2 bad options, 3 the deck cannot be read, 130 cancelled.`;

/** Exit status for each error code an export can end with. */
const statusByCode: Partial<Record<ErrorCode, number>> = {
  REQUEST_INVALID: exitStatus.usage,
  DECK_NOT_FOUND: exitStatus.input,
  DECK_INVALID: exitStatus.input,
  DECK_TOO_LARGE: exitStatus.input,
  MAP_BLOCK_INVALID: exitStatus.input,
  EXPORT_CANCELLED: 130,
};

export const exportCommand: Command = async (argv, io) => {
  try {
    return await runExport(argv, io);
  } catch (error) {
    if (!isDocentError(error)) throw error;
    io.stderr(`docent export: ${error.describe()}\n`);
    return statusByCode[error.code] ?? exitStatus.failure;
  }
};

async function runExport(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pdf: { type: 'string' },
      notes: { type: 'boolean', default: false },
      handout: { type: 'boolean', default: false },
      paper: { type: 'string', default: 'a4' },
      fragments: { type: 'boolean', default: false },
      range: { type: 'string' },
      annotations: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '120' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(`${help}\n`);
    return exitStatus.ok;
  }
  const [deckArgument, ...extra] = positionals;
  if (!deckArgument) throw new DocentError('REQUEST_INVALID', 'name the deck to export: docent export <deck> --pdf <file>');
  if (extra.length) throw new DocentError('REQUEST_INVALID', `one deck at a time (also got "${extra.join(' ')}")`);
  if (!values.pdf) throw new DocentError('REQUEST_INVALID', 'say where to write the PDF: --pdf <file>');
  if (values.notes && values.handout) throw new DocentError('REQUEST_INVALID', '--notes and --handout cannot be combined (a handout already has the notes)');
  if (values.fragments && values.handout) throw new DocentError('REQUEST_INVALID', '--fragments cannot be combined with --handout (a handout shows each slide once)');
  if (values.paper !== 'a4' && values.paper !== 'letter') throw new DocentError('REQUEST_INVALID', `--paper must be a4 or letter, not "${values.paper}"`);
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new DocentError('REQUEST_INVALID', `--timeout must be a number of seconds, not "${values.timeout}"`);
  if (!existsSync(path.join(appPaths.rendererRoot, 'index.html'))) throw new DocentError('EXPORT_FAILED', 'the app is not built yet; run "npm run build" first');

  const file = path.resolve(io.cwd, values.pdf);
  await checkWritable(file);
  const services = createServices({ settingsFolder: null, loadPlaces: loadGazetteer, watch: false });
  try {
    const deck = await services.openDeck({ path: path.resolve(io.cwd, deckArgument) });
    const slideCount = parseDeck(deck.text).slides.length;
    if (slideCount === 0) throw new DocentError('EXPORT_FAILED', `${deck.fileName} has no slides to export`);
    const options: ExportOptions = {
      layout: values.handout ? 'handout' : values.notes ? 'notes' : 'slides',
      paper: values.paper,
      fragments: values.fragments,
      annotations: values.annotations,
      range: values.range === undefined ? null : parseSlideRange(values.range, slideCount),
    };
    const printer = createPlaywrightPrinter({ executablePath: chromiumExecutable() });
    const host = await startBrowserHost({ services, rendererRoot: appPaths.rendererRoot });
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let lastLine = '';
    try {
      const exported = await exportDeckToFile({
        printer,
        url: `${host.origin}/print?token=${encodeURIComponent(host.token)}&${printQuery(options)}`,
        file,
        signal: cancel.signal,
        readyTimeoutMs: timeoutSeconds * 1000,
        onProgress: (progress) => {
          const line = `docent export: ${String(Math.round(progress.fraction * 100)).padStart(3)}% ${progress.message}`;
          if (line !== lastLine) io.stderr(`${line}\n`);
          lastLine = line;
        },
      });
      for (const warning of exported.plan.warnings) io.stderr(`docent export: warning: ${warning}\n`);
      io.stdout(`${file}\n`);
      return exitStatus.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await printer.close().catch(() => undefined);
      await host.close();
    }
  } finally {
    await services.close();
  }
}
