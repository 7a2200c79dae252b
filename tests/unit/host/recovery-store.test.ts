import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckKey, RecoveryStore } from '../../../src/host/recovery-store';
import { createServices } from '../../../src/host/docent-services';

function settingsFolder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'docent-settings-'));
}

const deck = { folder: path.join(os.tmpdir(), 'some-talk'), fileName: 'deck.md' };
const fixedNow = () => new Date('2026-03-01T10:00:00Z');

describe('RecoveryStore', () => {
  it('keeps unsaved text per deck in the settings folder, named by a hash of the deck path', async () => {
    const settings = settingsFolder();
    const store = new RecoveryStore(settings, fixedNow);
    await store.save({ ...deck, text: '# mine\n', baseVersion: 'v1' });
    expect(readdirSync(path.join(settings, 'recovery'))).toEqual([`${deckKey(deck)}.json`]);
    expect(await store.load(deck)).toEqual({ ...deck, text: '# mine\n', baseVersion: 'v1', savedAt: '2026-03-01T10:00:00.000Z' });
  });

  it('survives a restart: a new store over the same folder offers the copy', async () => {
    const settings = settingsFolder();
    await new RecoveryStore(settings).save({ ...deck, text: 'typed before the crash', baseVersion: 'v1' });
    expect((await new RecoveryStore(settings).load(deck))?.text).toBe('typed before the crash');
  });

  it('replaces the copy on each save and keeps decks apart', async () => {
    const store = new RecoveryStore(settingsFolder());
    const other = { folder: deck.folder, fileName: 'other.md' };
    await store.save({ ...deck, text: 'one', baseVersion: 'v1' });
    await store.save({ ...deck, text: 'two', baseVersion: 'v1' });
    await store.save({ ...other, text: 'other deck', baseVersion: 'v9' });
    expect((await store.load(deck))?.text).toBe('two');
    expect((await store.load(other))?.text).toBe('other deck');
  });

  it('treats the same deck reached by different spellings of its path as one', async () => {
    const store = new RecoveryStore(settingsFolder());
    await store.save({ ...deck, text: 'x', baseVersion: 'v1' });
    expect((await store.load({ folder: path.join(deck.folder, 'sub', '..'), fileName: 'deck.md' }))?.text).toBe('x');
  });

  it('forgets a copy once discarded', async () => {
    const store = new RecoveryStore(settingsFolder());
    await store.save({ ...deck, text: 'x', baseVersion: 'v1' });
    await store.discard(deck);
    expect(await store.load(deck)).toBeNull();
    await expect(store.discard(deck)).resolves.toBeUndefined();
  });

  it('offers nothing for a corrupt copy or one that belongs to another deck', async () => {
    const settings = settingsFolder();
    const store = new RecoveryStore(settings);
    await store.save({ ...deck, text: 'x', baseVersion: 'v1' });
    const file = path.join(settings, 'recovery', `${deckKey(deck)}.json`);
    writeFileSync(file, '{"folder": "/elsewhere", "fileName": "deck.md", "text": "y", "baseVersion": "v", "savedAt": "t"}');
    expect(await store.load(deck)).toBeNull();
    writeFileSync(file, '{ not json');
    expect(await store.load(deck)).toBeNull();
  });

  it('keeps copies in memory when there is no settings folder', async () => {
    const store = new RecoveryStore(null);
    await store.save({ ...deck, text: 'x', baseVersion: 'v1' });
    expect((await store.load(deck))?.text).toBe('x');
    await store.discard(deck);
    expect(await store.load(deck)).toBeNull();
  });
});

describe('recovery through the services', () => {
  it('writes the copy outside the deck folder and reads it back for the open deck', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'docent-deck-'));
    writeFileSync(path.join(folder, 'deck.md'), '# saved\n');
    const settings = settingsFolder();
    const services = createServices({ settingsFolder: settings, watch: false });
    const file = await services.openChosenDeck(folder);
    await services.saveRecovery({ folder: file.folder, fileName: file.fileName, text: '# unsaved\n', baseVersion: file.version });
    expect(readdirSync(folder)).toEqual(['deck.md']);
    expect(readFileSync(path.join(folder, 'deck.md'), 'utf8')).toBe('# saved\n');
    expect((await services.loadRecovery({ folder: file.folder, fileName: file.fileName }))?.text).toBe('# unsaved\n');
    await services.discardRecovery({ folder: file.folder, fileName: file.fileName });
    expect(await services.loadRecovery({ folder: file.folder, fileName: file.fileName })).toBeNull();
    await services.close();
  });

  it('keeps, reads and discards copies only for the open deck (a page cannot reach another deck’s unsaved text)', async () => {
    const settings = settingsFolder();
    const other = mkdtempSync(path.join(os.tmpdir(), 'docent-other-'));
    writeFileSync(path.join(other, 'deck.md'), '# other\n');
    // Another deck's unsaved copy, kept while that deck was open.
    const before = createServices({ settingsFolder: settings, watch: false });
    const otherFile = await before.openChosenDeck(other);
    await before.saveRecovery({ folder: other, fileName: 'deck.md', text: '# private unsaved\n', baseVersion: otherFile.version });
    await before.close();

    const folder = mkdtempSync(path.join(os.tmpdir(), 'docent-deck-'));
    writeFileSync(path.join(folder, 'deck.md'), '# saved\n');
    const services = createServices({ settingsFolder: settings, watch: false });
    await services.openChosenDeck(folder);
    await expect(services.loadRecovery({ folder: other, fileName: 'deck.md' })).rejects.toMatchObject({ code: 'PATH_OUTSIDE_DECK' });
    await expect(services.saveRecovery({ folder: other, fileName: 'deck.md', text: '# planted\n', baseVersion: 'x' })).rejects.toMatchObject({ code: 'PATH_OUTSIDE_DECK' });
    await expect(services.discardRecovery({ folder: other, fileName: 'deck.md' })).rejects.toMatchObject({ code: 'PATH_OUTSIDE_DECK' });
    await services.close();
    // The other deck's copy is still there, untouched, for when that deck is opened again.
    const later = createServices({ settingsFolder: settings, watch: false });
    await later.openChosenDeck(other);
    expect((await later.loadRecovery({ folder: other, fileName: 'deck.md' }))?.text).toBe('# private unsaved\n');
    await later.close();
  });
});
