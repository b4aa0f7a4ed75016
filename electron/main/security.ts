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

/**
 * What the projector window may ask of the services: what the room lets a projector show, and
 * which item it presents. Never the audit or its results, so that a projector shows counts
 * only until the reveal, whatever its page would ask (docs/spec/room.md, "Blindness").
 */
export const PROJECTOR_METHODS: readonly string[] = ['room.projector', 'room.present'];

/** True for a method the projector window may call. */
export function isProjectorMethod(method: unknown): boolean {
  return typeof method === 'string' && PROJECTOR_METHODS.includes(method);
}

/** The web contents of the app's windows that may call the API; null for one that is not open. */
export type CallingWindows = { readonly app: unknown; readonly projector: unknown };

/**
 * The API's sender check for both windows: the app window's top frame may call every method,
 * the projector window's top frame only the projector's methods, anything else nothing.
 */
export function isTrustedCall(
  event: { readonly senderFrame: unknown; readonly sender: unknown },
  method: unknown,
  windows: CallingWindows,
  ourPage: string,
): boolean {
  if (windows.app !== null && isTrustedSender(event, windows.app, ourPage)) return true;
  return (
    windows.projector !== null &&
    isProjectorMethod(method) &&
    isTrustedSender(event, windows.projector, ourPage)
  );
}
