import { describe, expect, it } from 'vitest';
import { sessionToken, takeTokenFromFragment } from '../../../../src/renderer/host-client/browser-session';
import { parseFrames } from '../../../../src/renderer/host-client/event-stream';

/** A tab's address, history and session storage, as far as the session code uses them. */
function tab(address: string) {
  let url = new URL(address);
  const replaced: string[] = [];
  const store = new Map<string, string>();
  const location = {
    get pathname() {
      return url.pathname;
    },
    get search() {
      return url.search;
    },
    get hash() {
      return url.hash;
    },
  } as Location;
  const history = {
    state: null,
    replaceState(_state: unknown, _title: string, next: string) {
      replaced.push(next);
      url = new URL(next, url);
    },
  } as unknown as History;
  const storage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  } as Storage;
  return { location, history, storage, replaced, address: () => url.href };
}

describe('the browser session token', () => {
  it('moves the token from the fragment into session storage and out of the address', () => {
    const t = tab('http://127.0.0.1:4000/print?layout=notes#token=abc123');
    expect(sessionToken(t.location, t.history, t.storage)).toBe('abc123');
    expect(t.address()).toBe('http://127.0.0.1:4000/print?layout=notes');
    expect(t.replaced).toEqual(['/print?layout=notes']);
    // The next load of the tab has no fragment and finds it in storage.
    expect(sessionToken(t.location, t.history, t.storage)).toBe('abc123');
  });

  it('ignores a token in the query (it would be sent to the server and kept in history)', () => {
    const t = tab('http://127.0.0.1:4000/?token=abc123');
    expect(sessionToken(t.location, t.history, t.storage)).toBeNull();
    expect(t.replaced).toEqual([]);
  });

  it('keeps other fragment parts', () => {
    const t = tab('http://127.0.0.1:4000/#token=abc&slide=3');
    expect(takeTokenFromFragment(t.location, t.history, t.storage)).toBe('abc');
    expect(t.address()).toBe('http://127.0.0.1:4000/#slide=3');
  });
});

describe('event stream frames', () => {
  it('reads complete frames and keeps the unfinished rest', () => {
    const seen: string[] = [];
    const rest = parseFrames(': connected\n\nevent: deckChanged\ndata: {"a":1}\n\nevent: presentation\ndata: {"h"', (event, data) => seen.push(`${event} ${data}`));
    expect(seen).toEqual(['deckChanged {"a":1}']);
    expect(rest).toBe('event: presentation\ndata: {"h"');
    parseFrames(`${rest}:2}\n\n`, (event, data) => seen.push(`${event} ${data}`));
    expect(seen).toEqual(['deckChanged {"a":1}', 'presentation {"h":2}']);
  });
});
