// The "File → Recent" list, kept in the user's settings folder (not in any deck).
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RecentDeck } from '../shared/api';
import { writeFileAtomic } from './atomic-write';

const maxRecent = 10;
const recentFileSchema = z.array(z.object({ folder: z.string(), title: z.string() }));

export class RecentDecks {
  constructor(private readonly settingsFolder: string | null) {}

  async list(): Promise<RecentDeck[]> {
    if (!this.settingsFolder) return [];
    try {
      const parsed = recentFileSchema.safeParse(JSON.parse(await readFile(this.file(), 'utf8')));
      return parsed.success ? parsed.data.slice(0, maxRecent) : [];
    } catch {
      return [];
    }
  }

  async remember(deck: RecentDeck): Promise<void> {
    if (!this.settingsFolder) return;
    const others = (await this.list()).filter((entry) => entry.folder !== deck.folder);
    await mkdir(this.settingsFolder, { recursive: true });
    await writeFileAtomic(this.file(), JSON.stringify([deck, ...others].slice(0, maxRecent), null, 2));
  }

  private file(): string {
    return path.join(this.settingsFolder ?? '', 'recent-decks.json');
  }
}
