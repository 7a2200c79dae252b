// Recovery copies of unsaved deck text, kept in the settings folder (never in the deck's folder, so
// they are not mistaken for deck files, synced or committed with it). One file per deck, named by a
// hash of the deck's path; written atomically so a crash mid-write cannot destroy the previous copy.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { recoveryCopySchema, type RecoveryCopy } from '../shared/api';
import { readJsonFile, writeJsonFile } from './json-file';

export type { RecoveryCopy };
export type DeckRef = Pick<RecoveryCopy, 'folder' | 'fileName'>;

export function deckKey(deck: DeckRef): string {
  return createHash('sha256').update(path.resolve(deck.folder, deck.fileName)).digest('hex').slice(0, 32);
}

function sameDeck(a: DeckRef, b: DeckRef): boolean {
  return path.resolve(a.folder, a.fileName) === path.resolve(b.folder, b.fileName);
}

export class RecoveryStore {
  /** Without a settings folder, copies live only as long as the process (better than nothing). */
  private readonly memory = new Map<string, RecoveryCopy>();

  constructor(
    private readonly settingsFolder: string | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get folder(): string | null {
    return this.settingsFolder ? path.join(this.settingsFolder, 'recovery') : null;
  }

  async save(copy: Omit<RecoveryCopy, 'savedAt'>): Promise<RecoveryCopy> {
    const stored: RecoveryCopy = { folder: copy.folder, fileName: copy.fileName, text: copy.text, baseVersion: copy.baseVersion, savedAt: this.now().toISOString() };
    const folder = this.folder;
    if (!folder) {
      this.memory.set(deckKey(copy), stored);
      return stored;
    }
    await writeJsonFile(this.file(copy), stored);
    return stored;
  }

  /** The copy for this deck, or null when there is none (or it is unreadable: nothing to offer). */
  async load(deck: DeckRef): Promise<RecoveryCopy | null> {
    if (!this.folder) return this.memory.get(deckKey(deck)) ?? null;
    const copy = await readJsonFile(this.file(deck), recoveryCopySchema);
    return copy && sameDeck(copy, deck) ? copy : null;
  }

  async discard(deck: DeckRef): Promise<void> {
    this.memory.delete(deckKey(deck));
    if (this.folder) await rm(this.file(deck), { force: true });
  }

  private file(deck: DeckRef): string {
    return path.join(this.folder ?? '', `${deckKey(deck)}.json`);
  }
}
