import type { WebSocket } from 'ws';
import { formatPath } from '../../../shared/audit-file/validate.ts';
import { phoneMessageSchema, type PhoneMessage } from '../../../shared/room/protocol.ts';
import type { Storage } from '../../core/db/storage.ts';
import { UnknownDeviceError } from '../../core/services/room/errors.ts';
import type { PhoneWriteResult } from '../../core/services/room/phone-writes.ts';
import { helloDevice } from '../../core/services/room/snapshot.ts';
import type { SocketLimits } from './limits.ts';
import { sendTo, type PhoneConnection, type RoomSockets } from './sockets.ts';
import type { WriteQueue } from './write-queue.ts';

/** Close codes a phone can tell apart (4000–4999 are the application's own). */
export const CLOSE = {
  /** The message broke the protocol (not JSON, not a known message, hello missing). */
  policy: 1008,
  /** The room has as many phones as it takes. */
  full: 1013,
  internal: 1011,
  /** A newer socket of the same device took over. */
  replaced: 4000,
  /** The device token is not known here: join again. */
  unknownDevice: 4401,
  /** Too many messages in a minute. */
  rateLimited: 4429,
} as const;

export type SocketContext = {
  readonly storage: Storage;
  readonly auditId: string;
  readonly sockets: RoomSockets;
  readonly writes: WriteQueue;
  readonly limits: SocketLimits;
  readonly log: (message: string) => void;
};

/** Tells the phone what went wrong with the connection, then closes it. */
function fail(connection: PhoneConnection, closeCode: number, code: string, message: string): void {
  sendTo(connection, { type: 'error', code, message });
  connection.socket.close(closeCode, code);
}

/** The first problem of a message that is not one of the protocol's, in words that quote nothing of it. */
function problemOf(value: unknown): string | null {
  const parsed = phoneMessageSchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return issue ? `${formatPath(issue.path, 'message')}: ${issue.message}` : 'not a message of the room';
}

/** Counts one message against the phone's minute; false past the allowance. */
function withinRate(connection: PhoneConnection, limits: SocketLimits, now: number): boolean {
  if (now - connection.windowStart >= 60_000) {
    connection.windowStart = now;
    connection.windowCount = 0;
  }
  connection.windowCount++;
  return connection.windowCount <= limits.messagesPerMinute;
}

function hello(context: SocketContext, connection: PhoneConnection, deviceToken: string): void {
  const { tokenHash, snapshot } = helloDevice(context.storage, context.auditId, deviceToken);
  if (!context.sockets.has(tokenHash) && context.sockets.devices >= context.limits.maxSockets) {
    fail(connection, CLOSE.full, 'room-full', 'The room has as many phones as it can take. Try again later.');
    return;
  }
  connection.deviceToken = deviceToken;
  connection.tokenHash = tokenHash;
  connection.seat = snapshot.phase === 'closed' ? null : snapshot.seat;
  const earlier = context.sockets.identify(connection, tokenHash);
  if (earlier) fail(earlier, CLOSE.replaced, 'replaced', 'This phone connected again on a newer connection.');
  sendTo(connection, snapshot);
}

/** What a phone hears about its write once the commit it joined is done. */
function answerWrite(context: SocketContext, connection: PhoneConnection, result: PhoneWriteResult): void {
  if (result.type === 'ack' || result.type === 'refused') {
    sendTo(connection, result);
  } else if (result.type === 'unknown-device') {
    fail(connection, CLOSE.unknownDevice, 'unknown-device', new UnknownDeviceError().message);
  } else {
    // Nothing was acknowledged: the phone keeps the answer queued and sends it again.
    const { error } = result;
    context.log(`room socket: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    fail(connection, CLOSE.internal, 'internal', 'The laptop could not save this. It will be sent again.');
  }
}

function onMessage(
  context: SocketContext,
  connection: PhoneConnection,
  data: Buffer,
  isBinary: boolean,
): void {
  const now = Date.now();
  connection.lastHeard = now;
  if (!withinRate(connection, context.limits, now)) {
    fail(
      connection,
      CLOSE.rateLimited,
      'rate-limited',
      'Too many messages from this phone. It reconnects in a moment.',
    );
    return;
  }
  if (isBinary) {
    fail(connection, CLOSE.policy, 'invalid-input', 'The room takes messages as JSON text.');
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    fail(connection, CLOSE.policy, 'invalid-input', 'The message is not valid JSON.');
    return;
  }
  const problem = problemOf(value);
  if (problem !== null) {
    fail(connection, CLOSE.policy, 'invalid-input', problem);
    return;
  }
  const message = value as PhoneMessage;
  try {
    if (connection.tokenHash === null) {
      if (message.type !== 'hello') {
        fail(
          connection,
          CLOSE.policy,
          'hello-first',
          'The first message on a connection says hello with the device token.',
        );
        return;
      }
      hello(context, connection, message.deviceToken);
      return;
    }
    if (message.type === 'hello') {
      fail(connection, CLOSE.policy, 'invalid-input', 'This phone said hello already.');
      return;
    }
    context.writes.add({
      deviceToken: connection.deviceToken ?? '',
      message,
      done: (result) => answerWrite(context, connection, result),
    });
  } catch (error) {
    if (error instanceof UnknownDeviceError) {
      fail(connection, CLOSE.unknownDevice, 'unknown-device', error.message);
      return;
    }
    // Nothing was acknowledged: the phone keeps the answer queued and sends it again.
    context.log(`room socket: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    fail(connection, CLOSE.internal, 'internal', 'The laptop could not save this. It will be sent again.');
  }
}

/**
 * A phone's socket on GET /p/ws: the first message must be hello with a known device token
 * (within the hello timeout, else the socket closes); then answers and clears, each
 * answered with ack or refused after the commit it joined (write-queue.ts). Messages are size-limited by the
 * server (1009 past the limit) and rate-limited per phone.
 */
export function handlePhoneSocket(context: SocketContext, socket: WebSocket): void {
  const now = Date.now();
  const connection: PhoneConnection = {
    socket,
    deviceToken: null,
    tokenHash: null,
    seat: null,
    lastHeard: now,
    windowStart: now,
    windowCount: 0,
  };
  context.sockets.add(connection);
  const helloTimer = setTimeout(() => {
    if (connection.tokenHash === null) {
      fail(
        connection,
        CLOSE.policy,
        'hello-first',
        'The first message on a connection says hello with the device token.',
      );
    }
  }, context.limits.helloTimeoutMs);
  socket.on('message', (data: Buffer, isBinary: boolean) => onMessage(context, connection, data, isBinary));
  socket.on('pong', () => (connection.lastHeard = Date.now()));
  socket.on('close', () => {
    clearTimeout(helloTimer);
    context.sockets.remove(connection);
  });
  socket.on('error', () => socket.terminate());
}

/**
 * Heartbeats: every `pingMs` each socket is pinged, and one silent for `silentMs` (no pong,
 * no message: a phone that slept or left the Wi-Fi) is ended, so the console shows it as
 * disconnected within about 30 s. Returns the function that stops them.
 */
export function startHeartbeats(sockets: RoomSockets, limits: SocketLimits): () => void {
  const timer = setInterval(() => {
    const now = Date.now();
    for (const connection of sockets.all()) {
      if (now - connection.lastHeard > limits.silentMs) {
        connection.socket.terminate();
        sockets.remove(connection);
      } else if (connection.socket.readyState === connection.socket.OPEN) {
        connection.socket.ping();
      }
    }
  }, limits.pingMs);
  timer.unref();
  return () => clearInterval(timer);
}
