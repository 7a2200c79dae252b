import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckStore } from '../../../src/host/deck-store';
import { DocentError } from '../../../src/core/errors';

function deckFolder(content: string | Buffer): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'docent-store-'));
  writeFileSync(path.join(folder, 'deck.md'), content);
  return folder;
}

const noEvents = { changedOnDisk: () => undefined };

describe('DeckStore', () => {
  it('saves atomically, keeps one backup and the file’s CRLF line endings', async () => {
    const folder = deckFolder('# A\r\n\r\n---\r\n\r\n## B\r\n');
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(folder);
    expect(opened.eol).toBe('\r\n');
    expect(opened.text).toBe('# A\n\n---\n\n## B\n');
    await store.save('# A\n\n---\n\n## C\n', opened.version);
    expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe('# A\r\n\r\n---\r\n\r\n## C\r\n');
    expect(readFileSync(path.join(folder, 'deck.md.bak'), 'utf8')).toBe('# A\r\n\r\n---\r\n\r\n## B\r\n');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a UTF-8 byte-order mark', async () => {
    const folder = deckFolder(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Ä\n')]));
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(folder);
    await store.save('# Ö\n', opened.version);
    expect([...readFileSync(path.join(folder, 'deck.md')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('refuses to overwrite a file that changed on disk since it was loaded, unless forced', async () => {
    const folder = deckFolder('# one\n');
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(folder);
    writeFileSync(path.join(folder, 'deck.md'), '# changed elsewhere\n');
    await expect(store.save('# mine\n', opened.version)).rejects.toMatchObject({ code: 'DECK_CHANGED_ON_DISK' });
    expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe('# changed elsewhere\n');
    await store.save('# mine\n', opened.version, true);
    expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe('# mine\n');
  });

  it('refuses a broken deck with its file and line, and keeps the open one', async () => {
    const good = deckFolder('# good\n');
    const bad = deckFolder('---\ntheme: neon\n---\n# bad\n');
    const store = new DeckStore(noEvents, { watch: false });
    await store.open(good);
    const failure = await store.open(bad).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DocentError);
    expect((failure as DocentError).describe()).toMatch(/deck\.md:2: front matter: theme/);
    expect(store.deck.text).toBe('# good\n');
  });

  it('opens a .md file anywhere, and refuses a folder without a deck', async () => {
    const folder = deckFolder('# x\n');
    writeFileSync(path.join(folder, 'talk.md'), '# talk\n');
    const store = new DeckStore(noEvents, { watch: false });
    expect((await store.open(path.join(folder, 'talk.md'))).fileName).toBe('talk.md');
    const empty = mkdtempSync(path.join(os.tmpdir(), 'docent-empty-'));
    await expect(store.open(empty)).rejects.toMatchObject({ code: 'DECK_NOT_FOUND' });
  });

  it('tells when another editor changes the deck on disk', async () => {
    const folder = deckFolder('# before\n');
    const changes: string[] = [];
    const store = new DeckStore({ changedOnDisk: (file) => changes.push(file.text) });
    await store.open(folder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(path.join(folder, 'deck.md'), '# after\n');
    await expect.poll(() => changes, { timeout: 5000 }).toEqual(['# after\n']);
    await store.close();
  });
});
