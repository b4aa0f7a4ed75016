import type { RoomStatus } from '../../../../shared/api/methods/room.ts';
import { getParticipant } from '../../db/repositories/participants.ts';
import { deleteRoom, releaseSeat, updateRoom } from '../../db/repositories/rooms.ts';
import type { Storage } from '../../db/storage.ts';
import { writeTransaction } from '../../db/write.ts';
import { requireAudit, requireLiveAudit } from '../audit-detail.ts';
import { NotFoundError } from '../errors.ts';
import type { RoomHost } from './host.ts';
import { ensureRoom } from './room-row.ts';
import { roomStatus } from './status.ts';

/** What a phone shows when the facilitator nudges: our own calm words. */
export const NUDGE_MESSAGE = 'The facilitator asks you to carry on scoring when you are ready.';

/** Closes the port (room.stop); seats, devices and answers stay, so phones resume on the next start. */
export async function stopRoom(storage: Storage, host: RoomHost, auditId: string): Promise<RoomStatus> {
  requireAudit(storage.db, auditId);
  await host.close(auditId);
  return roomStatus(storage, host, auditId);
}

/**
 * Ends the room (room.end): its tokens, code and seats are forgotten, every phone hears the
 * room is closed, then the port closes. The answers stay in the audit.
 */
export async function endRoom(storage: Storage, host: RoomHost, auditId: string): Promise<RoomStatus> {
  requireAudit(storage.db, auditId);
  writeTransaction(storage, () => deleteRoom(storage.db, auditId));
  host.refreshSeats(auditId, 'all');
  await host.close(auditId);
  return roomStatus(storage, host, auditId);
}

function requireSeat(storage: Storage, auditId: string, participantId: string): void {
  if (!getParticipant(storage.db, auditId, participantId)) {
    throw new NotFoundError(`There is no participant ${participantId} in this audit.`);
  }
}

/** Frees a seat from its phone (room.release); the seat's answers stay, and that phone hears its seat is closed. */
export async function releaseRoomSeat(
  storage: Storage,
  host: RoomHost,
  args: { auditId: string; participantId: string },
): Promise<RoomStatus> {
  const released = writeTransaction(storage, () => {
    requireLiveAudit(storage.db, args.auditId);
    requireSeat(storage, args.auditId, args.participantId);
    return releaseSeat(storage.db, args.auditId, args.participantId);
  });
  if (released !== null) host.refreshSeats(args.auditId, [args.participantId]);
  return roomStatus(storage, host, args.auditId);
}

/** Locks or unlocks the room (room.lock): locked, no new phone joins or claims; phones in carry on. */
export async function lockRoom(
  storage: Storage,
  host: RoomHost,
  args: { auditId: string; locked: boolean },
): Promise<RoomStatus> {
  writeTransaction(storage, () => {
    requireLiveAudit(storage.db, args.auditId);
    ensureRoom(storage.db, args.auditId, storage.clock().toISOString());
    updateRoom(storage.db, args.auditId, { locked: args.locked });
  });
  return roomStatus(storage, host, args.auditId);
}

/** Allows or stops open seats (room.openSeats): a phone may add itself as a new participant. */
export async function setOpenSeats(
  storage: Storage,
  host: RoomHost,
  args: { auditId: string; open: boolean },
): Promise<RoomStatus> {
  writeTransaction(storage, () => {
    requireLiveAudit(storage.db, args.auditId);
    ensureRoom(storage.db, args.auditId, storage.clock().toISOString());
    updateRoom(storage.db, args.auditId, { openSeats: args.open });
  });
  return roomStatus(storage, host, args.auditId);
}

/** Asks one person, on their phone, to carry on (room.nudge). */
export function nudgeSeat(
  storage: Storage,
  host: RoomHost,
  args: { auditId: string; participantId: string },
): { delivered: boolean } {
  requireAudit(storage.db, args.auditId);
  requireSeat(storage, args.auditId, args.participantId);
  return {
    delivered: host.sendToSeat(args.auditId, args.participantId, { type: 'nudge', message: NUDGE_MESSAGE }),
  };
}
