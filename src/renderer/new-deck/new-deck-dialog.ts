// New Deck from Document… in a browser: pick or drop a document, watch it being read (OCR of a scan takes
// a while), cancel if need be. The host makes the deck in a new folder and opens it, and every view follows
// (deckChanged); a bad document gets its one line here and the dialog stays for another try.
import { DocentError, isDocentError } from '../../core/errors';
import type { DocentHost, NewDeckProgress, NewDeckStatus } from '../../shared/api';
import '../styles/dialog.css';
import './new-deck.css';

export interface NewDeckDialog {
  /** Reads this file at once (a document dropped on the window). */
  take(file: File): void;
  close(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function openNewDeckDialog(host: DocentHost, status: NewDeckStatus, onClosed: () => void): NewDeckDialog {
  const upload = host.newDeckFromDocument?.bind(host);
  if (!upload) throw new Error('this host takes no documents');
  const backdrop = element('div', 'docent-dialog-backdrop');
  const dialog = element('div', 'docent-dialog docent-new-deck');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', 'New deck from document');
  const title = element('h2', '', 'New deck from document');
  const where = element('p', 'docent-new-deck-where', 'Docent reads the document and makes a deck of it in a new folder in ');
  where.append(element('code', '', status.folder ?? ''), '.');

  const drop = element('label', 'docent-new-deck-drop');
  const input = element('input', '');
  input.type = 'file';
  input.accept = status.extensions.map((extension) => `.${extension}`).join(',');
  input.setAttribute('aria-label', 'Document');
  drop.append(element('strong', '', 'Choose a document…'), element('span', '', ' or drop it here'), input);
  const formats = element('p', 'docent-new-deck-formats', `${status.extensions.map((extension) => `.${extension}`).join(' ')} · up to ${megabytes(status.maxBytes)}`);

  const working = element('div', 'docent-new-deck-working');
  working.hidden = true;
  const fileLine = element('p', 'docent-new-deck-file');
  const bar = element('progress', '');
  bar.max = 1;
  const message = element('p', 'docent-new-deck-message');
  message.setAttribute('role', 'status');
  working.append(fileLine, bar, message);

  const problem = element('p', 'docent-new-deck-problem');
  problem.setAttribute('role', 'alert');
  problem.hidden = true;

  const buttons = element('div', 'docent-dialog-buttons');
  const closeButton = element('button', '', 'Close');
  closeButton.type = 'button';
  const cancelButton = element('button', '', 'Cancel');
  cancelButton.type = 'button';
  cancelButton.hidden = true;
  buttons.append(cancelButton, closeButton);
  dialog.append(title, where, drop, formats, working, problem, buttons);
  backdrop.append(dialog);

  let running: AbortController | null = null;
  const setWorking = (on: boolean) => {
    dialog.dataset.state = on ? 'working' : 'choosing';
    working.hidden = !on;
    drop.hidden = on;
    formats.hidden = on;
    cancelButton.hidden = !on;
    closeButton.hidden = on;
    input.disabled = on;
  };
  setWorking(false);

  const showProgress = (progress: NewDeckProgress) => {
    if (!running) return;
    bar.value = progress.fraction;
    message.textContent = progress.message;
  };
  const stopListening = host.on('newDeckProgress', showProgress);

  const fail = (text: string) => {
    problem.textContent = text;
    problem.hidden = false;
  };

  const take = (file: File) => {
    if (running) return;
    problem.hidden = true;
    // The host checks again; this spares sending a file it would refuse.
    if (file.size > status.maxBytes) {
      fail(new DocentError('DOCUMENT_TOO_LARGE', `the document is larger than ${megabytes(status.maxBytes)}`, { file: file.name }).describe());
      return;
    }
    const controller = new AbortController();
    running = controller;
    setWorking(true);
    fileLine.textContent = file.name;
    bar.removeAttribute('value');
    message.textContent = `Sending ${file.name} to Docent`;
    upload(file, file.name, controller.signal).then(
      () => {
        running = null;
        // The host opened the new deck: this view (and every other) shows it and says where it is.
        close();
      },
      (error: unknown) => {
        running = null;
        setWorking(false);
        input.value = '';
        if (controller.signal.aborted) fail('Cancelled; nothing was written.');
        else fail(isDocentError(error) ? error.describe() : `${file.name}: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  const cancel = () => {
    if (!running) return;
    running.abort();
    void host.cancelNewDeck({}).catch(() => undefined);
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (running) cancel();
      else close();
      return;
    }
    // Modal: the deck's single-letter keys behind it hear nothing.
    if (!(dialog.contains(event.target as Node | null) && ['Enter', ' ', 'Tab'].includes(event.key))) event.stopPropagation();
  };
  const close = () => {
    if (running) return;
    window.removeEventListener('keydown', onKey, true);
    stopListening();
    backdrop.remove();
    onClosed();
  };

  input.addEventListener('change', () => {
    const [file] = input.files ?? [];
    if (file) take(file);
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('docent-new-deck-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('docent-new-deck-over'));
  // The drop itself is the window's (app-menu.ts), which hands the file to take().
  drop.addEventListener('drop', () => drop.classList.remove('docent-new-deck-over'));
  closeButton.addEventListener('click', close);
  cancelButton.addEventListener('click', cancel);
  window.addEventListener('keydown', onKey, true);
  document.body.append(backdrop);
  input.focus();
  return { take, close };
}
