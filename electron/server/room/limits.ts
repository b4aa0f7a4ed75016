import {
  ROOM_MAX_MESSAGE_BYTES,
  ROOM_MAX_SEATS,
  ROOM_MESSAGES_PER_MINUTE,
  ROOM_PING_MS,
  ROOM_SILENT_MS,
  ROOM_WRONG_CODES_PER_MINUTE,
} from '../../../shared/limits.ts';
import type { HttpLimits } from '../limits.ts';

/**
 * The room's HTTP surface on the venue network (docs/spec/room.md, "Limits and hygiene"):
 * bodies of 16 KB, room for every seat's socket plus phones loading the page, a request rate
 * per address that a phone reloading the page stays far below, and few wrong codes.
 */
export const ROOM_HTTP_LIMITS: HttpLimits = {
  bodyBytes: ROOM_MAX_MESSAGE_BYTES,
  maxConnections: ROOM_MAX_SEATS + 56,
  requestsPerMinute: 300,
  wrongCredentialsPerMinute: ROOM_WRONG_CODES_PER_MINUTE,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  timeoutCheckMs: 1_000,
};

/** What the room's sockets allow, and how often it listens for them. */
export type SocketLimits = {
  /** Largest message, in bytes; a larger one closes the socket (1009). */
  readonly messageBytes: number;
  /** Phones with a live socket at once; one more is refused (1013). */
  readonly maxSockets: number;
  /** Messages one phone may send per minute; past that the socket is closed. */
  readonly messagesPerMinute: number;
  /** Time a new socket has to say hello. */
  readonly helloTimeoutMs: number;
  readonly pingMs: number;
  /** A socket silent this long (no pong, no message) is ended. */
  readonly silentMs: number;
};

export const ROOM_SOCKET_LIMITS: SocketLimits = {
  messageBytes: ROOM_MAX_MESSAGE_BYTES,
  maxSockets: ROOM_MAX_SEATS,
  messagesPerMinute: ROOM_MESSAGES_PER_MINUTE,
  helloTimeoutMs: 10_000,
  pingMs: ROOM_PING_MS,
  silentMs: ROOM_SILENT_MS,
};
