import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stroke } from '../../../src/shared/api';
import { DrawingsStore, drawingsFileFor } from '../../../src/host/drawings-store';
import { createServices } from '../../../src/host/docent-services';

const stroke: Stroke = { id: 's1', tool: 'highlighter', color: '#facc15', width: 28, points: [[10, 20], [30, 40]] };
const deckFolder = () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'docent-drawings-'));
  cpSync(path.resolve(import.meta.dirname, '../../fixtures/decks/speaker'), folder, { recursive: true });
  return folder;
};

describe('DrawingsStore', () => {
  it('names the drawings file after the deck file', () => {
    expect(drawingsFileFor('deck.md')).toBe('deck.drawings.json');
    expect(drawingsFileFor('talk.markdown')).toBe('talk.drawings.json');
  });

  it('keeps nothing on disk until asked, then writes the file in one piece and reads it back on open', async () => {
    const folder = deckFolder();
    const store = new DrawingsStore();
    await store.open(folder, 'deck.md');
    store.set('1/0/0', [stroke]);
    expect(existsSync(path.join(folder, 'deck.drawings.json'))).toBe(false);
    const file = await store.keep();
    expect(file).toBe(path.join(folder, 'deck.drawings.json'));
    // No temporary file is left beside it.
    expect(readdirSync(folder).filter((name) => name.includes('.tmp'))).toEqual([]);
    const again = new DrawingsStore();
    await again.open(folder, 'deck.md');
    expect(again.all()).toEqual({ '1/0/0': [stroke] });
    again.set('1/0/0', []);
    expect(again.all()).toEqual({});
  });

  it('opens a deck with a damaged drawings file with no drawings', async () => {
    const folder = deckFolder();
    writeFileSync(path.join(folder, 'deck.drawings.json'), '{"version":1,"drawings":{"../../x":[]}}');
    const store = new DrawingsStore();
    await store.open(folder, 'deck.md');
    expect(store.all()).toEqual({});
  });
});

describe('the services’ presenter tools', () => {
  it('mirror every tool event, keep strokes and the zoom for late views, and forget them with another deck', async () => {
    const folder = deckFolder();
    const services = createServices({ settingsFolder: null, watch: false });
    await services.openChosenDeck(folder);
    const heard: string[] = [];
    services.events.on('presenterTool', (event) => heard.push(event.kind));
    await services.publishTool({ kind: 'pointer', at: [640, 360], origin: 'a' });
    await services.publishTool({ kind: 'strokes', step: '0/0/-1', strokes: [stroke], origin: 'a' });
    await services.publishTool({ kind: 'zoom', zoom: { at: [100, 100], scale: 2.5 }, origin: 'a' });
    expect(heard).toEqual(['pointer', 'strokes', 'zoom']);
    const late = await services.drawings({});
    expect(late.drawings).toEqual({ '0/0/-1': [stroke] });
    expect(late.zoom).toMatchObject({ kind: 'zoom', zoom: { scale: 2.5 } });
    await services.keepDrawings({});
    expect(JSON.parse(readFileSync(path.join(folder, 'deck.drawings.json'), 'utf8'))).toEqual({ version: 1, drawings: { '0/0/-1': [stroke] } });

    const other = deckFolder();
    await services.openChosenDeck(other);
    expect(await services.drawings({})).toEqual({ drawings: {}, zoom: null });
    await services.close();
  });
});
