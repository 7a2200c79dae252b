// The browser host's credential as the page holds it. `docent serve` prints a URL whose fragment
// carries the token (#token=…); a fragment is never sent to any server, so no request, log or
// Referer carries it. The page moves it into sessionStorage, which is scoped to this origin
// (scheme, host and port), so no page of another local port can read it, and two servers never
// share or overwrite it; then it removes the fragment from the address bar and the history entry.
const storageKey = 'docent-token';
const fragmentKey = 'token';

/** The token from the address's fragment, if any, moved into this tab's session storage. */
export function takeTokenFromFragment(location: Location, history: History, storage: Storage): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const offered = fragment.get(fragmentKey);
  if (!offered) return null;
  storage.setItem(storageKey, offered);
  fragment.delete(fragmentKey);
  const rest = fragment.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return offered;
}

export function sessionToken(location: Location, history: History, storage: Storage): string | null {
  return takeTokenFromFragment(location, history, storage) ?? storage.getItem(storageKey);
}

/**
 * Opening the printed URL again in a tab that already shows the app changes only the fragment, which
 * a browser does not reload for: take the (maybe new) token and start again with it.
 */
export function reloadOnNewToken(window: Window): void {
  window.addEventListener('hashchange', () => {
    if (takeTokenFromFragment(window.location, window.history, window.sessionStorage)) window.location.reload();
  });
}
