import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** Where the server listens, which is all a legitimate request may name as its Host or Origin. */
export type Origin = { readonly host: '127.0.0.1'; readonly port: number };

export const TOKEN_COOKIE = 'rc_token';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: `?token=`, an `Authorization: Bearer` header or the session cookie. */
export function tokenOf(request: IncomingMessage, url: URL): string | undefined {
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  const cookie = request.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * Why a request must be refused, or null to let it through: a foreign Host (DNS rebinding),
 * a foreign Origin (another site in the browser), or a missing or wrong token.
 */
export function refusal(request: IncomingMessage, url: URL, origin: Origin, token: string): string | null {
  const allowedHosts = [`${origin.host}:${origin.port}`, `localhost:${origin.port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) return 'foreign Host';
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(requestOrigin)) {
    return 'foreign Origin';
  }
  const given = tokenOf(request, url);
  if (!given || !sameToken(given, token)) return 'missing or wrong token';
  return null;
}
