import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindingsFor, chordLabel, helpRows, keyIds, keyMap, keyTableMarkdown, menuAccelerator, type KeyBinding } from '../../../src/shared/key-map';

const readmePath = path.resolve(import.meta.dirname, '../../../README.md');
const start = '<!-- key table: printed from src/shared/key-map.ts -->';
const end = '<!-- end of key table -->';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('the key map', () => {
  it('is the README’s key table (UPDATE_README_KEYS=1 npx vitest run tests/unit/shared/key-map.test.ts rewrites it)', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    expect(from, 'README has the key table markers').toBeGreaterThan(0);
    const table = `${start}\n${keyTableMarkdown()}\n${end}`;
    if (process.env.UPDATE_README_KEYS) writeFileSync(readmePath, readme.slice(0, from) + table + readme.slice(to + end.length));
    else expect(readme.slice(from, to + end.length)).toBe(table);
  });

  it('gives no key press to two bindings', () => {
    const seen = new Map<string, string>();
    for (const id of keyIds) {
      for (const chord of (keyMap[id] as KeyBinding).chords ?? []) {
        const label = chordLabel(chord);
        expect(seen.get(label), `${label} is bound to ${seen.get(label)} and ${id}`).toBeUndefined();
        seen.set(label, id);
      }
    }
  });

  it('matches presses by key and modifiers: Ctrl+S saves, S opens the speaker view, ⌘ counts as Ctrl', () => {
    expect(bindingsFor(press('s'))).toEqual(['speakerView']);
    expect(bindingsFor(press('S', { shiftKey: true }))).toEqual(['speakerView']);
    expect(bindingsFor(press('s', { ctrlKey: true }))).toEqual(['save']);
    expect(bindingsFor(press('s', { metaKey: true }))).toEqual(['save']);
    expect(bindingsFor(press('s', { altKey: true }))).toEqual([]);
    expect(bindingsFor(press('?', { shiftKey: true }))).toEqual(['help']);
    // F alone is reveal.js's fullscreen: Docent leaves it alone.
    expect(bindingsFor(press('f'))).toEqual([]);
    expect(bindingsFor(press('7'))).toEqual(['goToNumber']);
  });

  it('prints every binding for the help, and menu accelerators from the same chords', () => {
    const rows = helpRows();
    expect(rows).toHaveLength(keyIds.length);
    expect(rows).toContainEqual(['+', 'larger notes (speaker view)']);
    expect(rows).toContainEqual(['a slide number, then Enter', 'go to that slide']);
    expect(menuAccelerator('speakerView')).toBe('S');
    expect(menuAccelerator('help')).toBe('?');
    expect(menuAccelerator('overview')).toBe('O');
  });
});
