// Opens only regular files. A deck is untrusted: a "picture" or deck.md may be a named pipe (an open
// for reading would wait for a writer, forever), a device (endless bytes) or a sparse file of
// gigabytes. The file is opened non-blocking, then checked on the open handle (no race with a swap
// between a check and the open), and its size is capped before anything is read.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DocentError, type ErrorCode } from '../core/errors';

export interface RegularFile {
  handle: FileHandle;
  size: number;
}

export interface OpenRegularOptions {
  maxBytes: number;
  /** The code a missing or unusable file is reported with. */
  notFound?: ErrorCode;
  tooLarge?: ErrorCode;
}

export async function openRegularFile(file: string, options: OpenRegularOptions): Promise<RegularFile> {
  const name = path.basename(file);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw new DocentError(options.notFound ?? 'IO_FAILED', `cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new DocentError(options.notFound ?? 'IO_FAILED', `${name} is not a regular file`, { file });
    if (info.size > options.maxBytes) {
      throw new DocentError(options.tooLarge ?? 'IO_FAILED', `${name} is larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB`, { file });
    }
    return { handle, size: info.size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/** Reads a whole regular file of at most `maxBytes` (it may not grow past the cap while being read). */
export async function readRegularFile(file: string, options: OpenRegularOptions): Promise<Buffer> {
  const { handle, size } = await openRegularFile(file, options);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(size, 1), 1024 * 1024) + 1);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.maxBytes) throw new DocentError(options.tooLarge ?? 'IO_FAILED', `${path.basename(file)} grew past its size limit while being read`, { file });
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
