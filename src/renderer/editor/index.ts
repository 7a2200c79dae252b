// The editor's way into the app: `E` (or View → Edit) opens the split view, Ctrl+S saves from
// anywhere in the window, and a previous run's unsaved text is offered back at start.
import type { DeckFile, DocentHost } from '../../shared/api';
import type { DeckView } from '../deck/deck-view';
import { EditorSession } from './editor-session';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

export function installEditor(host: DocentHost, view: DeckView, deck: DeckFile): EditorSession {
  const session = new EditorSession(host, view, deck);
  document.addEventListener(
    'keydown',
    (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        // The editor saves its own Ctrl+S; this catches it when the focus is on the deck.
        if (!session.ownsDeck || isTyping(event.target)) return;
        event.preventDefault();
        void session.save();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === 'e' || event.key === 'E') {
        event.preventDefault();
        event.stopImmediatePropagation();
        session.toggle();
      }
    },
    true,
  );
  void session.offerRecovery();
  return session;
}
