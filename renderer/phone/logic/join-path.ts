/**
 * The room token in the page's address: the QR code opens `/j/ROOMTOKEN`. Null at `/` (the
 * page that asks for the code). Only base64url characters are taken; whether they make a room
 * token is the server's to say (shared/room/protocol.ts roomToken), which keeps zod out of the
 * phone's bundle.
 */
export function roomTokenOf(pathname: string): string | null {
  const match = /^\/j\/([A-Za-z0-9_-]{1,100})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
