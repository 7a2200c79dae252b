import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PresenterMemoryStore } from '../../../src/host/presenter-memory';

const settings = () => mkdtempSync(path.join(os.tmpdir(), 'docent-memory-'));

describe('PresenterMemoryStore', () => {
  it('remembers each deck’s last slide and timer across runs', async () => {
    const folder = settings();
    const first = new PresenterMemoryStore(folder, 10_000);
    await first.rememberSlide('/decks/a', { h: 3, v: 1, f: 0 });
    await first.rememberTimer('/decks/a', { elapsedMs: 90_000, minutes: 20 });
    await first.rememberSlide('/decks/b', { h: 1, v: 0, f: -1 });
    await first.flush();
    const again = new PresenterMemoryStore(folder);
    expect(await again.recall('/decks/a')).toEqual({ slide: { h: 3, v: 1, f: 0 }, timer: { elapsedMs: 90_000, minutes: 20 } });
    expect(await again.recall('/decks/b')).toEqual({ slide: { h: 1, v: 0, f: -1 }, timer: { elapsedMs: 0, minutes: null } });
    expect(await again.recall('/decks/never-opened')).toBeNull();
  });

  it('writes once for many moves, a moment later', async () => {
    const folder = settings();
    const store = new PresenterMemoryStore(folder, 50);
    for (let h = 0; h < 20; h += 1) await store.rememberSlide('/decks/a', { h, v: 0, f: -1 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const written = JSON.parse(readFileSync(path.join(folder, 'presentations.json'), 'utf8')) as Record<string, { slide: { h: number } }>;
    expect(written['/decks/a']?.slide.h).toBe(19);
  });

  it('starts afresh from a damaged file instead of refusing to present', async () => {
    const folder = settings();
    writeFileSync(path.join(folder, 'presentations.json'), '{ not json');
    const store = new PresenterMemoryStore(folder);
    expect(await store.recall('/decks/a')).toBeNull();
    await store.rememberSlide('/decks/a', { h: 2, v: 0, f: -1 });
    await store.flush();
    expect(await new PresenterMemoryStore(folder).recall('/decks/a')).toMatchObject({ slide: { h: 2 } });
  });

  it('keeps nothing without a settings folder', async () => {
    const store = new PresenterMemoryStore(null);
    await store.rememberSlide('/decks/a', { h: 2, v: 0, f: -1 });
    await store.flush();
    expect(await store.recall('/decks/a')).toEqual({ slide: { h: 2, v: 0, f: -1 }, timer: { elapsedMs: 0, minutes: null } });
  });
});
