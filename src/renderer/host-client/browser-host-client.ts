// DocentHost over the browser host's HTTP API: POST /api/<name> with the token header; events
// over one EventSource (the session cookie authorizes it).
import { apiNames, type ApiName, type DocentHost, type EventName, type EventPayload } from '../../shared/api';
import { HostError } from './host-error';

export function createBrowserHostClient(): DocentHost {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('docent-token', fromUrl);
    // Keep the token out of the address bar, history and screenshots.
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = fromUrl ?? sessionStorage.getItem('docent-token') ?? '';

  const call = async (name: ApiName, request: unknown): Promise<unknown> => {
    const body = JSON.stringify(request ?? {});
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Docent-Token': token },
      body,
      // The calls a closing page makes (stop the phone remote, save the timer) must still arrive.
      keepalive: name === 'stopRemote' || name === 'rememberTimer',
    });
    const answer = (await response.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: { code: string; message: string; line?: number; file?: string } } | null;
    if (!answer?.ok) throw new HostError(answer?.error?.code ?? 'IO_FAILED', answer?.error?.message ?? `request failed (${response.status})`, answer?.error?.line, answer?.error?.file);
    return answer.value;
  };

  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const ensureSource = (): EventSource => {
    if (source) return source;
    source = new EventSource('/api/events');
    return source;
  };

  const methods = Object.fromEntries(apiNames.map((name) => [name, (request: unknown) => call(name, request)]));
  return {
    ...(methods as unknown as Omit<DocentHost, 'on' | 'assetUrl' | 'kind'>),
    kind: 'browser',
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      if (!listeners.has(event)) {
        listeners.set(event, set);
        ensureSource().addEventListener(event, (message) => {
          const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
          for (const each of set) each(payload);
        });
      }
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    assetUrl(relativePath: string) {
      return `/deck-asset/${relativePath.split('/').map(encodeURIComponent).join('/')}`;
    },
  };
}
