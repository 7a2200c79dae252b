// An export written to a file: the folder is checked before any printing starts, and the PDF is
// written atomically (temporary file, then rename), so a failed or cancelled export never leaves a
// truncated PDF nor destroys the one already there.
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { DocentError } from '../../core/errors';
import { writeFileAtomic } from '../atomic-write';
import type { DeckLocation } from '../deck-location';
import { throwIfCancelled } from './abortable';
import { exportDeck, type ExportDeckOptions, type ExportedPdf } from './export-deck';
import { progress } from './export-progress';

export interface ExportToFileOptions extends ExportDeckOptions {
  file: string;
  /** The deck being exported: the PDF may never replace its markdown or any of its files. */
  deck: DeckLocation;
}

export async function exportDeckToFile(options: ExportToFileOptions): Promise<ExportedPdf> {
  const file = path.resolve(options.file);
  await checkWritable(file, options.deck);
  const exported = await exportDeck(options);
  throwIfCancelled(options.signal);
  options.onProgress?.(progress('writing', `Writing ${path.basename(file)}`));
  await writeFileAtomic(file, exported.bytes);
  const pages = exported.plan.pages.length;
  options.onProgress?.({ ...progress('done', `Exported ${pages} ${pages === 1 ? 'page' : 'pages'} to ${file}`), file });
  return exported;
}

/**
 * Fails fast, before the browser starts, when the PDF could not be written, or would replace the
 * deck: its markdown (`--pdf deck.md` once replaced the deck with the PDF), its backup, or any file
 * in its folder but an earlier PDF.
 */
export async function checkWritable(file: string, deck: DeckLocation): Promise<void> {
  await refuseDeckFiles(file, deck);
  const folder = path.dirname(file);
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo?.isDirectory()) throw new DocentError('WRITE_FAILED', `cannot write ${file}: the folder ${folder} does not exist`);
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) throw new DocentError('WRITE_FAILED', `cannot write ${file}: it is a folder`);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new DocentError('WRITE_FAILED', `cannot write ${file}: the folder ${folder} is not writable`);
  }
}

/** What an export writes: an earlier export beside the deck may be replaced, nothing else of its folder. */
const exportExtensions = new Set(['.pdf', '.pptx', '.html']);

async function refuseDeckFiles(file: string, deck: DeckLocation): Promise<void> {
  const real = async (target: string): Promise<string> => realpath(target).catch(() => path.resolve(target));
  const deckFolder = await real(deck.folder);
  const deckFile = path.join(deckFolder, deck.fileName);
  // Where the write lands: the rename replaces a symlink itself, so only the folder is resolved.
  const target = path.join(await real(path.dirname(file)), path.basename(file));
  const refuse = (why: string): never => {
    throw new DocentError('OVERWRITE_REFUSED', `will not write the PDF to ${file}: ${why}`, { file });
  };
  if (target === deckFile || target === `${deckFile}.bak` || (await real(target)) === (await real(deckFile))) refuse(`that is the deck (${deck.fileName})`);
  if (!exportExtensions.has(path.extname(target).toLowerCase())) {
    const inside = target.startsWith(deckFolder + path.sep);
    if (inside && (await lstat(target).catch(() => null))) refuse('that is one of the deck\'s files; name a .pdf, .pptx or .html file');
  }
}
