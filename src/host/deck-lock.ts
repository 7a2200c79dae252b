// One save at a time per deck file: saves of this process queue on a promise chain, and a lock file
// next to the deck (created exclusively) keeps another Docent process out for the moment of the
// check-and-write. A lock left by a killed process is taken over once it is clearly stale.
import { open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../core/errors';

const queues = new Map<string, Promise<unknown>>();
/** A save takes milliseconds; a lock this old was left by a process that died. */
const staleAfterMs = 30_000;
const giveUpAfterMs = 10_000;

export function lockFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

export async function withDeckLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(file) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => withLockFile(file, work));
  queues.set(file, run);
  try {
    return await run;
  } finally {
    if (queues.get(file) === run) queues.delete(file);
  }
}

async function withLockFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = lockFileFor(file);
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o644);
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new DocentError('WRITE_FAILED', `cannot save ${path.basename(file)}: ${(error as Error).message}`, { file });
      if (await isStale(lock)) await rm(lock, { force: true });
      else if (Date.now() - started > giveUpAfterMs) throw new DocentError('WRITE_FAILED', `cannot save ${path.basename(file)}: another program is saving it`, { file });
      else await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true }).catch(() => undefined);
  }
}

/** Left by a process that is gone (its pid no longer runs), or older than any save takes. */
async function isStale(lock: string): Promise<boolean> {
  const info = await stat(lock).catch(() => null);
  if (!info) return false;
  if (Date.now() - info.mtimeMs > staleAfterMs) return true;
  const pid = Number(await readFile(lock, 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - info.mtimeMs > 1000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
