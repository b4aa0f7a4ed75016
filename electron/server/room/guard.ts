import type { IncomingHttpHeaders } from 'node:http';

/** `HOST:PORT` as a browser writes it in Host, an IPv6 address in brackets. */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Why a request to the room must be refused before anything runs, or null. Host must be
 * exactly the address and port the room listens on (a DNS-rebinding page names another);
 * Origin, when a browser sends one, exactly `http://` that. Nothing else is served, so no
 * other page can script the participant API from a phone's browser.
 */
export function roomRefusal(headers: IncomingHttpHeaders, host: string, port: number): string | null {
  const expected = hostPort(host, port);
  if (headers.host !== expected) return 'foreign Host';
  if (headers.origin !== undefined && headers.origin !== `http://${expected}`) return 'foreign Origin';
  return null;
}

/** The device token of a request: only `Authorization: Bearer` (never a cookie, never the query). */
export function bearerOf(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7) : null;
}
