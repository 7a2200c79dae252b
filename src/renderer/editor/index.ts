// The editor's way into the app: `E` (or View → Edit) opens the split view, Ctrl+S saves from
// anywhere in the window, and a previous run's unsaved text is offered back at start.
//
// The editor itself (CodeMirror, the live preview, the problem list) is a chunk of its own, loaded
// the first time it is opened or has unsaved text to offer back: a deck that is only presented never
// loads it. Until then this follows the deck file, so the session starts from the version on disk.
import type { DeckFile, DocentHost } from '../../shared/api';
import type { DeckView } from '../deck/deck-view';
import { bindKeys } from '../keys/keyboard';
import { describeError } from '../views/describe-error';
import { showNotice } from '../views/notice-banner';
import type { EditorSession } from './editor-session';

export interface DeckEditor {
  /** Once the editor exists its text is what the deck shows (see EditorSession.ownsDeck). */
  readonly ownsDeck: boolean;
  toggle(): void;
}

class DeferredEditor implements DeckEditor {
  private session: EditorSession | null = null;
  private loading: Promise<EditorSession> | null = null;

  constructor(
    private readonly host: DocentHost,
    private readonly view: DeckView,
    private deck: DeckFile,
  ) {
    host.on('deckChanged', (file) => {
      // From the moment it exists the session follows the disk itself.
      if (this.session) return;
      const switched = file.folder !== this.deck.folder || file.fileName !== this.deck.fileName;
      this.deck = file;
      if (switched) void this.offerRecovery();
    });
  }

  get ownsDeck(): boolean {
    return this.session?.ownsDeck ?? false;
  }

  toggle(): void {
    this.load().then(
      (session) => session.toggle(),
      (error: unknown) => showNotice(`The editor could not be opened: ${describeError(error)}`),
    );
  }

  /** Saves the editor's text if the editor holds the deck; false otherwise (nothing to save). */
  save(): boolean {
    if (!this.session?.ownsDeck) return false;
    void this.session.save();
    return true;
  }

  /** The session is loaded only when the host keeps a recovery copy of this deck: it offers it back. */
  async offerRecovery(): Promise<void> {
    if (this.session) return this.session.offerRecovery();
    const copy = await this.host.loadRecovery({ folder: this.deck.folder, fileName: this.deck.fileName }).catch(() => null);
    if (!copy) return;
    const session = await this.load().catch((error: unknown) => {
      showNotice(`Unsaved changes were found, but the editor could not be opened: ${describeError(error)}`);
      return null;
    });
    await session?.offerRecovery();
  }

  private load(): Promise<EditorSession> {
    this.loading ??= import('./editor-session').then(({ EditorSession }) => (this.session = new EditorSession(this.host, this.view, this.deck)));
    this.loading.catch(() => (this.loading = null)); // the next E tries again
    return this.loading;
  }
}

export function installEditor(host: DocentHost, view: DeckView, deck: DeckFile): DeckEditor {
  const editor = new DeferredEditor(host, view, deck);
  bindKeys({
    // The editor saves its own Ctrl+S; this catches it when the focus is on the deck.
    save: () => editor.save(),
    edit: () => editor.toggle(),
  });
  void editor.offerRecovery();
  return editor;
}
