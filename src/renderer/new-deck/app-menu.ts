// The browser host's menu (the desktop app has its own menu bar): a button in the top-left corner,
// shown while the mouse moves, with New Deck from Document…. When the server was started without a folder
// for new decks, the item is unavailable and says why. A document dropped on the window opens the dialog.
import type { DocentHost, NewDeckStatus } from '../../shared/api';
import { describeError } from '../views/describe-error';
import { showNotice } from '../views/notice-banner';
import { openNewDeckDialog, type NewDeckDialog } from './new-deck-dialog';
import './new-deck.css';

const idleMs = 3000;

export function installAppMenu(host: DocentHost): () => void {
  const root = document.createElement('nav');
  root.className = 'docent-app-menu';
  root.setAttribute('aria-label', 'Docent');
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.textContent = '☰ Docent';
  toggle.setAttribute('aria-haspopup', 'menu');
  toggle.setAttribute('aria-expanded', 'false');
  const menu = document.createElement('div');
  menu.setAttribute('role', 'menu');
  menu.hidden = true;
  const newDeck = document.createElement('button');
  newDeck.type = 'button';
  newDeck.setAttribute('role', 'menuitem');
  newDeck.textContent = 'New Deck from Document…';
  const why = document.createElement('p');
  why.className = 'docent-app-menu-why';
  why.hidden = true;
  menu.append(newDeck, why);
  root.append(toggle, menu);
  document.body.append(root);

  let status: NewDeckStatus | null = null;
  let dialog: NewDeckDialog | null = null;
  // Asked again each time: the answer tells whether a deck is being made now.
  const refresh = async (): Promise<NewDeckStatus> => {
    status = await host.newDeckStatus({});
    const unavailable = !status.available || !host.newDeckFromDocument;
    newDeck.setAttribute('aria-disabled', String(unavailable));
    why.hidden = !unavailable;
    why.textContent = status.reason ?? '';
    return status;
  };

  const setOpen = (open: boolean) => {
    menu.hidden = !open;
    root.dataset.open = String(open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  const openDialog = async (file?: File): Promise<void> => {
    const current = await refresh();
    if (!current.available) {
      showNotice(current.reason ?? 'This server makes no new decks.', 'info', 8);
      return;
    }
    dialog ??= openNewDeckDialog(host, current, () => (dialog = null));
    if (file) dialog.take(file);
  };
  const report = (error: unknown) => showNotice(describeError(error));

  toggle.addEventListener('click', () => {
    if (!menu.hidden) return setOpen(false);
    refresh().then(() => {
      setOpen(true);
      newDeck.focus();
    }, report);
  });
  newDeck.addEventListener('click', () => {
    if (newDeck.getAttribute('aria-disabled') === 'true') return;
    setOpen(false);
    openDialog().catch(report);
  });
  const onPointerDown = (event: PointerEvent) => {
    if (!root.contains(event.target as Node | null)) setOpen(false);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !menu.hidden) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      toggle.focus();
    }
  };
  // Clicks on the menu are not clicks on the slide (reveal.js, the pen).
  root.addEventListener('pointerdown', (event) => event.stopPropagation());

  let timer: number | undefined;
  const wake = () => {
    root.classList.add('awake');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => root.classList.remove('awake'), idleMs);
  };

  // A document dropped anywhere on the window: the browser would otherwise open it in place of the deck.
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    openDialog(file).catch(report);
  };

  document.addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('keydown', onKey, true);
  document.addEventListener('pointermove', wake, { passive: true });
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('drop', onDrop);
  return () => {
    document.removeEventListener('pointerdown', onPointerDown, true);
    window.removeEventListener('keydown', onKey, true);
    document.removeEventListener('pointermove', wake);
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('drop', onDrop);
    window.clearTimeout(timer);
    dialog?.close();
    root.remove();
  };
}
