/** Links to the outside the app will open in the system browser; everything else is refused. */
export const EXTERNAL_ALLOW_LIST: readonly string[] = ['https://www.electronjs.org/'];

/** True for an https URL on the allow-list. */
export function isAllowedExternal(url: string): boolean {
  return url.startsWith('https://') && EXTERNAL_ALLOW_LIST.some((prefix) => url.startsWith(prefix));
}

/** True when a frame's URL is our renderer page (any hash: the router lives there). */
export function isOurPage(url: string, ourPage: string): boolean {
  return url === ourPage || url.startsWith(`${ourPage}#`);
}

/**
 * The one permission the window may have: full screen, which the reveal's spotlight asks for
 * to fill a projector, and only for our own page. Everything else is refused.
 */
export function isAllowedPermission(permission: string, requestingUrl: string, ourPage: string): boolean {
  return permission === 'fullscreen' && isOurPage(requestingUrl, ourPage);
}

type FrameLike = { readonly url: string; readonly parent: unknown } | null | undefined;

/**
 * The IPC sender check: the message must come from our window's web contents and from its
 * top frame showing our page (Electron Fiddle's `ipc.ts` checks the same).
 */
export function isTrustedSender(
  event: { readonly senderFrame: unknown; readonly sender: unknown },
  ourContents: unknown,
  ourPage: string,
): boolean {
  const frame = event.senderFrame as FrameLike;
  return event.sender === ourContents && !!frame && frame.parent === null && isOurPage(frame.url, ourPage);
}
