// The audience view: the deck full-window, following the deck file as it changes.
import type { Deck } from '../../core/deck/deck-model';
import type { DocentHost } from '../../shared/api';
import type { DocentBridge } from '../../preload/bridge-types';
import { DeckView } from '../deck/deck-view';
import { installPresenterKeys } from './presenter-keys';
import { showNotice } from './notice-banner';
import { describeError } from './describe-error';
import { toggleHelp } from './help-overlay';
import { installEditor } from '../editor';
import { PresentationSync } from './presentation-sync';
import { offerToResume } from './resume-offer';
import { installSpeakerViewKey, openSpeakerView } from './speaker-view-key';
import { PresenterTools } from '../tools/presenter-tools';
import { setWindowTitle } from './window-title';
import { MapDrawers } from '../map/map-drawers';

/** What the deck reads differently from how it is written (a fence never closed, an option not applied), said once when it opens. */
function showDeckNotices(deck: Deck, fileName: string): void {
  const [first, ...more] = deck.notices;
  if (!first) return;
  showNotice(`${fileName}:${first.line}: ${first.message}${more.length ? ` (and ${more.length} more; the editor lists them)` : ''}`, 'info', 10);
}

export async function startAudienceView(host: DocentHost): Promise<DeckView> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) throw new Error('index.html has no .reveal element');
  const view = new DeckView(root, host, { maps: new MapDrawers().exposeOn(window) });
  view.onUpdate((shown) => setWindowTitle({ deckTitle: shown.meta.title ?? null }));
  installPresenterKeys(() => view.reveal);
  installSpeakerViewKey(host);
  // Moves made here reach the speaker view (and back) through the host.
  const sync = new PresentationSync(host);
  const tools = new PresenterTools({ host, origin: sync.origin, root, toolbarParent: document.body, hideBarWhenIdle: true });
  view.onShown((reveal) => tools.attach(reveal));
  // Read before this view publishes anything: its first move would overwrite where the talk was left.
  const memory = await host.recallPresentation({});

  const deck = await host.getDeck({});
  try {
    showDeckNotices(await view.show(deck), deck.fileName);
  } catch (error) {
    showNotice(describeError(error, deck.fileName));
  }
  if (view.reveal) {
    sync.attach(view.reveal);
    await tools.load().catch(() => undefined);
    // A new audience page starts at the first slide and follows from the next move: only the speaker
    // view jumps to where a talk is. Resuming is offered when no talk is under way in this run.
    const underway = (await host.presentationState({})) !== null;
    if (!underway && memory) offerToResume(view.reveal, memory.slide);
  }
  // An exported HTML file has no disk to save to: it presents, and is edited in Docent.
  const editor = host.kind === 'file' ? null : installEditor(host, view, deck);
  let shownFolder = deck.folder;
  host.on('deckChanged', (file) => {
    // Once the editor is open, the deck shows the editor's text; it follows the disk and asks about conflicts itself.
    if (editor?.ownsDeck) return;
    // Another deck (opened, or made from a document) rather than this one changed on disk.
    const another = file.folder !== shownFolder;
    shownFolder = file.folder;
    view.show(file).then(
      (shown) => {
        if (view.reveal) sync.attach(view.reveal);
        showNotice(another ? `Opened ${file.folder}` : `Reloaded ${file.fileName}`, 'info', another ? 6 : 2);
        showDeckNotices(shown, file.fileName);
      },
      (error: unknown) => showNotice(describeError(error, file.fileName)),
    );
  });
  // Menu commands from the Electron main process.
  const bridge = (window as unknown as { docent?: DocentBridge }).docent;
  bridge?.onCommand((command) => {
    if (command === 'overview') view.reveal?.toggleOverview();
    if (command === 'help') toggleHelp();
    if (command === 'edit') editor?.toggle();
    if (command === 'speaker') void openSpeakerView(host);
    if (command.startsWith('tool:')) tools.command(command);
  });
  return view;
}
