// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setWindowTitle, windowTitle } from '../../../../src/renderer/views/window-title';

describe('the window title', () => {
  const audience = { window: 'audience', deckTitle: null, fileName: null, unsaved: false } as const;

  it('names the deck, its file when it has no title, and Docent when neither is known', () => {
    expect(windowTitle({ ...audience, deckTitle: 'The talk' })).toBe('The talk — Docent');
    expect(windowTitle({ ...audience, fileName: 'deck.md' })).toBe('deck.md — Docent');
    expect(windowTitle(audience)).toBe('Docent');
  });

  it('marks unsaved text and tells the speaker window apart', () => {
    expect(windowTitle({ ...audience, deckTitle: 'The talk', unsaved: true })).toBe('• The talk — Docent');
    expect(windowTitle({ ...audience, window: 'speaker', deckTitle: 'The talk' })).toBe('Speaker view — The talk');
    expect(windowTitle({ ...audience, window: 'speaker' })).toBe('Speaker view — Docent');
  });

  it('keeps the parts it was not told about: a new deck title keeps the unsaved mark', () => {
    setWindowTitle({ fileName: 'deck.md', unsaved: true });
    expect(document.title).toBe('• deck.md — Docent');
    setWindowTitle({ deckTitle: 'Renamed' });
    expect(document.title).toBe('• Renamed — Docent');
    setWindowTitle({ unsaved: false });
    expect(document.title).toBe('Renamed — Docent');
  });
});
