// Where the presenter left each deck (slide and timer), kept in the user's settings folder so that
// reopening a deck can offer to resume there. Writes are coalesced: a talk publishes a state on
// every key press, the file is written at most once a second.
import path from 'node:path';
import { z } from 'zod';
import { presenterMemorySchema, type PresenterMemory, type PresenterTimer, type Rehearsal } from '../shared/api';
import { readJsonFile, writeJsonFile } from './json-file';

const maxDecks = 50;
const fileSchema = z.record(z.string(), presenterMemorySchema.extend({ savedAt: z.number() }));
type MemoryFile = z.infer<typeof fileSchema>;

const freshTimer: PresenterTimer = { elapsedMs: 0, minutes: null };

export class PresenterMemoryStore {
  private cache: MemoryFile | null = null;
  private flushTimer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly settingsFolder: string | null,
    private readonly delayMs = 1000,
  ) {}

  async recall(deckFolder: string): Promise<PresenterMemory | null> {
    const entry = (await this.load())[deckFolder];
    if (!entry) return null;
    return entry.rehearsal ? { slide: entry.slide, timer: entry.timer, rehearsal: entry.rehearsal } : { slide: entry.slide, timer: entry.timer };
  }

  async rememberSlide(deckFolder: string, slide: PresenterMemory['slide']): Promise<void> {
    const all = await this.load();
    all[deckFolder] = { ...all[deckFolder], slide, timer: all[deckFolder]?.timer ?? freshTimer, savedAt: Date.now() };
    this.scheduleFlush();
  }

  async rememberTimer(deckFolder: string, timer: PresenterTimer): Promise<void> {
    const all = await this.load();
    all[deckFolder] = { ...all[deckFolder], slide: all[deckFolder]?.slide ?? { h: 0, v: 0, f: -1 }, timer, savedAt: Date.now() };
    this.scheduleFlush();
  }

  /** The deck's last rehearsal replaces the one before. */
  async rememberRehearsal(deckFolder: string, rehearsal: Rehearsal): Promise<void> {
    const all = await this.load();
    all[deckFolder] = { slide: all[deckFolder]?.slide ?? { h: 0, v: 0, f: -1 }, timer: all[deckFolder]?.timer ?? freshTimer, rehearsal, savedAt: Date.now() };
    this.scheduleFlush();
  }

  /** Writes what is pending now (on quit). */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (!this.settingsFolder || !this.cache) return;
    // Only the most recently presented decks are kept.
    const kept = Object.fromEntries(
      Object.entries(this.cache)
        .sort(([, a], [, b]) => b.savedAt - a.savedAt)
        .slice(0, maxDecks),
    );
    this.writing = this.writing.then(async () => {
      await writeJsonFile(this.file(), kept, { indent: true });
    });
    await this.writing.catch(() => undefined);
  }

  private scheduleFlush(): void {
    if (!this.settingsFolder || this.flushTimer) return;
    this.flushTimer = setTimeout(() => void this.flush(), this.delayMs);
    this.flushTimer.unref?.();
  }

  private async load(): Promise<MemoryFile> {
    if (this.cache) return this.cache;
    // No file yet, or one we cannot read: start afresh rather than refuse to present.
    const loaded: MemoryFile = (this.settingsFolder ? await readJsonFile(this.file(), fileSchema) : null) ?? {};
    this.cache ??= loaded;
    return this.cache;
  }

  private file(): string {
    return path.join(this.settingsFolder ?? '', 'presentations.json');
  }
}
