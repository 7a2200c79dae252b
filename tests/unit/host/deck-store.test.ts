import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentVersion, DeckStore } from '../../../src/host/deck-store';
import { writeFileAtomic } from '../../../src/host/atomic-write';
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
    const bad = deckFolder('---\nminutes: -3\n---\n# bad\n');
    const store = new DeckStore(noEvents, { watch: false });
    await store.open(good);
    const failure = await store.open(bad).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DocentError);
    expect((failure as DocentError).describe()).toMatch(/deck\.md:2: front matter: minutes/);
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

  it('keeps exactly one backup: the version before the latest save', async () => {
    const folder = deckFolder('# first\n');
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(folder);
    const second = await store.save('# second\n', opened.version);
    await store.save('# third\n', second.version);
    expect(readFileSync(path.join(folder, 'deck.md.bak'), 'utf8')).toBe('# second\n');
    expect(readdirSync(folder).sort()).toEqual(['deck.md', 'deck.md.bak']);
  });

  it('keeps LF line endings even when the text it is given has CRLF', async () => {
    const folder = deckFolder('# A\n\n---\n\n## B\n');
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(folder);
    expect(opened.eol).toBe('\n');
    await store.save('# A\r\n\r\n---\r\n\r\n## C\r\n', opened.version);
    expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe('# A\n\n---\n\n## C\n');
  });

  it('keeps UTF-16 with its byte-order mark, byte for byte', async () => {
    const text = '# Grüße\r\n\r\n---\r\n\r\n## 北京\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const folder = deckFolder(bytes);
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(folder);
    expect(opened.text).toBe('# Grüße\n\n---\n\n## 北京\n');
    const saved = await store.save(opened.text, opened.version);
    expect(readFileSync(path.join(folder, 'deck.md')).equals(bytes)).toBe(true);
    expect(saved.version).toBe(opened.version);
  });

  it('names the saved content by its version, so the next save from it goes through and a stale one does not', async () => {
    const folder = deckFolder('# one\n');
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(folder);
    const saved = await store.save('# two\n', opened.version);
    expect(saved.version).toBe(contentVersion(readFileSync(path.join(folder, 'deck.md'))));
    await expect(store.save('# three\n', saved.version)).resolves.toMatchObject({ text: '# three\n' });
    await expect(store.save('# from a stale editor\n', saved.version)).rejects.toMatchObject({ code: 'DECK_CHANGED_ON_DISK' });
    expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe('# three\n');
  });

  it('saves text that does not parse: it is still the user’s work', async () => {
    const folder = deckFolder('# ok\n');
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(folder);
    await store.save('---\ntheme: [unclosed\n# half-typed\n', opened.version);
    expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe('---\ntheme: [unclosed\n# half-typed\n');
  });

  it('does not report its own save as a change on disk, but does report the next outside edit', async () => {
    const folder = deckFolder('# before\n');
    const changes: string[] = [];
    const store = new DeckStore({ changedOnDisk: (file) => changes.push(file.text) });
    const opened = await store.open(folder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await store.save('# saved here\n', opened.version);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(changes).toEqual([]);
    writeFileSync(path.join(folder, 'deck.md'), '# edited elsewhere\n');
    await expect.poll(() => changes, { timeout: 5000 }).toEqual(['# edited elsewhere\n']);
    await store.close();
  });
});

describe('writeFileAtomic', () => {
  it('leaves the target untouched and no temporary file when the write cannot complete', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'docent-atomic-'));
    const target = path.join(folder, 'deck.md');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, 'new text')).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(readdirSync(folder)).toEqual(['deck.md']);
    expect(readdirSync(target)).toEqual(['inside']);
  });

  it('replaces a file whole: a reader sees the old bytes or the new ones, never a mix', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'docent-atomic-'));
    const target = path.join(folder, 'deck.md');
    const before = 'a'.repeat(200_000);
    const after = 'b'.repeat(100_000);
    writeFileSync(target, before);
    const seen = new Set<string>();
    let writing = true;
    const reader = (async () => {
      while (writing) {
        seen.add(readFileSync(target, 'utf8'));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await writeFileAtomic(target, after);
    writing = false;
    await reader;
    seen.add(readFileSync(target, 'utf8'));
    expect([...seen].every((content) => content === before || content === after)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(after);
  });
});

describe('stale temporary files', () => {
  it('removes the temporaries a killed save left behind, but not young ones or other files', async () => {
    const { removeStaleTemporaries } = await import('../../../src/host/atomic-write');
    const { utimesSync, existsSync } = await import('node:fs');
    const folder = deckFolder('# x\n');
    const old = path.join(folder, '.deck.md.0123456789ab.tmp');
    const oldBackup = path.join(folder, '.deck.md.0123456789ab.tmp.bak');
    const young = path.join(folder, '.deck.md.ba9876543210.tmp');
    const other = path.join(folder, '.notes.md.0123456789ab.tmp');
    for (const file of [old, oldBackup, young, other]) writeFileSync(file, 'partial');
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const file of [old, oldBackup, other]) utimesSync(file, anHourAgo, anHourAgo);
    await new DeckStore(noEvents, { watch: false }).open(folder);
    expect([old, oldBackup, young, other].map((file) => existsSync(file))).toEqual([false, false, true, true]);
    expect(await removeStaleTemporaries(path.join(folder, 'deck.md'), 0)).toBe(1);
  });
});
