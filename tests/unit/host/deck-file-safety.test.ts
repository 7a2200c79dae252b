// Findings 3, 7 and 15 of the second security review: the deck file is read like any untrusted
// file (confined, regular, capped), and saves are compare-and-swap.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckStore } from '../../../src/host/deck-store';
import { lockFileFor } from '../../../src/host/deck-lock';

const noEvents = { changedOnDisk: () => undefined };

function work(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'docent-deckfile-'));
}

describe('the deck file is confined and regular', () => {
  it('refuses a deck.md that is a symlink to a file outside the deck folder', async () => {
    const root = work();
    writeFileSync(path.join(root, '.env'), 'API_KEY=secret\n');
    const deck = path.join(root, 'deck');
    mkdirSync(deck);
    symlinkSync(path.join(root, '.env'), path.join(deck, 'deck.md'));
    const store = new DeckStore(noEvents, { watch: false });
    await expect(store.open(deck)).rejects.toMatchObject({ code: 'PATH_OUTSIDE_DECK' });
    await expect(store.open(path.join(deck, 'deck.md'))).rejects.toMatchObject({ code: 'PATH_OUTSIDE_DECK' });
  });

  it('still opens a deck.md symlinked to a file inside the folder, and a deck reached through a symlinked folder', async () => {
    const root = work();
    const deck = path.join(root, 'deck');
    mkdirSync(deck);
    writeFileSync(path.join(deck, 'talk.md'), '# Inside\n');
    symlinkSync('talk.md', path.join(deck, 'deck.md'));
    symlinkSync(deck, path.join(root, 'alias'));
    const store = new DeckStore(noEvents, { watch: false });
    expect((await store.open(deck)).text).toBe('# Inside\n');
    expect((await store.open(path.join(root, 'alias'))).text).toBe('# Inside\n');
  });

  it('refuses a named pipe posing as deck.md at once instead of waiting for a writer', async () => {
    const deck = work();
    execFileSync('mkfifo', [path.join(deck, 'deck.md')]);
    const store = new DeckStore(noEvents, { watch: false });
    await expect(store.open(deck)).rejects.toMatchObject({ code: 'DECK_NOT_FOUND' });
  });

  it('refuses a sparse deck.md larger than the cap before reading it', async () => {
    const deck = work();
    writeFileSync(path.join(deck, 'deck.md'), '');
    truncateSync(path.join(deck, 'deck.md'), 2 * 1024 * 1024 * 1024);
    const store = new DeckStore(noEvents, { watch: false });
    const before = process.memoryUsage().rss;
    await expect(store.open(deck)).rejects.toMatchObject({ code: 'DECK_TOO_LARGE' });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('saves are compare-and-swap', () => {
  it('of ten concurrent saves based on the same version, exactly one wins; the others get the conflict', async () => {
    const deck = work();
    writeFileSync(path.join(deck, 'deck.md'), '# base\n');
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(deck);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.save(`# edit ${i}\n`, opened.version)));
    const won = results.filter((result) => result.status === 'fulfilled');
    const refused = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const result of refused) expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'DECK_CHANGED_ON_DISK' });
    const winner = (won[0] as PromiseFulfilledResult<{ text: string }>).value.text;
    expect(readFileSync(path.join(deck, 'deck.md'), 'utf8')).toBe(winner);
    expect(existsSync(lockFileFor(path.join(deck, 'deck.md')))).toBe(false);
  });

  it('holds another process off while it saves, and takes over a lock its dead owner left', async () => {
    const deck = work();
    const file = path.join(deck, 'deck.md');
    writeFileSync(file, '# base\n');
    const store = new DeckStore(noEvents, { watch: false });
    const opened = await store.open(deck);
    // A lock held by a live process (this test's child) makes the save wait, not write over it.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    writeFileSync(lockFileFor(file), String(holder.pid));
    let settled = false;
    const save = store.save('# mine\n', opened.version).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('# base\n');
    // Its owner dies without removing it: the save goes on.
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    await save;
    expect(readFileSync(file, 'utf8')).toBe('# mine\n');
    expect(existsSync(lockFileFor(file))).toBe(false);
  });
});
