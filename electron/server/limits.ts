import { MAX_AUDIT_FILE_BYTES, MAX_LOGO } from '../../shared/limits.ts';

/** One mebibyte, the unit the body limits are written in. */
export const MIB = 1024 * 1024;

/**
 * The largest body `files.import` accepts over HTTP: one audit file, as JSON text inside the
 * call. The file itself may be MAX_AUDIT_FILE_BYTES (shared/limits.ts); written as a JSON
 * string it can take up to twice that (every quote and line break escaped), plus the
 * envelope. Over the file limit but within this, the call gets the limit's own message.
 * Every other method gets `HttpLimits.bodyBytes`.
 */
export const IMPORT_BODY_BYTES = 2 * MAX_AUDIT_FILE_BYTES + MIB;

/**
 * The largest body of a call that may carry a logo (the audit's or the firm's): a logo may be
 * MAX_LOGO characters of data: URL (shared/limits.ts), plain ASCII that JSON does not escape,
 * plus the rest of the call. Over the logo limit but within this, the call gets its own message.
 */
export const LOGO_BODY_BYTES = MAX_LOGO + MIB;

/**
 * What one HTTP surface accepts before it answers 413, 429 or closes a connection. Each
 * surface (the loopback binding today, the room's participant API on the venue network later)
 * sets its own; the hygiene that applies them is shared (http-surface.ts).
 */
export type HttpLimits = {
  /** Largest request body of an ordinary call. */
  readonly bodyBytes: number;
  /** Open connections in all; further ones are closed at once. */
  readonly maxConnections: number;
  /** Requests per client address per minute, of any kind. */
  readonly requestsPerMinute: number;
  /** Refused credentials per client address per minute before every further attempt gets 429. */
  readonly wrongCredentialsPerMinute: number;
  /** Time to send the request line and headers. */
  readonly headersTimeoutMs: number;
  /** Time to send the whole request, body included. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  readonly keepAliveTimeoutMs: number;
  /** How long a connection may stay silent in either direction (longer than the slowest report). */
  readonly idleTimeoutMs: number;
  /** How often the server looks for requests past their header or request timeout. */
  readonly timeoutCheckMs: number;
};

/**
 * The loopback binding (`npm run web`): one person's browser on this computer. Generous rates
 * (a keyboard scorer saves an answer per keypress), small bodies, and timeouts that stop a
 * stalled or trickling client from holding a connection.
 */
export const LOOPBACK_LIMITS: HttpLimits = {
  bodyBytes: 1 * MIB,
  maxConnections: 32,
  requestsPerMinute: 6000,
  wrongCredentialsPerMinute: 10,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 120_000,
  timeoutCheckMs: 1_000,
};
