// New Deck from Document… for the browser host: a document uploaded from the page is read, made into a
// deck in a new folder under the folder the user allowed when starting the server, and opened. One at a
// time; progress goes to every page (a `newDeckProgress` event), and Cancel (any page, or the upload's
// connection closing) stops it with nothing written.
import { DocentError, isDocentError } from '../core/errors';
import type { DeckFile, NewDeckProgress, NewDeckStatus } from '../shared/api';
import { composeDeck } from './generate-deck-folder';
import { writeNewDeckFolder } from './new-deck-folder';
import { supportedExtensions } from './readers/detect-format';
import { readDocumentBytes } from './readers/read-document-file';
import { maxDocumentFileBytes } from './readers/reader-limits';
import { readingCancelled } from './readers/reading-cancelled';

export interface NewDecksOptions {
  /** The folder new decks are made in (real path, checked to exist); null when the user allowed none. */
  folder: string | null;
  report(progress: NewDeckProgress): void;
  /** Opens the new deck as one the user chose. */
  open(folder: string): Promise<DeckFile>;
}

export interface UploadedDocument {
  fileName: string;
  bytes: Uint8Array;
}

export const newDecksOffReason = 'This server makes no new decks: start it with docent serve --new-decks <folder> to allow a folder for them.';

/** Reading takes most of the time; writing and opening the rest of the bar. */
const readShare = 0.9;

export class NewDecks {
  private running: AbortController | null = null;

  constructor(private readonly options: NewDecksOptions) {}

  status(): NewDeckStatus {
    const { folder } = this.options;
    return {
      available: folder !== null,
      folder,
      reason: folder === null ? newDecksOffReason : null,
      maxBytes: maxDocumentFileBytes,
      extensions: supportedExtensions,
      busy: this.running !== null,
    };
  }

  /** Throws when no deck can be made now, before the upload is read. */
  assertAvailable(fileName: string): string {
    const { folder } = this.options;
    if (folder === null) throw new DocentError('PATH_OUTSIDE_DECK', newDecksOffReason, { file: fileName });
    if (this.running) throw new DocentError('REQUEST_INVALID', 'a deck is already being made from a document; wait for it or cancel it', { file: fileName });
    return folder;
  }

  /** The upload -> a new deck folder, opened; `signal` (the upload's connection) cancels it too. */
  async make(upload: UploadedDocument, signal?: AbortSignal): Promise<DeckFile> {
    const folder = this.assertAvailable(upload.fileName);
    const controller = new AbortController();
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop, { once: true });
    if (signal?.aborted) controller.abort();
    this.running = controller;
    const report = (progress: NewDeckProgress) => {
      if (!controller.signal.aborted) this.options.report(progress);
    };
    try {
      report({ stage: 'reading', fraction: 0, message: `Reading ${upload.fileName}` });
      const read = await readDocumentBytes(
        upload.bytes,
        { file: upload.fileName, fileName: upload.fileName, folder: null },
        { signal: controller.signal, onProgress: (fraction, message) => report({ stage: 'reading', fraction: Math.min(1, fraction) * readShare, message }) },
      );
      report({ stage: 'writing', fraction: readShare, message: 'Making the deck' });
      const deck = composeDeck(read, upload.fileName);
      if (controller.signal.aborted) throw readingCancelled();
      const made = await writeNewDeckFolder(folder, upload.fileName, deck, controller.signal);
      const opened = await this.options.open(made);
      this.options.report({ stage: 'done', fraction: 1, message: `Made ${made}` });
      return opened;
    } catch (error) {
      const ended = controller.signal.aborted ? readingCancelled() : error;
      this.options.report(endOf(ended));
      throw ended;
    } finally {
      signal?.removeEventListener('abort', stop);
      this.running = null;
    }
  }

  /** Stops the deck being made; false when none is. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }
}

function endOf(error: unknown): NewDeckProgress {
  if (isDocentError(error) && error.code === 'GENERATE_CANCELLED') return { stage: 'cancelled', fraction: 1, message: 'Cancelled; nothing was written' };
  return { stage: 'failed', fraction: 1, message: isDocentError(error) ? error.describe() : error instanceof Error ? error.message : String(error) };
}
