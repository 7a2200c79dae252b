// The open deck: reads it, checks it parses, saves it atomically without losing anyone's edits,
// and notices when another editor changes it on disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'chokidar';
import { DocentError, isDocentError } from '../core/errors';
import { parseDeck, maxDeckBytes } from '../core/deck/parse-deck';
import { decodeText, encodeText, withLineEndings, type TextEncoding } from '../core/text/decode-text';
import type { Deck } from '../core/deck/deck-model';
import type { DeckFile } from '../shared/api';
import { removeStaleTemporaries, writeFileAtomic } from './atomic-write';
import { confinePath } from './confine-path';
import { locateDeck, type DeckLocation } from './deck-location';

interface OpenDeck extends DeckLocation {
  file: DeckFile;
  encoding: TextEncoding;
  /** The file's text parsed, or null when the text saved last does not parse (it is still the user's work). */
  parsed: Deck | null;
}

export function contentVersion(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** Reads and validates a deck; a deck that does not parse is refused with its file and line. */
export async function readDeck(location: DeckLocation): Promise<OpenDeck> {
  const file = path.join(location.folder, location.fileName);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new DocentError('DECK_NOT_FOUND', `cannot read ${location.fileName}: ${(error as Error).message}`, { file });
  }
  if (bytes.length > maxDeckBytes) throw new DocentError('DECK_TOO_LARGE', `the deck is larger than ${maxDeckBytes / 1024 / 1024} MB`, { file });
  try {
    const decoded = decodeText(bytes, { errors: { binary: 'DECK_INVALID', encoding: 'DECK_INVALID' } });
    const parsed = parseDeck(decoded.text);
    return {
      ...location,
      parsed,
      encoding: decoded.encoding,
      file: { folder: location.folder, fileName: location.fileName, text: decoded.text.replace(/\r\n?/g, '\n'), version: contentVersion(bytes), eol: decoded.eol },
    };
  } catch (error) {
    throw isDocentError(error) ? error.withFile(file) : error;
  }
}

export interface DeckStoreEvents {
  /** The deck on disk changed, not through this store. */
  changedOnDisk(file: DeckFile): void;
}

function parsedOrNull(text: string): Deck | null {
  try {
    return parseDeck(text);
  } catch {
    return null;
  }
}

export class DeckStore {
  private current: OpenDeck | null = null;
  private watcher: FSWatcher | null = null;

  constructor(private readonly events: DeckStoreEvents, private readonly options: { watch: boolean } = { watch: true }) {}

  get deck(): DeckFile {
    if (!this.current) throw new DocentError('DECK_NOT_FOUND', 'no deck is open');
    return this.current.file;
  }

  /** The open deck as parsed when it was read or saved (title, slides…), or null if its saved text does not parse. */
  get parsed(): Deck | null {
    if (!this.current) throw new DocentError('DECK_NOT_FOUND', 'no deck is open');
    return this.current.parsed;
  }

  get folder(): string | null {
    return this.current?.folder ?? null;
  }

  /** Opens a deck; if it cannot be read, the deck that was open stays open. */
  async open(target: string, cwd?: string): Promise<DeckFile> {
    const next = await readDeck(await locateDeck(target, cwd));
    // A save killed half-way (power cut, crash) leaves a hidden temporary file; tidy those up.
    await removeStaleTemporaries(path.join(next.folder, next.fileName));
    await this.close();
    this.current = next;
    if (this.options.watch) this.startWatching(next);
    return next.file;
  }

  /**
   * Saves text written against `baseVersion`. If the file changed on disk since, the save is refused
   * (DECK_CHANGED_ON_DISK) so the user can choose; `force` overwrites knowingly. Keeps one backup.
   */
  async save(text: string, baseVersion: string, force = false): Promise<DeckFile> {
    const open = this.current;
    if (!open) throw new DocentError('DECK_NOT_FOUND', 'no deck is open');
    const target = await confinePath(open.folder, open.fileName);
    const onDisk = await readFile(target).catch(() => null);
    if (onDisk && contentVersion(onDisk) !== baseVersion && !force) {
      throw new DocentError('DECK_CHANGED_ON_DISK', `${open.fileName} changed on disk since it was loaded; reload it or save anyway`, { file: target });
    }
    const bytes = encodeText(withLineEndings(text, open.file.eol), open.encoding);
    await writeFileAtomic(target, bytes, { backup: true });
    open.file = { ...open.file, text: text.replace(/\r\n?/g, '\n'), version: contentVersion(bytes) };
    open.parsed = parsedOrNull(open.file.text);
    return open.file;
  }

  /** Resolves a file the deck refers to (an image), confined to the deck's folder. */
  async assetPath(relative: string): Promise<string> {
    if (!this.current) throw new DocentError('DECK_NOT_FOUND', 'no deck is open');
    return confinePath(this.current.folder, relative);
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
    this.current = null;
  }

  private startWatching(open: OpenDeck): void {
    const file = path.join(open.folder, open.fileName);
    // Editors save by rename or truncate-and-write; awaitWriteFinish waits for the write to settle.
    this.watcher = watch(file, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 } });
    this.watcher.on('all', () => void this.reloadFromDisk(open));
  }

  private async reloadFromDisk(open: OpenDeck): Promise<void> {
    if (this.current !== open) return;
    try {
      const fresh = await readDeck(open);
      if (this.current !== open || fresh.file.version === open.file.version) return;
      open.file = fresh.file;
      open.encoding = fresh.encoding;
      open.parsed = fresh.parsed;
      this.events.changedOnDisk(fresh.file);
    } catch {
      // A half-written or broken file: keep the last good deck; the next change will be read again.
    }
  }
}
