// How the windows of one exported HTML file talk without a server: the audience window and the
// speaker view it opened post messages to each other (window.open / window.opener work from file://
// in every browser), and a BroadcastChannel reaches a speaker view opened by hand in another tab
// where the browser gives file:// pages one origin (Chromium does; Firefox gives each file its own).
// A message may arrive both ways: each carries an id and is delivered once.

export interface ChannelMessage {
  topic: string;
  payload: unknown;
}

interface Envelope extends ChannelMessage {
  docentFile: string;
  id: string;
}

const rememberedIds = 500;

export class WindowChannel {
  private readonly peers = new Set<Window>();
  private readonly seen: string[] = [];
  private readonly listeners = new Set<(message: ChannelMessage) => void>();
  private readonly broadcast: BroadcastChannel | null;
  private readonly onMessage = (event: MessageEvent) => {
    // Only the windows this one opened or was opened by, never any page that can reach it.
    if (!event.source || !this.peers.has(event.source as Window)) return;
    this.receive(event.data);
  };

  constructor(private readonly deckId: string, private readonly window: Window) {
    const opener = window.opener as Window | null;
    if (opener) this.peers.add(opener);
    window.addEventListener('message', this.onMessage);
    this.broadcast = openBroadcast(`docent-file-${deckId}`);
    if (this.broadcast) this.broadcast.onmessage = (event: MessageEvent) => this.receive(event.data);
  }

  /** A window opened from this one (the speaker view). */
  addPeer(peer: Window): void {
    this.peers.add(peer);
  }

  send(topic: string, payload: unknown): void {
    const envelope: Envelope = { docentFile: this.deckId, id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`, topic, payload };
    this.remember(envelope.id);
    for (const peer of [...this.peers]) {
      if (peer.closed) this.peers.delete(peer);
      // A file:// page's origin is opaque: no origin can be named, and the message holds only slide steps.
      else peer.postMessage(envelope, '*');
    }
    this.broadcast?.postMessage(envelope);
  }

  on(listener: (message: ChannelMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.window.removeEventListener('message', this.onMessage);
    this.broadcast?.close();
    this.listeners.clear();
  }

  private receive(data: unknown): void {
    const envelope = data as Partial<Envelope> | null;
    if (!envelope || envelope.docentFile !== this.deckId || typeof envelope.id !== 'string' || typeof envelope.topic !== 'string') return;
    if (this.seen.includes(envelope.id)) return;
    this.remember(envelope.id);
    for (const listener of this.listeners) listener({ topic: envelope.topic, payload: envelope.payload });
  }

  private remember(id: string): void {
    this.seen.push(id);
    if (this.seen.length > rememberedIds) this.seen.shift();
  }
}

/** A BroadcastChannel where the page may have one (an opaque origin may refuse it). */
function openBroadcast(name: string): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  } catch {
    return null;
  }
}
