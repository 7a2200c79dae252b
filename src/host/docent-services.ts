// The services behind the API. Both adapters (Electron IPC, browser-host HTTP) call these, so the
// logic exists once.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { DeckFile, DocentApi, EventName, EventPayload, PlaceHit, PresentationState, PresenterToolEvent } from '../shared/api';
import { DrawingsStore } from './drawings-store';
import { PhoneRemote } from './remote/phone-remote';
import { networkChoices } from './remote/network-interfaces';
import { appPaths } from './app-paths';
import { DeckStore } from './deck-store';
import { DocentError } from '../core/errors';
import { realDeckKey } from './deck-location';
import { ExportJobs } from './export/export-jobs';
import { PresenterMemoryStore } from './presenter-memory';
import { RecentDecks } from './recent-decks';
import { RecoveryStore } from './recovery-store';
import { NewDecks } from './new-decks';

export interface GazetteerLookup {
  lookup(name: string): PlaceHit | null;
}

export interface ServicesOptions {
  /** Folder for settings (recent decks); null keeps nothing. */
  settingsFolder: string | null;
  /** Loads the gazetteer on first use (it is large; start-up should not wait for it). */
  loadPlaces?: () => Promise<GazetteerLookup>;
  watch?: boolean;
  /** The built renderer the phone remote's page comes from (out/renderer). */
  rendererRoot?: string;
  /** The folder the browser host makes new decks in (docent serve --new-decks; a real path); null or absent: none. */
  newDecksFolder?: string | null;
  /** The Electron shell's windows; absent in the browser host, where pages open /speaker themselves. */
  presenterWindows?: { openSpeakerView(): Promise<void> };
}

export interface DocentServices extends DocentApi {
  events: TypedEvents;
  store: DeckStore;
  /**
   * Opens a deck the user chose outside any page: on the command line or in the app's own Open
   * dialog. Only such decks (and recent ones) can be opened again through the API's openDeck.
   */
  openChosenDeck(target: string): Promise<DeckFile>;
  /** The app's PDF export in the background: one at a time, cancellable from any window. */
  exports: ExportJobs;
  /** New Deck from Document… for the browser host: the uploaded document becomes a new deck, opened. */
  newDecks: NewDecks;
  close(): Promise<void>;
}

export class TypedEvents {
  private readonly emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(100);
  }
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.emitter.emit(event, payload);
  }
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}

export function createServices(options: ServicesOptions): DocentServices {
  /** The open deck's folder and file name, when `ref` names that deck; otherwise PATH_OUTSIDE_DECK. */
  const openDeckRef = (ref: { folder: string; fileName: string }): { folder: string; fileName: string } => {
    const open = store.deck;
    if (path.resolve(ref.folder, ref.fileName) !== path.resolve(open.folder, open.fileName)) {
      throw new DocentError('PATH_OUTSIDE_DECK', 'recovery copies can be kept only for the open deck');
    }
    return { folder: open.folder, fileName: open.fileName };
  };
  const events = new TypedEvents();
  const store = new DeckStore({ changedOnDisk: (file) => events.emit('deckChanged', file) }, { watch: options.watch ?? true });
  const recent = new RecentDecks(options.settingsFolder);
  const exports = new ExportJobs((progress) => events.emit('exportProgress', progress));
  const recovery = new RecoveryStore(options.settingsFolder);
  let places: Promise<GazetteerLookup> | null = null;
  const presenterMemory = new PresenterMemoryStore(options.settingsFolder);
  let presentation: PresentationState | null = null;
  const drawings = new DrawingsStore();
  /** The zoom last published, so a view that opens late shows the slide as the audience sees it. */
  let zoom: PresenterToolEvent | null = null;
  let liveTimer: { elapsedMs: number; running: boolean; at: number } | null = null;
  /** The speaker view that started the phone remote: the phone's presses go to it. */
  let remoteOwner = '';
  const remote = new PhoneRemote({
    rendererRoot: options.rendererRoot ?? appPaths.rendererRoot,
    state: () => remoteState(),
    command: (command) => events.emit('remoteCommand', { command, to: remoteOwner }),
  });
  const remoteState = () => {
    // The deck as parsed when it was read or saved; one that does not parse has no notes to show (the phone still moves the talk).
    const parsed = store.folder ? store.parsed : null;
    const at = presentation ?? { h: 0, v: 0, paused: false };
    const index = parsed ? parsed.slides.findIndex((slide) => slide.h === at.h && slide.v === at.v) : -1;
    const slide = parsed && index >= 0 ? parsed.slides[index] : undefined;
    return {
      title: parsed?.meta.title ?? null,
      slide: parsed && index >= 0 ? { number: index + 1, total: parsed.slides.length } : null,
      notes: slide?.notes ?? null,
      paused: at.paused,
      timer: liveTimer ? { elapsedMs: liveTimer.elapsedMs + (liveTimer.running ? Date.now() - liveTimer.at : 0), running: liveTimer.running } : null,
    };
  };

  const rememberDeck = async (folder: string): Promise<void> => {
    const title = store.parsed?.meta.title ?? path.basename(folder);
    await recent.remember({ folder, title }).catch(() => undefined);
  };

  /** Decks the user chose this run (real folder + file name). */
  const chosen = new Set<string>();
  const open = async (target: string): Promise<DeckFile> => {
    const file = await store.open(target);
    await rememberDeck(file.folder);
    // The last deck's slide numbers (and drawings, zoom) mean nothing in this one.
    presentation = null;
    zoom = null;
    await drawings.open(file.folder, file.fileName);
    events.emit('deckChanged', file);
    return file;
  };
  /** A page (maybe one a deck took over) may only switch among decks the user chose, never name a new folder. */
  const mayOpenFromPage = async (target: string): Promise<boolean> => {
    const key = await realDeckKey(target).catch(() => null);
    if (!key) return false;
    if (chosen.has(key)) return true;
    for (const deck of await recent.list().catch(() => [])) {
      if ((await realDeckKey(deck.folder).catch(() => null)) === key) return true;
    }
    return false;
  };

  const chosenOpen = async (target: string): Promise<DeckFile> => {
    const file = await open(target);
    const key = await realDeckKey(path.join(file.folder, file.fileName)).catch(() => null);
    if (key) chosen.add(key);
    return file;
  };
  const newDecks = new NewDecks({
    folder: options.newDecksFolder ?? null,
    report: (progress) => events.emit('newDeckProgress', progress),
    open: chosenOpen,
  });

  return {
    events,
    store,
    exports,
    newDecks,
    openChosenDeck: chosenOpen,
    async newDeckStatus() {
      return newDecks.status();
    },
    async cancelNewDeck() {
      return { cancelled: newDecks.cancel() };
    },
    async getDeck() {
      return store.deck;
    },
    async openDeck({ path: target }) {
      if (!path.isAbsolute(target) || !(await mayOpenFromPage(target))) {
        throw new DocentError('PATH_OUTSIDE_DECK', 'a page can only reopen a deck you opened yourself (command line, Open dialog or recent decks)');
      }
      return open(target);
    },
    async saveDeck({ text, baseVersion, force }) {
      // A deck that does not parse is still the user's work: it is saved, and shown with its error.
      const saved = await store.save(text, baseVersion, force ?? false);
      // Other views of the deck (a second window, a browser tab) follow the edit; the editor that
      // saved recognises its own text and ignores the echo.
      events.emit('deckChanged', saved);
      return saved;
    },
    // Recovery copies belong to the open deck only: a page (a compromised renderer included) can
    // neither read another deck's unsaved text nor plant text the app would offer to restore there.
    async saveRecovery(copy) {
      await recovery.save({ ...copy, ...openDeckRef(copy) });
      return {};
    },
    async loadRecovery(deck) {
      return recovery.load(openDeckRef(deck));
    },
    async discardRecovery(deck) {
      await recovery.discard(openDeckRef(deck));
      return {};
    },
    async recentDecks() {
      return recent.list();
    },
    async lookupPlaces({ names }) {
      if (!options.loadPlaces) return names.map(() => null);
      places ??= options.loadPlaces();
      const gazetteer = await places;
      return names.map((name) => gazetteer.lookup(name));
    },
    async cancelExport() {
      return { cancelled: exports.cancel() };
    },
    async publishPresentation(state) {
      presentation = state;
      events.emit('presentation', state);
      const folder = store.folder;
      if (folder) await presenterMemory.rememberSlide(folder, { h: state.h, v: state.v, f: state.f });
      return {};
    },
    async publishTool(event) {
      if (event.kind === 'strokes') drawings.set(event.step, event.strokes);
      if (event.kind === 'zoom') zoom = event.zoom ? event : null;
      events.emit('presenterTool', event);
      return {};
    },
    async drawings() {
      return { drawings: drawings.all(), zoom };
    },
    async keepDrawings() {
      return { file: await drawings.keep() };
    },
    async presentationState() {
      return presentation;
    },
    async openSpeakerView() {
      if (!options.presenterWindows) return { opened: false };
      await options.presenterWindows.openSpeakerView();
      return { opened: true };
    },
    async recallPresentation() {
      const folder = store.folder;
      return folder ? presenterMemory.recall(folder) : null;
    },
    async rememberTimer(timer) {
      const folder = store.folder;
      if (folder) await presenterMemory.rememberTimer(folder, timer);
      return {};
    },
    async rememberRehearsal(rehearsal) {
      const folder = store.folder;
      if (folder) await presenterMemory.rememberRehearsal(folder, rehearsal);
      return {};
    },
    async publishTimer(timer) {
      liveTimer = { ...timer, at: Date.now() };
      return {};
    },
    async remoteInterfaces() {
      return networkChoices();
    },
    async startRemote({ address, devices, owner }) {
      remoteOwner = owner;
      return remote.start(address, devices);
    },
    async remoteStatus() {
      return remote.status();
    },
    async disconnectRemote({ id }) {
      return { disconnected: remote.disconnect(id) };
    },
    async stopRemote() {
      await remote.stop();
      return {};
    },
    async close() {
      await remote.stop();
      await presenterMemory.flush();
      await store.close();
    },
  };
}
