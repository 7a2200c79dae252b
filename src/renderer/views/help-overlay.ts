// The "?" overlay: every key Docent answers to, printed from the one key map.
import { helpRows } from '../../shared/key-map';

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
    for (const [keys, action] of helpRows()) {
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
