// File → New Deck from Document…: pick a document, pick the deck folder to make (beside the document by
// default), generate it with the same code as `docent generate` while the window's progress bar and title
// show how far reading has come, then open the new deck. Errors are one line in a dialog; nothing is
// written when the document cannot be read.
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { isDocentError } from '../core/errors';
import { generateDeckFolder } from '../host/generate-deck-folder';
import { supportedExtensions } from '../host/readers/detect-format';

export async function newDeckFromDocument(open: (deckFolder: string) => Promise<boolean>): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const picked = await dialog.showOpenDialog({
    title: 'New deck from document',
    properties: ['openFile'],
    filters: [{ name: 'Documents', extensions: supportedExtensions }],
  });
  const [document] = picked.filePaths;
  if (picked.canceled || !document) return;
  const base = path.basename(document).replace(/\.[^.]+$/, '');
  const target = await dialog.showSaveDialog({
    title: 'Deck folder to create',
    buttonLabel: 'Create Deck',
    defaultPath: path.join(path.dirname(document), `${base} deck`),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (target.canceled || !target.filePath) return;

  const title = window?.getTitle();
  const progress = (fraction: number, message: string): void => {
    window?.setProgressBar(Math.max(0.02, Math.min(1, fraction)));
    window?.setTitle(`${message} — ${path.basename(document)}`);
  };
  const generate = (force: boolean) => generateDeckFolder(document, target.filePath as string, { cwd: path.dirname(document), force, onProgress: progress });
  try {
    progress(0, 'Reading');
    try {
      await generate(false);
    } catch (error) {
      if (!isDocentError(error) || error.code !== 'OVERWRITE_REFUSED') throw error;
      const answer = await dialog.showMessageBox({
        type: 'warning',
        message: 'That folder already holds a deck that was edited since Docent made it.',
        detail: 'Replace its deck.md with the new one?',
        buttons: ['Cancel', 'Replace'],
        defaultId: 0,
        cancelId: 0,
      });
      if (answer.response !== 1) return;
      await generate(true);
    }
  } catch (error) {
    dialog.showErrorBox('Docent could not make a deck from this document', isDocentError(error) ? error.describe() : String(error));
    return;
  } finally {
    window?.setProgressBar(-1);
    if (title !== undefined) window?.setTitle(title);
  }
  await open(target.filePath);
}
