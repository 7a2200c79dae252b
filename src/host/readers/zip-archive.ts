// A zip container (Word, OpenDocument, EPUB) unpacked within limits: the central directory's sizes are
// checked before anything is inflated, so a zip bomb is refused instead of filling memory.
import { unzipSync } from 'fflate';
import { DocentError } from '../../core/errors';
import { maxCompressionRatio, maxUnzippedBytes, maxZipEntries } from './reader-limits';

export type ZipEntries = Map<string, Uint8Array>;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

interface EntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

/** The entries' names and sizes, from the central directory, without inflating anything. */
export function listZip(bytes: Uint8Array): EntryInfo[] {
  const entries: EntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw new DocentError('DOCUMENT_CORRUPT', `the file is damaged (its zip container cannot be read: ${(error as Error).message})`);
  }
  return entries;
}

/** Unpacks the entries `wanted` accepts after checking the whole archive against the limits. */
export function unzipWithin(bytes: Uint8Array, wanted: (name: string) => boolean): ZipEntries {
  const entries = listZip(bytes);
  if (entries.length > maxZipEntries) throw new DocentError('DOCUMENT_CORRUPT', `the file's zip container has ${entries.length} entries (more than ${maxZipEntries}); refused`);
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    if (entry.originalSize > 1024 * 1024 && entry.originalSize > entry.size * maxCompressionRatio) {
      throw new DocentError('DOCUMENT_CORRUPT', `the file looks like a zip bomb (${entry.name} would expand ${Math.round(entry.originalSize / Math.max(1, entry.size))} times); refused`);
    }
  }
  if (total > maxUnzippedBytes) throw new DocentError('DOCUMENT_CORRUPT', `the file would unpack to ${Math.round(total / 1024 / 1024)} MB (more than ${maxUnzippedBytes / 1024 / 1024} MB); refused`);
  try {
    const files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
    const out: ZipEntries = new Map();
    for (const [name, data] of Object.entries(files)) {
      const declared = entries.find((entry) => entry.name === name)?.originalSize ?? 0;
      // An entry that inflates to more than its header said is lying about its size.
      if (data.length > declared) throw new Error(`${name} is larger than its zip header says`);
      out.set(name, data);
    }
    return out;
  } catch (error) {
    throw new DocentError('DOCUMENT_CORRUPT', `the file is damaged (${(error as Error).message})`);
  }
}

export function textEntry(entries: ZipEntries, name: string): string | null {
  const data = entries.get(name);
  return data ? new TextDecoder('utf-8').decode(data) : null;
}
