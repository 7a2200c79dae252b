// docent export <deck> --pdf <file> [--notes|--handout] [--paper a4|letter] [--fragments] [--range 2-5]
// docent export <deck> --pptx <file> [--fragments]
// docent export <deck> --png <folder> [--scale 2] [--fragments] [--range 2-5]
// docent export <deck> --html <file>
// Drives Chromium with Playwright: the deck is served by a private browser host on loopback and its
// /print view is printed (PDF) or measured and captured (PowerPoint), as the app does with Electron.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DocentError, isDocentError } from '../../core/errors';
import type { ExportOptions, ExportProgress } from '../../shared/api';
import { printQuery } from '../../shared/print-plan';
import { appPaths } from '../../host/app-paths';
import { createServices } from '../../host/docent-services';
import { startBrowserHost, type RunningBrowserHost } from '../../host/http/browser-host';
import { loadGazetteer } from '../../host/offline-gazetteer';
import { checkWritable, exportDeckToFile } from '../../host/export/export-to-file';
import { chromiumExecutable } from '../../host/export/find-chromium';
import { parseSlideRange } from '../../host/export/parse-range';
import { createPlaywrightPrinter } from '../../host/export/playwright-printer';
import { exportPptx } from '../../host/export/pptx/export-pptx';
import { exportPng, maxPngScale } from '../../host/export/export-png';
import { exportHtml } from '../../host/export/html/export-html';
import { exitStatus, exitStatusFor, type CliIO, type Command } from '../cli-io';
import { onInterrupt } from '../interrupt';

const help = `Usage: docent export <deck> --pdf <file> [options]
       docent export <deck> --pptx <file> [--fragments]
       docent export <deck> --png <folder> [--scale 2] [--fragments] [--range 2-5]
       docent export <deck> --html <file>

Exports the deck (a folder with deck.md, or a .md file) as a PDF, one 16:9 page per slide, or as
an editable PowerPoint file (text boxes in the theme's fonts and colours, notes, pictures, tables,
maps as pictures with their places in the alt text), as images, or as one HTML file that presents
offline from any folder (S opens its speaker view).
  --pdf FILE            where to write the PDF (an existing file is replaced only once the new one is complete)
  --pptx FILE           where to write the PowerPoint file (.pptx), replaced in the same way
  --png FOLDER          one PNG per slide (slide-01.png…), or per step with --fragments; the folder is made if missing
  --html FILE           one self-contained HTML file: the deck, its theme, pictures, maps and speaker view, no network
  --scale N             PNG pixels per slide pixel (default 1: 1280×720; 2: 2560×1440)
  --notes               add each slide's speaker notes on a page after it
  --handout             slide and notes together on portrait paper pages
  --paper a4|letter     paper of the handout pages (default a4)
  --fragments           one page (or PowerPoint slide) per fragment step instead of one per slide
  --range 2-5           only these slides (as numbered by the slide counter); also 3 or 4-
  --annotations         draw the presenter's kept pen strokes (deck.drawings.json) on the slides
  --timeout SECONDS     how long the deck may take to be ready to print (default 120); a deck
                        that freezes the print view ends the export then

Progress goes to stderr; the written file's path (each image's, for --png) is printed on stdout.
Exit status: 0 written, 1 export failed, 2 bad options, 3 the deck cannot be read, 4 refused (the
file would replace the deck or one of its files; deck.md links out of its folder), 130 cancelled.`;

/** Errors already told to the user before the clean-up after them (a cancelled export's). */
const reported = new WeakSet<object>();

export const exportCommand: Command = async (argv, io) => {
  try {
    return await runExport(argv, io);
  } catch (error) {
    if (!isDocentError(error)) throw error;
    if (!reported.has(error)) io.stderr(`docent export: ${error.describe()}\n`);
    return exitStatusFor(error.code);
  }
};

/**
 * A cancelled export says so at once, before closing the browser: Chromium may still be starting, and
 * a second Ctrl+C (or the forced exit that follows the first, see interrupt.ts) must not leave the
 * user without the line that says nothing was written. Nothing is written by then: the atomic write
 * has not begun or has removed its temporary file.
 */
function reportIfCancelled(error: unknown, io: CliIO): void {
  if (isDocentError(error) && error.code === 'EXPORT_CANCELLED' && !reported.has(error)) {
    io.stderr(`docent export: ${error.describe()}\n`);
    reported.add(error);
  }
}

async function runExport(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pdf: { type: 'string' },
      pptx: { type: 'string' },
      png: { type: 'string' },
      html: { type: 'string' },
      scale: { type: 'string' },
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
  const formats = (['pdf', 'pptx', 'png', 'html'] as const).filter((format) => values[format] !== undefined);
  if (formats.length === 0) throw new DocentError('REQUEST_INVALID', 'say what to write: --pdf <file>, --pptx <file>, --png <folder> or --html <file>');
  if (formats.length > 1) throw new DocentError('REQUEST_INVALID', `one format at a time (got --${formats.join(' and --')})`);
  // The options that are PDF's alone: each other format refuses them, saying why.
  const refuse = (flags: ReadonlyArray<'notes' | 'handout' | 'range' | 'fragments' | 'annotations'>, why: string) => {
    for (const flag of flags) if (values[flag] !== undefined && values[flag] !== false) throw new DocentError('REQUEST_INVALID', `--${flag} is for ${why}`);
    if (values.paper !== 'a4') throw new DocentError('REQUEST_INVALID', '--paper is for PDF handouts');
  };
  if (values.pptx !== undefined) refuse(['notes', 'handout', 'range'], 'PDF export (a PowerPoint file keeps every slide, its notes in the notes)');
  if (values.png !== undefined) refuse(['notes', 'handout'], 'PDF export (images show the slides)');
  if (values.html !== undefined) refuse(['notes', 'handout', 'range', 'fragments', 'annotations'], 'PDF and image export (the HTML file presents the deck as it is, fragments and all)');
  if (values.scale !== undefined && values.png === undefined) throw new DocentError('REQUEST_INVALID', '--scale is for --png');
  const scale = Number(values.scale ?? '1');
  if (!(scale > 0 && scale <= maxPngScale)) throw new DocentError('REQUEST_INVALID', `--scale must be a number above 0 and at most ${maxPngScale}, not "${values.scale ?? ''}"`);
  const target = values.pdf ?? values.pptx ?? values.png ?? values.html ?? '';
  if (values.notes && values.handout) throw new DocentError('REQUEST_INVALID', '--notes and --handout cannot be combined (a handout already has the notes)');
  if (values.fragments && values.handout) throw new DocentError('REQUEST_INVALID', '--fragments cannot be combined with --handout (a handout shows each slide once)');
  if (values.paper !== 'a4' && values.paper !== 'letter') throw new DocentError('REQUEST_INVALID', `--paper must be a4 or letter, not "${values.paper}"`);
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new DocentError('REQUEST_INVALID', `--timeout must be a number of seconds, not "${values.timeout}"`);
  if (!existsSync(path.join(appPaths.rendererRoot, 'index.html'))) throw new DocentError('EXPORT_FAILED', 'the app is not built yet; run "npm run build" first');

  const file = path.resolve(io.cwd, target);
  // Chromium starts while the deck is read and the private host starts: its launch is the longest
  // single wait before the first page. (The HTML file needs no browser.)
  const printer = createPlaywrightPrinter({ executablePath: values.html === undefined ? chromiumExecutable() : undefined });
  if (values.html === undefined) printer.warmUp();
  const services = createServices({ settingsFolder: null, loadPlaces: loadGazetteer, watch: false });
  try {
    const deck = await services.openChosenDeck(path.resolve(io.cwd, deckArgument));
    // The PNG export checks its folder itself (it may not exist yet, and it is made).
    if (values.png === undefined) await checkWritable(file, deck);
    // The deck as the store parsed it when it opened it (it refuses a deck that does not parse).
    const parsed = services.store.parsed;
    if (!parsed) throw new DocentError('EXPORT_FAILED', `${deck.fileName} does not parse`);
    const slideCount = parsed.slides.length;
    if (slideCount === 0) throw new DocentError('EXPORT_FAILED', `${deck.fileName} has no slides to export`);
    const options: ExportOptions = {
      layout: values.handout ? 'handout' : values.notes ? 'notes' : 'slides',
      paper: values.paper,
      fragments: values.fragments,
      annotations: values.annotations,
      range: values.range === undefined ? null : parseSlideRange(values.range, slideCount),
    };
    const cancel = new AbortController();
    const removeHandlers = onInterrupt(() => cancel.abort());
    let lastLine = '';
    const onProgress = (progress: ExportProgress) => {
      const line = `docent export: ${String(Math.round(progress.fraction * 100)).padStart(3)}% ${progress.message}`;
      if (line !== lastLine) io.stderr(`${line}\n`);
      lastLine = line;
    };
    let host: RunningBrowserHost | null = null;
    try {
      let written: { files: string[]; warnings: string[] };
      if (values.html !== undefined) {
        // The HTML file carries the renderer itself: no browser is needed to write it.
        const exported = await exportHtml({ deck: parsed, source: deck, lookupPlaces: (names) => services.lookupPlaces({ names }), file, signal: cancel.signal, onProgress });
        written = { files: [file], warnings: exported.warnings };
      } else {
        const { origin, token } = (host = await startBrowserHost({ services, rendererRoot: appPaths.rendererRoot }));
        const printUrl = (plan: ExportOptions) => `${origin}/print?${printQuery(plan)}#token=${encodeURIComponent(token)}`;
        const common = { printer, signal: cancel.signal, readyTimeoutMs: timeoutSeconds * 1000, onProgress };
        if (values.png !== undefined) {
          written = await exportPng({ ...common, url: printUrl({ ...options, layout: 'slides' }), folder: file, deck, scale });
        } else if (values.pptx !== undefined) {
          const exported = await exportPptx({
            ...common,
            url: printUrl({ layout: 'slides', paper: 'a4', fragments: false, range: null, annotations: false }),
            deck: parsed,
            folder: deck.folder,
            deckFileName: deck.fileName,
            file,
            fragments: values.fragments,
          });
          written = { files: [file], warnings: exported.warnings };
        } else {
          const exported = await exportDeckToFile({ ...common, url: printUrl(options), file, deck });
          written = { files: [file], warnings: exported.plan.warnings };
        }
      }
      for (const warning of written.warnings) io.stderr(`docent export: warning: ${warning}\n`);
      io.stdout(`${written.files.join('\n')}\n`);
      return exitStatus.ok;
    } catch (error) {
      reportIfCancelled(error, io);
      throw error;
    } finally {
      removeHandlers();
      await host?.close();
    }
  } finally {
    await printer.close().catch(() => undefined);
    await services.close();
  }
}
