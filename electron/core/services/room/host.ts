import type { ServerMessage } from '../../../../shared/room/protocol.ts';
import { ConflictError } from '../errors.ts';

/** Where a room listens. */
export type RoomAddress = { readonly host: string; readonly port: number };

/**
 * The thing that actually listens for phones: the room's LAN server (electron/server/room/).
 * Core decides what happens and writes it; the host holds the sockets. The desktop main
 * process, the loopback binding and `rca room` each make one and hand it to dispatch (see
 * ServiceContext); where none is handed over (the worker thread), `noRoomHost` answers.
 */
export type RoomHost = {
  /** Opens the audit's room on one address; port 0 picks a free one. Answers where it listens. */
  readonly listen: (auditId: string, host: string, port: number) => Promise<RoomAddress>;
  /** Closes the audit's room: the port closes and every phone's socket with it. */
  readonly close: (auditId: string) => Promise<void>;
  /** Closes every room (the app quits, the binding stops). */
  readonly closeAll: () => Promise<void>;
  readonly address: (auditId: string) => RoomAddress | null;
  /** The seats whose phone has a live connection now. */
  readonly connectedSeats: (auditId: string) => ReadonlySet<string>;
  /**
   * Sends the phones of these seats ('all': every phone of the audit) a fresh snapshot of their
   * own seat, read from the database; a phone that lost its seat hears that it is closed.
   */
  readonly refreshSeats: (auditId: string, seats: readonly string[] | 'all') => void;
  /** Sends a message to the phone that holds a seat now. False when it is not connected. */
  readonly sendToSeat: (auditId: string, seatId: string, message: ServerMessage) => boolean;
};

const NOT_HERE = 'Room mode is not available here: start the room from the app or with rca room.';

/** The host where none is wired: nothing is running, and starting a room is refused in plain words. */
export const noRoomHost: RoomHost = {
  listen: () => Promise.reject(new ConflictError(NOT_HERE)),
  close: () => Promise.resolve(),
  closeAll: () => Promise.resolve(),
  address: () => null,
  connectedSeats: () => new Set(),
  refreshSeats: () => undefined,
  sendToSeat: () => false,
};
