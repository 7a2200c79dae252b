// The question asked when the deck changed on disk while the editor holds unsaved edits: keep mine,
// take theirs, or see both side by side first. Dismissing it decides nothing (both stay).
import { askChoice } from './choice-dialog';
import { sideBySide } from './line-diff';

export type ConflictAnswer = 'mine' | 'theirs' | 'later';

export function askAboutConflict(fileName: string, mine: string, theirs: string): Promise<ConflictAnswer | 'both'> {
  return askChoice<ConflictAnswer | 'both'>({
    title: `${fileName} changed on disk`,
    message: `${fileName} was changed by another program while you have unsaved edits here. Which version do you want to keep?`,
    choices: [
      { value: 'mine', label: 'Keep mine' },
      { value: 'theirs', label: 'Take theirs (from disk)' },
      { value: 'both', label: 'See both' },
    ],
    cancel: 'later',
    onChoice(value, dialog) {
      if (value !== 'both') return false;
      dialog.querySelector('.docent-side-by-side')?.remove();
      dialog.querySelector('button[data-choice="both"]')?.remove();
      dialog.querySelector('.docent-dialog-buttons')?.before(sideBySideTable(mine, theirs));
      dialog.classList.add('docent-dialog-wide');
      return true;
    },
  });
}

function sideBySideTable(mine: string, theirs: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'docent-side-by-side';
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const label of ['Mine (unsaved)', 'Theirs (on disk)']) {
    const cell = document.createElement('th');
    cell.textContent = label;
    head.append(cell);
  }
  const body = table.createTBody();
  let mineLine = 0;
  let theirsLine = 0;
  for (const row of sideBySide(mine, theirs)) {
    const tr = body.insertRow();
    if (row.changed) tr.className = 'changed';
    for (const [text, side] of [[row.mine, 'mine'], [row.theirs, 'theirs']] as const) {
      const cell = tr.insertCell();
      cell.className = side;
      if (text === null) {
        cell.classList.add('absent');
        continue;
      }
      const number = side === 'mine' ? ++mineLine : ++theirsLine;
      cell.dataset.line = String(number);
      cell.textContent = text;
    }
  }
  wrapper.append(table);
  // Open where the versions differ, not at the top of a long deck.
  requestAnimationFrame(() => wrapper.querySelector('tr.changed')?.scrollIntoView({ block: 'center' }));
  return wrapper;
}
