import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confinePath } from '../../../src/host/confine-path';

function makeDeck(): { deck: string; outside: string } {
  const work = mkdtempSync(path.join(os.tmpdir(), 'docent-confine-'));
  const deck = path.join(work, 'deck');
  mkdirSync(path.join(deck, 'images'), { recursive: true });
  writeFileSync(path.join(deck, 'images', 'a.png'), 'png');
  writeFileSync(path.join(work, 'secret.txt'), 'secret');
  return { deck, outside: work };
}

describe('confinePath', () => {
  it('resolves files inside the deck folder', async () => {
    const { deck } = makeDeck();
    await expect(confinePath(deck, 'images/a.png')).resolves.toMatch(/images\/a\.png$/);
    await expect(confinePath(deck, './images/./a.png')).resolves.toMatch(/images\/a\.png$/);
  });

  it.each([
    ['../secret.txt', /climbs out/],
    ['images/../../secret.txt', /climbs out/],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/win.ini', /absolute/],
    ['..\\secret.txt', /backslashes/],
    ['images\\a.png', /backslashes/],
    ['a\0b', /NUL/],
  ])('refuses %s', async (relative, why) => {
    const { deck } = makeDeck();
    await expect(confinePath(deck, relative)).rejects.toThrow(why);
  });

  it('refuses a symlink that points outside the deck', async () => {
    const { deck, outside } = makeDeck();
    symlinkSync(path.join(outside, 'secret.txt'), path.join(deck, 'link.txt'));
    await expect(confinePath(deck, 'link.txt')).rejects.toThrow(/outside the deck folder/);
  });
});
