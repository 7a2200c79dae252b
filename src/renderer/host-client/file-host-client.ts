// DocentHost inside an exported HTML file (docent export --html): no server, no network. The deck,
// its pictures and its places come from the file itself (see src/shared/file-deck.ts); the views of
// the talk (the audience window and the speaker view it opens) keep in step through a WindowChannel.
// What needs a host with a disk (saving, the phone remote, exports) is refused with one message.
import { apiNames, presentationStateSchema, presenterToolEventSchema, type DocentApi, type DocentHost, type EventName, type EventPayload, type PresentationState } from '../../shared/api';
import { placeKey, type FileDeck } from '../../shared/file-deck';
import { DocentError } from '../../core/errors';
import { WindowChannel } from './window-channel';

/** How long a view that opens late waits for another window to say where the talk is. */
const askPeersMs = 300;

const notInFile = 'an exported HTML file only presents: open the deck in Docent to change it';

/** The address of this file's speaker view. */
export function speakerViewAddress(location: Location): string {
  return `${location.href.split('#')[0] ?? ''}#speaker`;
}

export function createFileHostClient(deck: FileDeck, window: Window): DocentHost {
  const channel = new WindowChannel(deck.id, window);
  let lastState: PresentationState | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const emit = (event: EventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  channel.on(({ topic, payload }) => {
    if (topic === 'presentation') {
      const state = presentationStateSchema.safeParse(payload);
      if (!state.success) return;
      lastState = state.data;
      emit('presentation', state.data);
    }
    if (topic === 'presenterTool') {
      const event = presenterToolEventSchema.safeParse(payload);
      if (event.success) emit('presenterTool', event.data);
    }
    if (topic === 'where' && lastState) channel.send('presentation', lastState);
  });

  const refuse = () => Promise.reject(new DocentError('REQUEST_INVALID', notInFile));
  const refused = Object.fromEntries(apiNames.map((name) => [name, refuse])) as unknown as DocentApi;
  const own: Partial<DocentApi> = {
    getDeck: async () => ({ folder: '', fileName: deck.fileName, text: deck.text, version: deck.id, eol: deck.eol }),
    recentDecks: async () => [],
    lookupPlaces: async ({ names }) => names.map((name) => deck.places[placeKey(name)] ?? null),
    publishPresentation: async (state) => {
      lastState = state;
      channel.send('presentation', state);
      return {};
    },
    presentationState: async () => {
      if (lastState) return lastState;
      channel.send('where', null);
      await new Promise((resolve) => window.setTimeout(resolve, askPeersMs));
      return lastState;
    },
    publishTool: async (event) => {
      channel.send('presenterTool', event);
      return {};
    },
    drawings: async () => ({ drawings: {}, zoom: null }),
    openSpeakerView: async () => {
      const popup = window.open(speakerViewAddress(window.location), 'docent-speaker', 'popup,width=1280,height=800');
      if (!popup) throw new DocentError('REQUEST_INVALID', 'the browser blocked the speaker view window: allow pop-ups for this file, or open it again with #speaker at the end of its address');
      channel.addPeer(popup);
      return { opened: true };
    },
    // Nothing is remembered between openings of the file: it writes nowhere.
    recallPresentation: async () => null,
    rememberTimer: async () => ({}),
    rememberRehearsal: async () => ({}),
    publishTimer: async () => ({}),
    stopRemote: async () => ({}),
    cancelExport: async () => ({ cancelled: false }),
    loadRecovery: async () => null,
  };

  return {
    ...refused,
    ...own,
    kind: 'file',
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    assetUrl(relativePath: string) {
      // A picture the exporter did not carry shows as missing; nothing is ever fetched for it.
      return deck.pictures[relativePath] ?? 'data:,';
    },
  };
}
