// The "File → Recent" list, kept in the user's settings folder (not in any deck).
import path from 'node:path';
import { z } from 'zod';
import type { RecentDeck } from '../shared/api';
import { readJsonFile, writeJsonFile } from './json-file';

const maxRecent = 10;
const recentFileSchema = z.array(z.object({ folder: z.string(), title: z.string() }));

export class RecentDecks {
  constructor(private readonly settingsFolder: string | null) {}

  async list(): Promise<RecentDeck[]> {
    if (!this.settingsFolder) return [];
    return ((await readJsonFile(this.file(), recentFileSchema)) ?? []).slice(0, maxRecent);
  }

  async remember(deck: RecentDeck): Promise<void> {
    if (!this.settingsFolder) return;
    const others = (await this.list()).filter((entry) => entry.folder !== deck.folder);
    await writeJsonFile(this.file(), [deck, ...others].slice(0, maxRecent), { indent: true });
  }

  private file(): string {
    return path.join(this.settingsFolder ?? '', 'recent-decks.json');
  }
}
