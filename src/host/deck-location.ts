// Where a deck is: a folder holding deck.md, or a .md file anywhere (its folder is then the deck's folder).
import { stat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../core/errors';

export interface DeckLocation {
  folder: string;
  fileName: string;
}

export const deckFileName = 'deck.md';

export async function locateDeck(target: string, cwd = process.cwd()): Promise<DeckLocation> {
  const absolute = path.resolve(cwd, target);
  const info = await stat(absolute).catch(() => null);
  if (!info) throw new DocentError('DECK_NOT_FOUND', `no deck at ${absolute}`, { file: absolute });
  if (info.isFile()) {
    if (!/\.(md|markdown)$/i.test(absolute)) {
      throw new DocentError('DECK_NOT_FOUND', 'a deck is a folder with deck.md or a .md file', { file: absolute });
    }
    return { folder: path.dirname(absolute), fileName: path.basename(absolute) };
  }
  if (info.isDirectory()) {
    const names = await readdir(absolute);
    if (names.includes(deckFileName)) return { folder: absolute, fileName: deckFileName };
    const markdown = names.filter((name) => /\.(md|markdown)$/i.test(name) && !/^readme\./i.test(name));
    if (markdown.length === 1 && markdown[0]) return { folder: absolute, fileName: markdown[0] };
    throw new DocentError('DECK_NOT_FOUND', `no ${deckFileName} in this folder`, { file: absolute });
  }
  throw new DocentError('DECK_NOT_FOUND', 'not a file or folder', { file: absolute });
}

/** One name per deck, whatever path (symlinked folder, relative, the folder or its file) reached it. */
export async function realDeckKey(target: string): Promise<string> {
  const location = await locateDeck(target);
  return path.join(await realpath(location.folder), location.fileName);
}
