// The shape of window.docent, the only thing the preload exposes. Types only: no runtime code here.
import type { WireError } from '../core/errors';
import type { ApiName, EventName } from '../shared/api';

export type BridgeResult = { ok: true; value: unknown } | { ok: false; error: WireError };

export interface DocentBridge {
  invoke(name: ApiName, request: unknown): Promise<BridgeResult>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Menu commands from the main process (open deck, export…), as plain names. */
  onCommand(listener: (command: string, argument?: unknown) => void): () => void;
}
