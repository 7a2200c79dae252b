// File → Export → PowerPoint…, HTML (one file)… and Images (PNG)… in the app: a save (or folder)
// dialog, then the shared exporter of src/host/export in the background, with the same progress bar,
// Cancel and error box as Export PDF… (export-window.ts). Thin: the work is the command line's.
import { dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { isDocentError } from '../core/errors';
import { printQuery } from '../shared/print-plan';
import type { DocentServices } from '../host/docent-services';
import { exportHtml } from '../host/export/html/export-html';
import { exportPng } from '../host/export/export-png';
import { exportPptx } from '../host/export/pptx/export-pptx';
import type { ProgressListener } from '../host/export/export-progress';
import { appOrigin } from './app-protocol';
import { createElectronPrinter } from './export-window';

/** The print view as the PowerPoint and image exports measure it: one page per slide, every fragment shown. */
const slidesView = `${appOrigin}/print?${printQuery({ layout: 'slides', paper: 'a4', fragments: false, range: null, annotations: false })}`;

/** The deck's title as a file name suggestion (its folder's name when the deck does not parse). */
function suggestedName(services: DocentServices, extension: string): string {
  const deck = services.store.deck;
  const title = services.store.parsed?.meta.title ?? path.basename(deck.folder);
  return path.join(deck.folder, `${title.replace(/[\\/:*?"<>|]+/g, '-')}${extension}`);
}

/** Runs one export as the app runs them all: one at a time, progress to every window and the taskbar, failures in a box. */
async function runInBackground(services: DocentServices, parent: BrowserWindow | null, what: string, work: (signal: AbortSignal, report: ProgressListener) => Promise<{ warnings: string[] }>): Promise<void> {
  try {
    const done = await services.exports.run((signal, report) =>
      work(signal, (progress) => {
        report(progress);
        if (parent && !parent.isDestroyed()) parent.setProgressBar(progress.stage === 'done' ? -1 : progress.fraction);
      }),
    );
    if (done.warnings.length) void dialog.showMessageBox({ type: 'warning', message: `The ${what} was exported, with warnings`, detail: done.warnings.join('\n') });
  } catch (error) {
    if (isDocentError(error) && error.code === 'EXPORT_CANCELLED') return;
    dialog.showErrorBox(`Docent could not export the ${what}`, isDocentError(error) ? error.describe() : String(error));
  } finally {
    if (parent && !parent.isDestroyed()) parent.setProgressBar(-1);
  }
}

function busy(services: DocentServices): boolean {
  if (services.exports.busy) void dialog.showMessageBox({ type: 'info', message: 'An export is already running.', detail: 'Wait for it, or cancel it from the progress bar.' });
  return services.exports.busy;
}

export async function exportPptxFromMenu(services: DocentServices, parent: BrowserWindow | null): Promise<void> {
  const parsed = services.store.parsed;
  if (busy(services) || !parsed) return;
  const target = await dialog.showSaveDialog({ title: 'Export PowerPoint', defaultPath: suggestedName(services, '.pptx'), filters: [{ name: 'PowerPoint', extensions: ['pptx'] }] });
  if (target.canceled || !target.filePath) return;
  const file = target.filePath;
  const deck = services.store.deck;
  const printer = createElectronPrinter();
  try {
    await runInBackground(services, parent, 'PowerPoint file', (signal, onProgress) => exportPptx({ printer, url: slidesView, deck: parsed, folder: deck.folder, deckFileName: deck.fileName, file, fragments: false, signal, onProgress }));
  } finally {
    await printer.close();
  }
}

export async function exportHtmlFromMenu(services: DocentServices, parent: BrowserWindow | null): Promise<void> {
  const parsed = services.store.parsed;
  if (busy(services) || !parsed) return;
  const target = await dialog.showSaveDialog({ title: 'Export HTML', defaultPath: suggestedName(services, '.html'), filters: [{ name: 'Web page (one file)', extensions: ['html'] }] });
  if (target.canceled || !target.filePath) return;
  const file = target.filePath;
  const deck = services.store.deck;
  await runInBackground(services, parent, 'HTML file', (signal, onProgress) => exportHtml({ deck: parsed, source: deck, lookupPlaces: (names) => services.lookupPlaces({ names }), file, signal, onProgress }));
}

export async function exportPngFromMenu(services: DocentServices, parent: BrowserWindow | null): Promise<void> {
  if (busy(services) || !services.store.parsed) return;
  const deck = services.store.deck;
  const target = await dialog.showOpenDialog({ title: 'Export images: choose or make a folder', defaultPath: deck.folder, properties: ['openDirectory', 'createDirectory'] });
  const [folder] = target.filePaths;
  if (target.canceled || !folder) return;
  const printer = createElectronPrinter();
  try {
    await runInBackground(services, parent, 'images', (signal, onProgress) => exportPng({ printer, url: slidesView, folder, deck, scale: 1, signal, onProgress }));
  } finally {
    await printer.close();
  }
}
