// Every key Docent answers to, defined once. The renderer's keyboard dispatcher matches key presses
// against it, the "?" overlay and the README's key table are printed from it, and the desktop menu
// takes its accelerators from it, so a key cannot be added in one place and forgotten in another.
// reveal.js's own keys are listed too (for the help), marked as answered by reveal.js.

/** A key press: `key` is KeyboardEvent.key lower-cased; Ctrl means Ctrl or ⌘. */
export interface Chord {
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  /** Checked only when given: "?" is Shift+/ on most layouts and must match either way. */
  shift?: boolean;
}

/** Where a desktop menu item for the key goes, and the command it sends to the focused window. */
export interface MenuEntry {
  menu: 'View' | 'Tools' | 'Help';
  label: string;
  /** Sent to the focused window's renderer; the main process handles the ones it owns itself. */
  command: string;
  /** For keys reveal.js answers (no chords here): what the menu shows. */
  accelerator?: string;
}

export interface KeyBinding {
  /** What a reader is told, when the keys are not simply the chords (reveal.js's, a mouse gesture). */
  label?: string;
  action: string;
  /** Docent's own keys; reveal.js's and the desktop menu's are listed for the help only. */
  chords?: readonly Chord[];
  /** Held down rather than pressed: the handler hears the press and the release. */
  hold?: boolean;
  answeredBy: 'docent' | 'reveal.js' | 'desktop app';
  menu?: MenuEntry;
}

const letter = (key: string): Chord => ({ key });

export const keyMap = {
  next: { label: '→  Space  PageDown  N', action: 'next slide', answeredBy: 'reveal.js' },
  previous: { label: '←  PageUp  P', action: 'previous slide', answeredBy: 'reveal.js' },
  vertical: { label: '↑  ↓', action: 'up / down in a vertical stack', answeredBy: 'reveal.js' },
  firstLast: { label: 'Home  End', action: 'first / last slide', answeredBy: 'reveal.js' },
  goToNumber: {
    label: 'a slide number, then Enter',
    action: 'go to that slide',
    chords: [...'0123456789'].map(letter).concat([{ key: 'enter' }]),
    answeredBy: 'docent',
  },
  fullscreen: { label: 'F', action: 'fullscreen', answeredBy: 'reveal.js' },
  dismiss: {
    label: 'Esc',
    action: 'close the help or find box, put the tool down, leave the zoom; otherwise the overview',
    chords: [{ key: 'escape' }],
    answeredBy: 'docent',
  },
  overview: { label: 'O', action: 'overview', answeredBy: 'reveal.js', menu: { menu: 'View', label: 'Overview', command: 'overview', accelerator: 'O' } },
  blackout: { label: 'B  .', action: 'blackout (pause)', answeredBy: 'reveal.js' },
  speakerView: {
    action: 'speaker view: notes, next slide, timer',
    chords: [letter('s')],
    answeredBy: 'docent',
    menu: { menu: 'View', label: 'Speaker View', command: 'speaker' },
  },
  notesLarger: { action: 'larger notes (speaker view)', chords: [{ key: '+' }, { key: '=' }], answeredBy: 'docent' },
  notesSmaller: { action: 'smaller notes (speaker view)', chords: [{ key: '-' }, { key: '_' }], answeredBy: 'docent' },
  timer: { action: 'pause / restart the timer (speaker view)', chords: [letter('t')], answeredBy: 'docent' },
  edit: {
    action: 'edit the deck’s markdown beside the deck',
    chords: [letter('e')],
    answeredBy: 'docent',
    menu: { menu: 'View', label: 'Edit', command: 'edit' },
  },
  save: { action: 'save the deck (while editing)', chords: [{ key: 's', ctrl: true }], answeredBy: 'docent' },
  laser: {
    action: 'laser pointer while held (or the toolbar’s ● button)',
    chords: [letter('l')],
    hold: true,
    answeredBy: 'docent',
    menu: { menu: 'Tools', label: 'Laser Pointer (hold L)', command: 'tool:laser' },
  },
  pen: { action: 'pen: draw on the slide (again: put it down)', chords: [letter('d')], answeredBy: 'docent', menu: { menu: 'Tools', label: 'Pen', command: 'tool:pen' } },
  highlighter: { action: 'highlighter', chords: [letter('h')], answeredBy: 'docent', menu: { menu: 'Tools', label: 'Highlighter', command: 'tool:highlighter' } },
  eraser: { action: 'eraser: removes the strokes it touches', chords: [letter('x')], answeredBy: 'docent', menu: { menu: 'Tools', label: 'Eraser', command: 'tool:eraser' } },
  undo: { action: 'undo the last drawing change on this step', chords: [letter('u'), { key: 'z', ctrl: true }], answeredBy: 'docent', menu: { menu: 'Tools', label: 'Undo Drawing', command: 'tool:undo' } },
  clear: { action: 'clear this step’s drawings', chords: [letter('c')], answeredBy: 'docent', menu: { menu: 'Tools', label: 'Clear Drawings', command: 'tool:clear' } },
  zoom: { label: 'Alt+click', action: 'zoom into that part of the slide (Esc or Alt+click again returns)', answeredBy: 'docent' },
  find: {
    action: 'find a slide by its title or text (speaker view)',
    chords: [{ key: 'f', ctrl: true }, { key: '/' }],
    answeredBy: 'docent',
    menu: { menu: 'Tools', label: 'Find Slide…', command: 'find' },
  },
  rehearse: { action: 'start / stop a rehearsal: time per slide (speaker view)', chords: [letter('r')], answeredBy: 'docent', menu: { menu: 'Tools', label: 'Rehearse', command: 'rehearse' } },
  exportPdf: { label: 'Ctrl+Shift+E', action: 'export to PDF (desktop app; docent export on the command line)', answeredBy: 'desktop app' },
  presenting: { label: 'F5  Shift+F5', action: 'start / stop presenting on two screens (desktop app)', answeredBy: 'desktop app' },
  help: { chords: [{ key: '?' }], action: 'this help', answeredBy: 'docent', menu: { menu: 'Help', label: 'Keyboard Shortcuts', command: 'help' } },
} as const satisfies Record<string, KeyBinding>;

export type KeyId = keyof typeof keyMap;

export const keyIds = Object.keys(keyMap) as KeyId[];

export function bindingOf(id: KeyId): KeyBinding {
  return keyMap[id];
}

const keyNames: Record<string, string> = { escape: 'Esc', enter: 'Enter', ' ': 'Space' };

export function chordLabel(chord: Chord): string {
  const name = keyNames[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return [chord.ctrl ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', name].filter(Boolean).join('+');
}

/** The keys as a reader sees them: "Ctrl+F  /". */
export function keysLabel(binding: KeyBinding): string {
  if (binding.label) return binding.label;
  const labels = (binding.chords ?? []).map(chordLabel);
  // "=" and "_" are the unshifted "+" and "-": one name each is enough for a reader.
  return labels.filter((label) => label !== '=' && label !== '_').join('  ');
}

/** The rows of the help overlay and of the README's key table, in the map's order. */
export function helpRows(): Array<[keys: string, action: string]> {
  return keyIds.map((id) => [keysLabel(keyMap[id]), keyMap[id].action]);
}

/** The README's key table (tests/unit/shared/key-map.test.ts checks the README holds exactly this). */
export function keyTableMarkdown(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\s{2,}/g, ' ');
  return ['| keys | action |', '| --- | --- |', ...helpRows().map(([keys, action]) => `| ${escape(keys)} | ${escape(action)} |`)].join('\n');
}

/** The key press in the desktop menu's accelerator syntax ("CmdOrCtrl+F", "L"), for display there. */
export function menuAccelerator(id: KeyId): string | undefined {
  const binding = keyMap[id] as KeyBinding;
  if (binding.menu?.accelerator) return binding.menu.accelerator;
  const chord = binding.chords?.[0];
  if (!chord) return undefined;
  const name = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key === 'escape' ? 'Esc' : chord.key;
  return [chord.ctrl ? 'CmdOrCtrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', name].filter(Boolean).join('+');
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function chordMatches(chord: Chord, press: KeyPress): boolean {
  if (press.key.toLowerCase() !== chord.key) return false;
  if ((press.ctrlKey || press.metaKey) !== (chord.ctrl ?? false)) return false;
  if (press.altKey !== (chord.alt ?? false)) return false;
  return chord.shift === undefined || press.shiftKey === chord.shift;
}

/** The Docent bindings a key press means, in the map's order. */
export function bindingsFor(press: KeyPress): KeyId[] {
  return keyIds.filter((id) => (keyMap[id] as KeyBinding).chords?.some((chord) => chordMatches(chord, press)));
}
