// Renderer entry: connect to the host, show the deck, follow changes.
import './styles/app.css';
import { connectToHost } from './host-client';
import { HostError } from './host-client/host-error';
import { DeckView } from './deck/deck-view';
import { installPresenterKeys } from './views/presenter-keys';
import { showNotice } from './views/notice-banner';
import { isDocentError } from '../core/errors';

function describe(error: unknown, file?: string): string {
  if (isDocentError(error)) return (file ? error.withFile(error.location.file ?? file) : error).describe();
  if (error instanceof HostError) return error.describe();
  return error instanceof Error ? error.message : String(error);
}

async function start(): Promise<void> {
  const host = connectToHost();
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) throw new Error('index.html has no .reveal element');
  const view = new DeckView(root, host);
  installPresenterKeys(() => view.reveal);

  const deck = await host.getDeck({});
  try {
    await view.show(deck.text);
  } catch (error) {
    showNotice(describe(error, deck.fileName));
  }
  host.on('deckChanged', (file) => {
    view.show(file.text).then(
      () => showNotice(`Reloaded ${file.fileName}`, 'info', 2),
      (error: unknown) => showNotice(describe(error, file.fileName)),
    );
  });
  // Tests and the PDF export wait for this.
  document.documentElement.dataset.docentReady = 'true';
}

start().catch((error: unknown) => showNotice(`Docent could not start: ${describe(error)}`));
