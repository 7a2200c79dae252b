// Writes that never leave a truncated file: write a temporary file in the same folder, flush it,
// then rename it over the target (rename is atomic within one file system).
import { open, rename, rm, copyFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DocentError } from '../core/errors';

export interface AtomicWriteOptions {
  /** Keep the previous version as `<file>.bak` (one backup, replaced each time). */
  backup?: boolean;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup && (await exists(file))) {
      // The backup is written the same way: copied to a temporary name, then renamed over the old one.
      const backupTemp = `${temp}.bak`;
      await copyFile(file, backupTemp);
      await rename(backupTemp, `${file}.bak`);
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    await rm(`${temp}.bak`, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocentError('IO_FAILED', `could not write ${path.basename(file)}: ${reason}`, { file });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
