// A new deck folder for a document, in a folder the user allowed (docent serve --new-decks): named after
// the document ("report deck", then "report deck 2", …), never an existing one. The files are written into a
// hidden staging folder beside it, which is renamed into place once all of it is written, so the deck
// appears whole or not at all and a failed write leaves nothing behind.
import { lstat, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../core/errors';
import { writeDeckFiles, type GeneratedDeck } from './generate-deck-folder';
import { readingCancelled } from './readers/reading-cancelled';

const maxNameLength = 80;
const maxTries = 1000;
export const stagingPrefix = '.docent-new-deck-';
/** Names Windows will not make a folder of, whatever their extension. */
const reservedNames = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** The folder name a document's file name suggests: its name without the extension, and " deck". */
export function deckFolderName(fileName: string): string {
  const base = fileName
    .normalize('NFC')
    .replace(/\.[^.]*$/, '')
    // Characters some file system or shell will not take in a name.
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const short = [...base].slice(0, maxNameLength).join('').trim();
  return `${short && !reservedNames.test(short) ? short : 'document'} deck`;
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw new DocentError('IO_FAILED', `cannot look at ${file}: ${error.message}`);
    },
  );
}

/** Writes `deck` into a new folder under `parent` and returns that folder. */
export async function writeNewDeckFolder(parent: string, fileName: string, deck: GeneratedDeck, signal?: AbortSignal): Promise<string> {
  let staging: string;
  try {
    staging = await mkdtemp(path.join(parent, stagingPrefix));
  } catch (error) {
    throw new DocentError('WRITE_FAILED', `cannot make a folder in ${parent}: ${(error as Error).message}`);
  }
  try {
    await writeDeckFiles(staging, deck);
    const name = deckFolderName(fileName);
    for (let n = 1; n <= maxTries; n++) {
      if (signal?.aborted) throw readingCancelled();
      const target = path.join(parent, n === 1 ? name : `${name} ${n}`);
      if (await exists(target)) continue;
      try {
        await rename(staging, target);
        return target;
      } catch (error) {
        // Made by someone else since the look: try the next name.
        if (['EEXIST', 'ENOTEMPTY', 'ENOTDIR', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) continue;
        throw new DocentError('WRITE_FAILED', `cannot make the deck folder: ${(error as Error).message}`, { file: target });
      }
    }
    throw new DocentError('WRITE_FAILED', `${maxTries} folders named "${name}" exist already; rename or remove some`, { file: path.join(parent, name) });
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
