// The editor's way into the app: `E` (or View → Edit) opens the split view, Ctrl+S saves from
// anywhere in the window, and a previous run's unsaved text is offered back at start.
import type { DeckFile, DocentHost } from '../../shared/api';
import type { DeckView } from '../deck/deck-view';
import { EditorSession } from './editor-session';
import { bindKeys } from '../keys/keyboard';

export function installEditor(host: DocentHost, view: DeckView, deck: DeckFile): EditorSession {
  const session = new EditorSession(host, view, deck);
  bindKeys({
    // The editor saves its own Ctrl+S; this catches it when the focus is on the deck.
    save: () => {
      if (!session.ownsDeck) return false;
      void session.save();
    },
    edit: () => session.toggle(),
  });
  void session.offerRecovery();
  return session;
}
