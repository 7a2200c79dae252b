// Electron main: lifecycle, the deck window, menus, IPC. Thin: the work is in src/host services.
import { app, BrowserWindow, dialog, screen } from 'electron';
import path from 'node:path';
import { isDocentError } from '../core/errors';
import { appPaths } from '../host/app-paths';
import { createServices } from '../host/docent-services';
import { loadGazetteer } from '../host/offline-gazetteer';
import { registerSchemes, serveProtocols } from './app-protocol';
import { registerIpc } from './ipc';
import { exportPdfFromMenu } from './export-window';
import { exportHtmlFromMenu, exportPngFromMenu, exportPptxFromMenu } from './export-formats';
import { newDeckFromDocument } from './new-deck-from-document';
import { buildMenu } from './menu';
import { electronDisplays, simulatedDisplays } from './display-source';
import { PresenterWindows } from './presenter-windows';
import { createDeckWindow } from './windows';
import { mayLeaveDeck } from './unsaved-edits';

registerSchemes();
// A second copy hands its command line to the first (second-instance) and does nothing else.
if (app.requestSingleInstanceLock()) void main();
else app.quit();

/** The deck named on the command line (`docent-app path/to/deck`), if any. */
function deckFromArgs(argv: string[]): string | null {
  const candidate = argv.slice(app.isPackaged ? 1 : 2).find((arg) => !arg.startsWith('-'));
  return candidate ? path.resolve(candidate) : null;
}

async function main(): Promise<void> {
  // Decks handed over by another `docent` while this one starts are opened once it has started.
  const handedOver: string[] = [];
  let openHandedOver = (target: string): void => void handedOver.push(target);
  app.on('second-instance', (_event, argv) => {
    const target = deckFromArgs(argv);
    if (target) openHandedOver(target);
    BrowserWindow.getAllWindows()[0]?.focus();
  });
  // macOS hands a deck opened from the Finder (or dropped on the Dock icon) over as an event, at launch too.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openHandedOver(file);
  });
  await app.whenReady();
  // DOCENT_SIMULATED_DISPLAYS (JSON) stands in for the real screens, so tests can place windows on a projector that is not there.
  const displays = process.env.DOCENT_SIMULATED_DISPLAYS ? simulatedDisplays(process.env.DOCENT_SIMULATED_DISPLAYS) : electronDisplays(screen);
  const presenter = new PresenterWindows(displays, (page) => createDeckWindow(page));
  const services = createServices({
    settingsFolder: process.env.DOCENT_SETTINGS_DIR ?? app.getPath('userData'),
    loadPlaces: loadGazetteer,
    presenterWindows: { openSpeakerView: async () => void (await presenter.openSpeakerView()) },
  });
  serveProtocols(appPaths.rendererRoot, services);
  registerIpc(services, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) presenter.audience();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => void services.close());

  const open = async (target: string): Promise<boolean> => {
    if (!(await mayLeaveDeck(services, BrowserWindow.getFocusedWindow()))) return false;
    try {
      await services.openChosenDeck(target);
      await refreshMenu();
      return true;
    } catch (error) {
      const message = isDocentError(error) ? error.describe() : String(error);
      dialog.showErrorBox('Docent could not open this deck', `${message}\n\nThe deck that was open stays open.`);
      return false;
    }
  };
  const refreshMenu = () =>
    buildMenu({
      openDeck: async () => {
        const choice = await dialog.showOpenDialog({
          title: 'Open deck',
          properties: ['openFile', 'openDirectory'],
          filters: [{ name: 'Deck (deck.md or folder)', extensions: ['md', 'markdown'] }],
        });
        const [picked] = choice.filePaths;
        if (!choice.canceled && picked) await open(picked);
      },
      newDeckFromDocument: () => void newDeckFromDocument(open),
      openRecent: (folder) => void open(folder),
      openSpeakerView: () => void presenter.openSpeakerView(),
      startPresenting: () => void presenter.startPresenting(),
      stopPresenting: () => {
        presenter.stopPresenting();
        // The phone remote listens only while presenting.
        void services.stopRemote({});
      },
      exportPdf: () => void exportPdfFromMenu(services, BrowserWindow.getFocusedWindow()),
      exportPptx: () => void exportPptxFromMenu(services, BrowserWindow.getFocusedWindow()),
      exportHtml: () => void exportHtmlFromMenu(services, BrowserWindow.getFocusedWindow()),
      exportPng: () => void exportPngFromMenu(services, BrowserWindow.getFocusedWindow()),
      recent: () => services.recentDecks({}),
    });

  if (!(await open(deckFromArgs(process.argv) ?? appPaths.defaultDeck))) await open(appPaths.defaultDeck);
  await refreshMenu();
  presenter.audience();
  openHandedOver = (target) => void open(target);
  for (const target of handedOver.splice(0)) void open(target);
}
