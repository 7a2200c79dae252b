// Docent's own small JSON files — recent decks, recovery copies, where the presenter left each deck,
// the pen strokes kept beside a deck — read and written one way. A file that is missing, damaged, of
// another version or not a regular file reads as null, so the caller falls back to "nothing kept"
// rather than refusing to start; writes are atomic, so a crash mid-write keeps the previous file.
// Some of these files sit in a deck folder, which is untrusted: reads go through readRegularFile
// (no FIFOs or devices, a size cap).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { readRegularFile } from './regular-file';

/** Larger than any settings file needs; a recovery copy holds at most a whole deck. */
const defaultMaxBytes = 64 * 1024 * 1024;

export async function readJsonFile<Schema extends z.ZodType>(file: string, schema: Schema, maxBytes = defaultMaxBytes): Promise<z.infer<Schema> | null> {
  try {
    const parsed = schema.safeParse(JSON.parse((await readRegularFile(file, { maxBytes })).toString('utf8')));
    return parsed.success ? (parsed.data as z.infer<Schema>) : null;
  } catch {
    return null;
  }
}

/** Writes the value as JSON (indented when a person may read it), making the file's folder if needed. */
export async function writeJsonFile(file: string, value: unknown, options: { indent?: boolean } = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(value, null, options.indent ? 2 : undefined)}\n`);
}
