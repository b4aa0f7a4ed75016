/*
 * The session token of the browser binding (`npm run web`). It arrives once, in the address
 * the server printed (`/?token=…`). The page keeps it in sessionStorage, which belongs to this
 * tab and this origin, port included, so no other local server ever sees it (a cookie would go
 * to every port of 127.0.0.1), takes it out of the address bar and the history, and sends it
 * as a header with every API call.
 */

const KEY = 'reality-check:session-token';

/** Takes the token out of the address, if it is there, and keeps it for this tab. */
export function adoptSessionToken(
  location: Pick<Location, 'href'> = window.location,
  history: Pick<History, 'replaceState' | 'state'> = window.history,
  storage: Pick<Storage, 'setItem'> = window.sessionStorage,
): void {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  if (token !== '') storage.setItem(KEY, token);
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/** The token this tab was given, or null when it was opened without one. */
export function sessionToken(storage: Pick<Storage, 'getItem'> = window.sessionStorage): string | null {
  return storage.getItem(KEY);
}
