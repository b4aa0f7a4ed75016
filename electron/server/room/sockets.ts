import type { WebSocket } from 'ws';
import type { ServerMessage } from '../../../shared/room/protocol.ts';
import type { Seat } from '../../core/services/room/seats.ts';

/** One phone's socket and what the room knows of it. */
export type PhoneConnection = {
  readonly socket: WebSocket;
  /** Set by hello: the device token (kept in memory only) and its hash. */
  deviceToken: string | null;
  tokenHash: string | null;
  /** The seat this socket's device held when it was last told; null when it holds none. */
  seat: Seat | null;
  /** When the phone last sent anything (a message or a pong). */
  lastHeard: number;
  /** Its messages in the current minute. */
  windowStart: number;
  windowCount: number;
};

/** Sends a message as JSON if the socket is still open. */
export function sendTo(connection: PhoneConnection, message: ServerMessage): boolean {
  if (connection.socket.readyState !== connection.socket.OPEN) return false;
  connection.socket.send(JSON.stringify(message));
  return true;
}

/**
 * The sockets of one room: those that have not said hello yet, and one per device after it
 * (a new socket from the same device replaces the old one: a phone that reconnects before the
 * server noticed its old socket die is not counted twice).
 */
export class RoomSockets {
  private readonly waiting = new Set<PhoneConnection>();
  private readonly byDevice = new Map<string, PhoneConnection>();

  add(connection: PhoneConnection): void {
    this.waiting.add(connection);
  }

  /** Phones that said hello, with a live socket. */
  get devices(): number {
    return this.byDevice.size;
  }

  has(tokenHash: string): boolean {
    return this.byDevice.has(tokenHash);
  }

  /** Moves a socket from waiting to its device; the device's earlier socket, if any, is returned to be closed. */
  identify(connection: PhoneConnection, tokenHash: string): PhoneConnection | null {
    this.waiting.delete(connection);
    const earlier = this.byDevice.get(tokenHash) ?? null;
    this.byDevice.set(tokenHash, connection);
    return earlier === connection ? null : earlier;
  }

  remove(connection: PhoneConnection): void {
    this.waiting.delete(connection);
    if (connection.tokenHash !== null && this.byDevice.get(connection.tokenHash) === connection) {
      this.byDevice.delete(connection.tokenHash);
    }
  }

  ofDevice(tokenHash: string): PhoneConnection | undefined {
    return this.byDevice.get(tokenHash);
  }

  identified(): PhoneConnection[] {
    return [...this.byDevice.values()];
  }

  all(): PhoneConnection[] {
    return [...this.waiting, ...this.byDevice.values()];
  }

  /** The seats whose phone has a live socket now. */
  connectedSeats(): Set<string> {
    const seats = new Set<string>();
    for (const c of this.byDevice.values()) {
      if (c.seat && c.socket.readyState === c.socket.OPEN) seats.add(c.seat.id);
    }
    return seats;
  }
}
