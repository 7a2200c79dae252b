// Writes that never leave a truncated file: write a temporary file in the same folder, flush it,
// then rename it over the target (rename is atomic within one file system).
import { open, rename, rm, copyFile, stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DocentError } from '../core/errors';

export interface AtomicWriteOptions {
  /** Keep the previous version as `<file>.bak` (one backup, replaced each time). */
  backup?: boolean;
}

function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes temporary files a killed write left next to `file` (its own name, as writeFileAtomic makes
 * them). Only old ones: a young one may be another Docent's write in progress.
 */
export async function removeStaleTemporaries(file: string, olderThanMs = 10 * 60 * 1000): Promise<number> {
  const folder = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  const pattern = /^[0-9a-f]{12}\.tmp(\.bak)?$/;
  let removed = 0;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !pattern.test(name.slice(prefix.length))) continue;
    const info = await stat(path.join(folder, name)).catch(() => null);
    if (info && Date.now() - info.mtimeMs > olderThanMs) {
      await rm(path.join(folder, name), { force: true }).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = temporaryName(file);
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
    throw new DocentError('WRITE_FAILED', `could not write ${path.basename(file)}: ${reason}`, { file });
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
