// The presenter's pen strokes for the open deck, by step. They live in memory while presenting; when
// the presenter chooses to keep them they are written next to the deck (deck.drawings.json for
// deck.md), atomically, and that file is read back when the deck opens again (and by the export).
import path from 'node:path';
import { z } from 'zod';
import { drawingsSchema, type Drawings, type Stroke } from '../shared/api';
import { readJsonFile, writeJsonFile } from './json-file';

const fileSchema = z.object({ version: z.literal(1), drawings: drawingsSchema });

export function drawingsFileFor(deckFileName: string): string {
  return `${deckFileName.replace(/\.(md|markdown)$/i, '')}.drawings.json`;
}

export class DrawingsStore {
  private drawings: Drawings = {};
  private file: string | null = null;

  /** Forgets the last deck's strokes and reads this deck's drawings file, if it has one. */
  async open(folder: string, deckFileName: string): Promise<void> {
    this.file = path.join(folder, drawingsFileFor(deckFileName));
    this.drawings = {};
    // No drawings kept for this deck (or a damaged file, which the next keep replaces).
    this.drawings = (await readJsonFile(this.file, fileSchema))?.drawings ?? {};
  }

  all(): Drawings {
    return this.drawings;
  }

  set(step: string, strokes: Stroke[]): void {
    if (strokes.length === 0) delete this.drawings[step];
    else this.drawings[step] = strokes;
  }

  async keep(): Promise<string> {
    if (!this.file) throw new Error('no deck is open');
    await writeJsonFile(this.file, { version: 1, drawings: this.drawings });
    return this.file;
  }
}
