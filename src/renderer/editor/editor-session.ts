// One editing session of the open deck: the text being edited and the version on disk it is based
// on. Saves through the host, keeps a recovery copy of unsaved text, follows changes on disk, and
// asks (never guesses) when the disk and the editor both changed.
import type { DeckFile, DocentHost } from '../../shared/api';
import { slideIndexAtLine } from '../../core/deck/slide-outline';
import { isDocentError } from '../../core/errors';
import type { DeckView } from '../deck/deck-view';
import type { Deck } from '../../core/deck/deck-model';
import { describeError } from '../views/describe-error';
import { showNotice } from '../views/notice-banner';
import { setWindowTitle } from '../views/window-title';
import { askChoice } from './choice-dialog';
import { askAboutConflict } from './conflict-prompt';
import { DeckChecker } from '../../core/deck/check-deck';
import { EditorPanel } from './editor-panel';
import { LivePreview } from './live-preview';
import { MarkdownEditor } from './markdown-editor';

/** A recovery copy is written this long after the last change (a burst of typing writes once). */
const recoveryDelayMs = 400;
const problemsDelayMs = 120;

export class EditorSession {
  /** The version on disk the text is based on. */
  private base: DeckFile;
  private text: string;
  private editor: MarkdownEditor | null = null;
  private readonly panel: EditorPanel;
  private readonly preview: LivePreview;
  private readonly checker = new DeckChecker();
  private saving: Promise<void> | null = null;
  /** The text of the save in flight, so its echo from the host is not mistaken for an outside edit. */
  private savingText: string | null = null;
  private recoveryTimer: number | undefined;
  private problemsTimer: number | undefined;
  private recoveryKept = false;
  private conflictOpen = false;
  private followingPreview = false;

  constructor(
    private readonly host: DocentHost,
    private readonly view: DeckView,
    deck: DeckFile,
  ) {
    this.base = deck;
    this.text = deck.text;
    this.panel = new EditorPanel({ save: () => void this.save(), close: () => this.setOpen(false), goToLine: (line) => this.editor?.goToLine(line) });
    this.preview = new LivePreview(view, {
      rendered: (parsed, text) => this.afterRender(text, parsed, null),
      failed: (error, text) => this.afterRender(text, null, error),
    });
    host.on('deckChanged', (file) => void this.deckChanged(file));
    window.addEventListener('beforeunload', (event) => {
      if (!this.dirty) return;
      this.writeRecovery();
      event.preventDefault();
      // Older engines ask only when returnValue is set.
      event.returnValue = '';
    });
    this.refreshState();
  }

  get dirty(): boolean {
    return this.text !== this.base.text;
  }

  get isOpen(): boolean {
    return this.panel.isOpen;
  }

  /** Once the editor exists its text is what the deck shows, so the session renders every change. */
  get ownsDeck(): boolean {
    return this.editor !== null;
  }

  toggle(): void {
    this.setOpen(!this.isOpen);
  }

  setOpen(open: boolean): void {
    if (open === this.isOpen) return;
    if (open && !this.editor) this.createEditor();
    this.panel.setOpen(open);
    // The deck's half of the window changed size; reveal.js lays out on window resizes only.
    requestAnimationFrame(() => this.view.reveal?.layout());
    if (open) {
      this.showCursorSlideInEditor();
      this.editor?.focus();
    }
  }

  /** Offers the unsaved text a previous run left behind (the app or machine stopped before a save). */
  async offerRecovery(): Promise<void> {
    const ref = { folder: this.base.folder, fileName: this.base.fileName };
    const copy = await this.host.loadRecovery(ref).catch(() => null);
    if (!copy) return;
    if (copy.text === this.base.text) {
      await this.host.discardRecovery(ref).catch(() => undefined);
      return;
    }
    const when = new Date(copy.savedAt);
    const answer = await askChoice<'restore' | 'discard'>({
      title: 'Recover unsaved changes?',
      message: `Docent found changes to ${copy.fileName} that were never saved (kept ${Number.isNaN(when.getTime()) ? 'earlier' : when.toLocaleString()}). Restore them into the editor, or discard them?`,
      choices: [
        { value: 'restore', label: 'Restore them' },
        { value: 'discard', label: 'Discard them' },
      ],
      // Dismissing restores: the text lands in the editor, unsaved, and undo goes back to the file.
      cancel: 'restore',
    });
    if (answer === 'discard') {
      await this.host.discardRecovery(ref).catch(() => undefined);
      return;
    }
    this.setOpen(true);
    // Saving from the copy's version notices if the file changed on disk since.
    this.base = { ...this.base, version: copy.baseVersion };
    this.recoveryKept = true;
    this.editor?.replaceText(copy.text);
    showNotice(`Restored unsaved changes to ${copy.fileName}; save with Ctrl+S`, 'info', 4);
  }

  /** Saves the text through the host. A file changed on disk meanwhile leads to the conflict question. */
  save(force = false): Promise<void> {
    if (this.saving) return this.saving.then(() => (this.dirty ? this.save(force) : undefined));
    if (!this.dirty && !force) {
      showNotice(`${this.base.fileName} has no unsaved changes`, 'info', 2);
      return Promise.resolve();
    }
    const text = this.text;
    this.savingText = text;
    this.panel.showFile(this.base.fileName, 'saving');
    this.saving = this.host
      .saveDeck({ text, baseVersion: this.base.version, force })
      .then(
        (saved) => {
          this.base = saved;
          if (!this.dirty) this.discardRecovery();
          showNotice(`Saved ${saved.fileName}`, 'info', 2);
        },
        async (error: unknown) => {
          if (isDocentError(error) && error.code === 'DECK_CHANGED_ON_DISK') {
            const theirs = await this.versionOnDisk();
            this.savingText = null;
            this.saving = null;
            this.refreshState();
            if (theirs) await this.resolveConflict(theirs, true);
            else await this.askToOverwriteUnreadable();
            return;
          }
          showNotice(`Not saved: ${describeError(error)}`);
        },
      )
      .finally(() => {
        this.savingText = null;
        this.saving = null;
        this.refreshState();
      });
    return this.saving;
  }

  /**
   * The newer version the host read from disk, or null when it has none: the file changed but does
   * not read as a deck (half-written, or broken by another editor), so the host kept the old one.
   */
  private async versionOnDisk(): Promise<DeckFile | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const file = await this.host.getDeck({});
      if (file.version !== this.base.version) return file;
      // The host notices changes on disk a moment after they happen.
      await new Promise((resolve) => window.setTimeout(resolve, 250));
    }
    return null;
  }

  private async askToOverwriteUnreadable(): Promise<void> {
    const answer = await askChoice<'overwrite' | 'later'>({
      title: `${this.base.fileName} changed on disk`,
      message: `${this.base.fileName} was changed by another program, and the version on disk does not read as a deck (it may be half-written). Save yours over it, or leave it for now?`,
      choices: [
        { value: 'overwrite', label: 'Save mine over it' },
        { value: 'later', label: 'Not now' },
      ],
      cancel: 'later',
    });
    if (answer === 'overwrite') await this.save(true);
  }

  private createEditor(): void {
    this.editor = new MarkdownEditor(this.panel.editorHost, this.text, {
      changed: (text) => this.textChanged(text),
      cursorLine: (line) => {
        if (!this.followingPreview) this.preview.showSlideAtLine(line);
      },
      save: () => void this.save(),
    });
    this.view.reveal?.on('slidechanged', () => this.showCursorSlideInEditor());
    this.checkProblems(this.text);
  }

  private textChanged(text: string): void {
    this.text = text;
    this.preview.update(text);
    this.refreshState();
    window.clearTimeout(this.recoveryTimer);
    this.recoveryTimer = window.setTimeout(() => this.writeRecovery(), recoveryDelayMs);
  }

  private afterRender(text: string, parsed: Deck | null, error: unknown): void {
    this.refreshState();
    if (text !== this.text) return;
    // The list of problems can wait for a pause in the typing; the preview cannot. It takes the deck
    // the preview parsed from this very text rather than parsing it again.
    window.clearTimeout(this.problemsTimer);
    this.problemsTimer = window.setTimeout(() => this.checkProblems(text, parsed), problemsDelayMs);
    this.panel.showStalePreview(error === null ? null : this.describeProblem(error));
    // While presenting with the editor closed, the deck stays where the presenter is.
    if (this.editor && this.isOpen && error === null) this.preview.showSlideAtLine(this.editor.cursorLine);
  }

  /** "deck.md, line 5: front matter: …", as the list under the editor says it. */
  private describeProblem(error: unknown): string {
    if (isDocentError(error) && error.location.line !== undefined) return `${this.base.fileName}, line ${error.location.line}: ${error.message}`;
    return describeError(error, this.base.fileName);
  }

  private checkProblems(text: string, parsed: Deck | null = null): void {
    if (!this.editor || text !== this.text) return;
    const { problems } = this.checker.check(text, parsed);
    this.editor.showProblems(problems);
    this.panel.showProblems(this.base.fileName, problems);
  }

  /** When the preview moves to another slide, the editor shows that slide's source. */
  private showCursorSlideInEditor(): void {
    const editor = this.editor;
    const deck = this.view.deck;
    const current = this.view.reveal?.getCurrentSlide() as HTMLElement | undefined;
    const line = Number(current?.dataset.sourceLine);
    if (!editor || !deck || !this.isOpen || !(line > 0)) return;
    const cursorSlide = deck.slides[slideIndexAtLine(deck, editor.cursorLine)];
    if (cursorSlide?.lines.start === line) return;
    this.followingPreview = true;
    try {
      editor.goToLine(line);
    } finally {
      this.followingPreview = false;
    }
  }

  private async deckChanged(file: DeckFile): Promise<void> {
    if (file.folder !== this.base.folder || file.fileName !== this.base.fileName) {
      await this.switchDeck(file);
      return;
    }
    if (file.version === this.base.version && file.text === this.base.text) return;
    if (file.text === this.text || (this.savingText !== null && file.text === this.savingText)) {
      // Our own save coming back, or the disk caught up with the editor.
      this.base = file;
      if (!this.dirty) this.discardRecovery();
      this.refreshState();
      return;
    }
    if (!this.dirty) {
      this.base = file;
      if (this.editor) {
        this.editor.replaceText(file.text);
        showNotice(`Reloaded ${file.fileName}`, 'info', 2);
      } else this.text = file.text;
      this.refreshState();
      return;
    }
    await this.resolveConflict(file, false);
  }

  private latestTheirs: DeckFile | null = null;

  private async resolveConflict(theirs: DeckFile, fromSave: boolean): Promise<void> {
    this.latestTheirs = theirs;
    if (this.conflictOpen) return;
    this.conflictOpen = true;
    let answer;
    try {
      answer = await askAboutConflict(this.base.fileName, this.text, theirs.text);
    } finally {
      this.conflictOpen = false;
    }
    const latest = this.latestTheirs ?? theirs;
    this.latestTheirs = null;
    if (answer === 'mine') {
      // Mine now stands on theirs: the next save replaces it knowingly.
      this.base = latest;
      this.refreshState();
      if (fromSave) await this.save();
    } else if (answer === 'theirs') {
      this.base = latest;
      if (this.editor) this.editor.replaceText(latest.text);
      else this.textChanged(latest.text);
      this.discardRecovery();
    }
    // 'later' keeps both: mine in the editor (and its recovery copy), theirs on disk.
  }

  private async switchDeck(file: DeckFile): Promise<void> {
    // The last deck's unsaved text stays recoverable: it is offered when that deck opens again.
    if (this.dirty) this.writeRecovery();
    window.clearTimeout(this.recoveryTimer);
    this.base = file;
    this.text = file.text;
    this.recoveryKept = false;
    if (this.editor) {
      this.editor.reset(file.text);
      this.preview.update(file.text);
    }
    this.refreshState();
    await this.offerRecovery();
  }

  private writeRecovery(): void {
    window.clearTimeout(this.recoveryTimer);
    const ref = { folder: this.base.folder, fileName: this.base.fileName };
    if (!this.dirty) {
      this.discardRecovery();
      return;
    }
    this.recoveryKept = true;
    this.host.saveRecovery({ ...ref, text: this.text, baseVersion: this.base.version }).catch((error: unknown) => {
      showNotice(`Could not keep a recovery copy of your unsaved changes: ${describeError(error)}`);
    });
  }

  private discardRecovery(): void {
    window.clearTimeout(this.recoveryTimer);
    if (!this.recoveryKept) return;
    this.recoveryKept = false;
    void this.host.discardRecovery({ folder: this.base.folder, fileName: this.base.fileName }).catch(() => undefined);
  }

  private refreshState(): void {
    const dirty = this.dirty;
    setWindowTitle({ fileName: this.base.fileName, unsaved: dirty });
    document.documentElement.dataset.unsavedEdits = String(dirty);
    if (!this.saving) this.panel.showFile(this.base.fileName, dirty ? 'unsaved' : 'saved');
  }
}
