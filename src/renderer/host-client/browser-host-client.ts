// DocentHost over the browser host's HTTP API: POST /api/<name> with the token as an Authorization
// header; events over a fetch-read event stream with the same header. Deck images are loaded by the
// browser without headers, so they use the asset path this page was given (see browser-session.ts
// and SECURITY.md): a capability that reads only files of the open deck.
import { apiNames, newDeckNameHeader, type ApiName, type DeckFile, type DocentHost, type EventName, type EventPayload } from '../../shared/api';
import { DocentError, type WireError } from '../../core/errors';
import { reloadOnNewToken, sessionToken } from './browser-session';
import { openEventStream } from './event-stream';

const noToken = 'this page has no access token: open the URL that "docent serve" printed';

export function createBrowserHostClient(): DocentHost {
  const token = sessionToken(window.location, window.history, window.sessionStorage);
  reloadOnNewToken(window);
  const headers = { Authorization: `Bearer ${token ?? ''}` };

  const post = async (path: string, request: unknown): Promise<unknown> => {
    if (!token) throw new DocentError('REQUEST_INVALID', noToken);
    const response = await fetch(path, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(request ?? {}),
      // The calls a closing page makes (stop the phone remote, save the timer) must still arrive.
      keepalive: path === '/api/stopRemote' || path === '/api/rememberTimer',
    });
    const body = (await response.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: WireError } | null;
    if (!body?.ok) throw DocentError.fromWire(body?.error, `request failed (${response.status})`);
    return body.value;
  };

  // Every call waits for the page's asset path, so nothing is drawn before images can load.
  let assetBase = '/deck-asset/-/';
  const session = post('/api/session', {}).then((value) => {
    assetBase = (value as { assetBase: string }).assetBase;
  });
  // A failed session is reported by the first call that waits for it.
  session.catch(() => undefined);
  const call = async (name: ApiName, request: unknown): Promise<unknown> => {
    await session;
    return post(`/api/${name}`, request);
  };

  let streaming = false;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const ensureStream = (): void => {
    if (streaming || !token) return;
    streaming = true;
    openEventStream('/api/events', async () => headers, (event, data) => {
      const set = listeners.get(event as EventName);
      if (!set) return;
      const payload: unknown = JSON.parse(data);
      for (const each of set) each(payload);
    });
  };

  /** New Deck from Document…: the file itself is the body, so a large document is sent as it is. */
  const newDeckFromDocument = async (file: Blob, fileName: string, signal: AbortSignal): Promise<DeckFile> => {
    await session;
    if (!token) throw new DocentError('REQUEST_INVALID', noToken);
    const response = await fetch('/api/newDeckFromDocument', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/octet-stream', [newDeckNameHeader]: encodeURIComponent(fileName) },
      body: file,
      signal,
    });
    const body = (await response.json().catch(() => null)) as { ok: boolean; value?: DeckFile; error?: WireError } | null;
    if (!body?.ok || !body.value) throw DocentError.fromWire(body?.error, `the upload failed (${response.status})`);
    return body.value;
  };

  const methods = Object.fromEntries(apiNames.map((name) => [name, (request: unknown) => call(name, request)]));
  return {
    ...(methods as unknown as Omit<DocentHost, 'on' | 'assetUrl' | 'kind'>),
    kind: 'browser',
    newDeckFromDocument,
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      ensureStream();
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    assetUrl(relativePath: string) {
      return `${assetBase}${relativePath.split('/').map(encodeURIComponent).join('/')}`;
    },
  };
}
