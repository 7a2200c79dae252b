// The editor's half of the split view: a bar (file name, saved state, Save, Close), the editor, and
// the list of problems under it. Showing the panel narrows the deck to the other half.
import './editor.css';
import type { DeckProblem } from '../../core/deck/check-deck';

export interface EditorPanelActions {
  save(): void;
  close(): void;
  goToLine(line: number): void;
}

export class EditorPanel {
  readonly element: HTMLElement;
  readonly editorHost: HTMLElement;
  private readonly fileLabel: HTMLElement;
  private readonly stateLabel: HTMLElement;
  private readonly problemList: HTMLElement;
  private readonly staleNote: HTMLElement;

  constructor(actions: EditorPanelActions) {
    this.element = document.createElement('aside');
    this.element.className = 'docent-editor';
    this.element.setAttribute('aria-label', 'Deck editor');
    this.element.hidden = true;

    const bar = document.createElement('header');
    bar.className = 'docent-editor-bar';
    this.fileLabel = document.createElement('span');
    this.fileLabel.className = 'docent-editor-file';
    this.stateLabel = document.createElement('span');
    this.stateLabel.className = 'docent-editor-state';
    this.stateLabel.setAttribute('role', 'status');
    const save = button('Save', 'Save (Ctrl+S)', actions.save);
    save.classList.add('docent-editor-save');
    const close = button('Close', 'Close the editor (E outside the editor)', actions.close);
    bar.append(this.fileLabel, this.stateLabel, save, close);

    this.editorHost = document.createElement('div');
    this.editorHost.className = 'docent-editor-text';

    this.problemList = document.createElement('ul');
    this.problemList.className = 'docent-editor-problems';
    this.problemList.setAttribute('role', 'alert');
    this.problemList.hidden = true;
    this.problemList.addEventListener('click', (event) => {
      const line = Number((event.target as HTMLElement).closest<HTMLElement>('[data-line]')?.dataset.line);
      if (line > 0) actions.goToLine(line);
    });

    this.element.append(bar, this.editorHost, this.problemList);

    this.staleNote = document.createElement('div');
    this.staleNote.className = 'docent-preview-stale';
    this.staleNote.setAttribute('role', 'status');
    this.staleNote.hidden = true;

    document.body.append(this.element, this.staleNote);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  setOpen(open: boolean): void {
    this.element.hidden = !open;
    document.body.classList.toggle('docent-editing', open);
    if (!open) this.staleNote.hidden = true;
  }

  showFile(fileName: string, state: 'saved' | 'unsaved' | 'saving'): void {
    this.fileLabel.textContent = fileName;
    this.stateLabel.textContent = state === 'saved' ? 'Saved' : state === 'saving' ? 'Saving…' : 'Unsaved changes';
    this.element.dataset.state = state;
  }

  showProblems(fileName: string, problems: DeckProblem[]): void {
    this.problemList.replaceChildren(
      ...problems.map((problem) => {
        const item = document.createElement('li');
        item.dataset.line = String(problem.line);
        const where = document.createElement('strong');
        where.textContent = `${fileName}, line ${problem.line}: `;
        item.append(where, problem.message);
        item.title = 'Go to this line';
        return item;
      }),
    );
    this.problemList.hidden = problems.length === 0;
  }

  /** Says, over the preview, that it shows the last text that worked (null hides the note). */
  showStalePreview(reason: string | null): void {
    this.staleNote.hidden = reason === null || !this.isOpen;
    this.staleNote.textContent = reason === null ? '' : `The preview shows the last version that worked. ${reason}`;
  }
}

function button(label: string, title: string, action: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.title = title;
  element.addEventListener('click', action);
  return element;
}
