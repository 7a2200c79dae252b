// The "?" overlay: every key Docent answers to, in one place.
export const keyMap: Array<[keys: string, action: string]> = [
  ['→  Space  PageDown  N', 'next slide'],
  ['←  PageUp  P', 'previous slide'],
  ['↑ ↓', 'up / down in a vertical stack'],
  ['Home  End', 'first / last slide'],
  ['number, then Enter', 'go to that slide'],
  ['F', 'fullscreen'],
  ['O  Esc', 'overview'],
  ['B  .', 'blackout (pause)'],
  ['S', 'speaker view: notes, next slide, timer'],
  ['+  −', 'larger / smaller notes (speaker view)'],
  ['T', 'pause / restart the timer (speaker view)'],
  ['E', 'edit the deck’s markdown beside the deck'],
  ['Ctrl+S', 'save the deck (while editing)'],
  ['Ctrl+Shift+E', 'export to PDF (desktop app; docent export on the command line)'],
  ['?', 'this help'],
];

let overlay: HTMLElement | null = null;

export function toggleHelp(force?: boolean): void {
  const show = force ?? (!overlay || overlay.hidden);
  if (!overlay) {
    overlay = document.createElement('div');
    overlay.className = 'docent-help';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', 'Keyboard shortcuts');
    const title = document.createElement('h2');
    title.textContent = 'Keyboard shortcuts';
    const table = document.createElement('table');
    for (const [keys, action] of keyMap) {
      const row = table.insertRow();
      row.insertCell().textContent = keys;
      row.insertCell().textContent = action;
    }
    const hint = document.createElement('p');
    hint.textContent = 'Press ? or Esc to close.';
    overlay.append(title, table, hint);
    overlay.addEventListener('click', () => toggleHelp(false));
    document.body.append(overlay);
  }
  overlay.hidden = !show;
}

export function helpIsOpen(): boolean {
  return overlay !== null && !overlay.hidden;
}
