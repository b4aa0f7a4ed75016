import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Where the server listens, which is all a legitimate request may name as its Host or Origin. */
export type Origin = { readonly host: '127.0.0.1'; readonly port: number };

/** Why a request is refused before anything runs for it. */
export type RefusalReason = 'foreign Host' | 'foreign Origin' | 'missing or wrong token';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The token a request carries: only an `Authorization: Bearer` header. Never a cookie (a
 * browser sends cookies to every port of 127.0.0.1, so to any other local server) and never
 * the query (addresses end up in history and logs).
 */
export function tokenOf(headers: IncomingHttpHeaders): string | undefined {
  const auth = headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
}

/**
 * Why a request must be refused whatever it asks for, or null: a foreign Host (DNS rebinding)
 * or a foreign Origin (another site in the browser). The page and its files need nothing more.
 */
export function originRefusal(headers: IncomingHttpHeaders, origin: Origin): RefusalReason | null {
  const allowedHosts = [`${origin.host}:${origin.port}`, `localhost:${origin.port}`];
  if (!allowedHosts.includes(headers.host ?? '')) return 'foreign Host';
  const requestOrigin = headers.origin;
  if (requestOrigin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(requestOrigin)) {
    return 'foreign Origin';
  }
  return null;
}

/** Why an API call must be refused, or null: a missing or wrong session token. */
export function tokenRefusal(headers: IncomingHttpHeaders, token: string): RefusalReason | null {
  const given = tokenOf(headers);
  return given && sameToken(given, token) ? null : 'missing or wrong token';
}

/** Both checks an API call must pass, in order: Host and Origin, then the token. */
export function refusal(headers: IncomingHttpHeaders, origin: Origin, token: string): RefusalReason | null {
  return originRefusal(headers, origin) ?? tokenRefusal(headers, token);
}
