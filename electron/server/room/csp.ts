import { hostPort } from './guard.ts';

/**
 * The phone page's Content-Security-Policy: its own scripts and styles only, no inline script,
 * no third-party asset, and the room's own WebSocket (written out, as older Safari does not
 * count ws: as 'self').
 */
export function phonePagePolicy(host: string, port: number): string {
  return (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
    `connect-src 'self' ws://${hostPort(host, port)}; manifest-src 'none'; object-src 'none'; ` +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
  );
}
