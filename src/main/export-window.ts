// File → Export PDF… in the app: a simple options dialog, a save dialog, then the shared exporter
// printing with Electron's printToPDF in a hidden window. Progress goes to every window (a bar with
// Cancel) and to the taskbar. Thin by design: layout, readiness and the PDF work are in src/host/export.
import { BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { isDocentError } from '../core/errors';
import type { ExportOptions } from '../shared/api';
import { printQuery } from '../shared/print-plan';
import type { DocentServices } from '../host/docent-services';
import { exportDeckToFile } from '../host/export/export-to-file';
import type { Printer } from '../host/export/printer';
import { appOrigin } from './app-protocol';
import { lockDown, secureWebPreferences } from './windows';

/** A Printer over hidden, locked-down windows showing the app's /print view. */
export function createElectronPrinter(): Printer {
  const windows = new Set<BrowserWindow>();
  return {
    async open(url) {
      const window = new BrowserWindow({
        show: false,
        width: 1280,
        height: 720,
        useContentSize: true,
        // A hidden window must still lay out and paint, or maps would never report drawn.
        paintWhenInitiallyHidden: true,
        webPreferences: secureWebPreferences,
      });
      window.webContents.setBackgroundThrottling(false);
      windows.add(window);
      lockDown(window);
      await window.loadURL(url);
      return {
        evaluate: (expression) => window.webContents.executeJavaScript(expression, true) as Promise<unknown>,
        async pdf() {
          const data = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, displayHeaderFooter: false, margins: { marginType: 'none' } });
          return new Uint8Array(data);
        },
        async screenshot(box) {
          // capturePage sees the viewport only: scroll the box to the top-left corner first.
          const scrolled = (await window.webContents.executeJavaScript(`(window.scrollTo(${box.x}, ${box.y}), [window.scrollX, window.scrollY])`, true)) as [number, number];
          const image = await window.webContents.capturePage({ x: Math.round(box.x - scrolled[0]), y: Math.round(box.y - scrolled[1]), width: Math.round(box.width), height: Math.round(box.height) });
          return new Uint8Array(image.toPNG());
        },
        async close() {
          windows.delete(window);
          if (!window.isDestroyed()) window.destroy();
        },
      };
    },
    async close() {
      for (const window of windows) if (!window.isDestroyed()) window.destroy();
      windows.clear();
    },
  };
}

const layouts: { label: string; layout: ExportOptions['layout']; paper: ExportOptions['paper'] }[] = [
  { label: 'Slides', layout: 'slides', paper: 'a4' },
  { label: 'Slides and notes', layout: 'notes', paper: 'a4' },
  { label: 'Handout (A4)', layout: 'handout', paper: 'a4' },
  { label: 'Handout (Letter)', layout: 'handout', paper: 'letter' },
];

/** Asks what to export and where, then exports in the background. Never blocks the presentation. */
export async function exportPdfFromMenu(services: DocentServices, parent: BrowserWindow | null): Promise<void> {
  if (services.exports.busy) return void dialog.showMessageBox({ type: 'info', message: 'An export is already running.', detail: 'Wait for it, or cancel it from the progress bar.' });
  const deck = services.store.deck;
  const choice = await dialog.showMessageBox({
    type: 'question',
    title: 'Export PDF',
    message: 'Export the deck as a PDF',
    detail: 'Slides: one 16:9 page per slide. Slides and notes: each slide\'s notes on a page after it. Handout: each slide with its notes on a portrait page.',
    buttons: [...layouts.map((each) => each.label), 'Cancel'],
    defaultId: 0,
    cancelId: layouts.length,
    checkboxLabel: 'One page per fragment step',
    checkboxChecked: false,
  });
  const picked = layouts[choice.response];
  if (!picked) return;
  // The file name is only a suggestion: the deck's title when its text parses, else its folder's name.
  const title = services.store.parsed?.meta.title ?? path.basename(deck.folder);
  const target = await dialog.showSaveDialog({
    title: 'Export PDF',
    defaultPath: path.join(deck.folder, `${title.replace(/[\\/:*?"<>|]+/g, '-')}.pdf`),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (target.canceled || !target.filePath) return;
  const options: ExportOptions = { layout: picked.layout, paper: picked.paper, fragments: picked.layout !== 'handout' && choice.checkboxChecked, range: null, annotations: false };

  const printer = createElectronPrinter();
  try {
    const exported = await services.exports.run((signal, report) =>
      exportDeckToFile({
        printer,
        url: `${appOrigin}/print?${printQuery(options)}`,
        file: target.filePath,
        deck,
        signal,
        onProgress: (progress) => {
          report(progress);
          if (parent && !parent.isDestroyed()) parent.setProgressBar(progress.stage === 'done' ? -1 : progress.fraction);
        },
      }),
    );
    if (exported.plan.warnings.length) void dialog.showMessageBox({ type: 'warning', message: 'The PDF was exported, with warnings', detail: exported.plan.warnings.join('\n') });
  } catch (error) {
    if (isDocentError(error) && error.code === 'EXPORT_CANCELLED') return;
    dialog.showErrorBox('Docent could not export the PDF', isDocentError(error) ? error.describe() : String(error));
  } finally {
    if (parent && !parent.isDestroyed()) parent.setProgressBar(-1);
    await printer.close();
  }
}
