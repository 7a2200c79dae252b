// Electron's side of "never lose an edit". The renderer knows whether its editor holds unsaved text;
// main only asks the user, at the two moments it decides alone: closing a window, opening another deck.
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { DocentServices } from '../host/docent-services';

const keptNote = 'They are kept as a recovery copy and offered the next time you open this deck.';

/**
 * A page with unsaved edits refuses to unload (its beforeunload handler says so); Electron then
 * emits will-prevent-unload instead of showing a browser prompt, and main asks.
 */
export function askBeforeClosingUnsaved(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Close without saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'This deck has unsaved changes.',
      detail: keptNote,
    });
    // Preventing will-prevent-unload overrides the page's refusal: the window closes.
    if (choice === 0) event.preventDefault();
  });
}

/**
 * Before another deck replaces the open one. The editor keeps a recovery copy of unsaved text with
 * the host, so the host can tell without a round trip to the renderer.
 */
export async function mayLeaveDeck(services: DocentServices, window: BrowserWindow | null): Promise<boolean> {
  const folder = services.store.folder;
  if (!folder) return true;
  const deck = services.store.deck;
  const copy = await services.loadRecovery({ folder, fileName: deck.fileName }).catch(() => null);
  if (!copy || copy.text === deck.text) return true;
  const options: MessageBoxOptions = {
    type: 'question',
    buttons: ['Open the other deck', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Unsaved changes',
    message: `${deck.fileName} has unsaved changes.`,
    detail: keptNote,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response === 0;
}
