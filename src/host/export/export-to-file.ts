// An export written to a file: the folder is checked before any printing starts, and the PDF is
// written atomically (temporary file, then rename), so a failed or cancelled export never leaves a
// truncated PDF nor destroys the one already there.
import { access, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { DocentError } from '../../core/errors';
import { writeFileAtomic } from '../atomic-write';
import { throwIfCancelled } from './abortable';
import { exportDeck, type ExportDeckOptions, type ExportedPdf } from './export-deck';
import { progress } from './export-progress';

export interface ExportToFileOptions extends ExportDeckOptions {
  file: string;
}

export async function exportDeckToFile(options: ExportToFileOptions): Promise<ExportedPdf> {
  const file = path.resolve(options.file);
  await checkWritable(file);
  const exported = await exportDeck(options);
  throwIfCancelled(options.signal);
  options.onProgress?.(progress('writing', `Writing ${path.basename(file)}`));
  await writeFileAtomic(file, exported.bytes);
  const pages = exported.plan.pages.length;
  options.onProgress?.({ ...progress('done', `Exported ${pages} ${pages === 1 ? 'page' : 'pages'} to ${file}`), file });
  return exported;
}

/** Fails fast, before the browser starts, when the PDF could not be written. */
export async function checkWritable(file: string): Promise<void> {
  const folder = path.dirname(file);
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo?.isDirectory()) throw new DocentError('IO_FAILED', `cannot write ${file}: the folder ${folder} does not exist`);
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) throw new DocentError('IO_FAILED', `cannot write ${file}: it is a folder`);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new DocentError('IO_FAILED', `cannot write ${file}: the folder ${folder} is not writable`);
  }
}
