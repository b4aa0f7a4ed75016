import { normalizeJoinCode } from '../../../../shared/room/join-code.ts';
import type { JoinAnswer, JoinRequest, RosterSeat } from '../../../../shared/room/protocol.ts';
import { ROOM_MAX_DEVICES } from '../../../../shared/limits.ts';
import type { AuditRow } from '../../db/repositories/audits.ts';
import {
  claimedSeats,
  countDevices,
  forgetStalestUnseated,
  getDevice,
  getRoomByCode,
  getRoomByToken,
  insertDevice,
  touchDevice,
  type RoomRow,
} from '../../db/repositories/rooms.ts';
import type { Storage } from '../../db/storage.ts';
import { writeTransaction } from '../../db/write.ts';
import type Database from 'better-sqlite3';
import { requireLiveAudit } from '../audit-detail.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { seatsOf } from './seats.ts';
import { hashDeviceToken, newDeviceToken } from './tokens.ts';

/** A join the room refused because the room token or code names no room (the server counts it against the client). */
export class NoSuchRoomError extends NotFoundError {
  override name = 'NoSuchRoomError';
}

/** The room a join request names, by its room token or its typed code. */
function roomOf(db: Database.Database, request: JoinRequest): RoomRow {
  if ('roomToken' in request) {
    const room = getRoomByToken(db, request.roomToken);
    if (!room)
      throw new NoSuchRoomError('This room address is not known. Ask the facilitator for the room’s code.');
    return room;
  }
  const code = normalizeJoinCode(request.code);
  const room = code === null ? undefined : getRoomByCode(db, code);
  if (!room) throw new NoSuchRoomError('No room has this code. Check it on the projector and type it again.');
  return room;
}

/** The roster as a phone sees it: labels and whether a seat is taken, nothing else. */
export function rosterOf(db: Database.Database, audit: AuditRow): RosterSeat[] {
  const claimed = claimedSeats(db, audit.id);
  return seatsOf(db, audit).map((s) => ({ id: s.id, label: s.label, claimed: claimed.has(s.id) }));
}

/**
 * A phone joins a room (POST /p/join): by the QR code's room token or the typed code. A phone
 * that joined before sends its device token and keeps it (and its seat); any other gets a new
 * one. A locked room takes no new phone. Only the token's hash is stored.
 */
export function joinRoom(
  storage: Storage,
  request: JoinRequest,
  /** The room server serves one audit: a token or code of another audit's room is not known here. */
  onlyAuditId?: string,
): { readonly auditId: string; readonly answer: JoinAnswer } {
  const db = storage.db;
  return writeTransaction(storage, () => {
    const room = roomOf(db, request);
    if (onlyAuditId !== undefined && room.audit_id !== onlyAuditId) {
      throw new NoSuchRoomError('This room address is not known. Ask the facilitator for the room’s code.');
    }
    const audit = requireLiveAudit(db, room.audit_id);
    const now = storage.clock().toISOString();
    const known =
      request.deviceToken === undefined ? undefined : getDevice(db, hashDeviceToken(request.deviceToken));
    let deviceToken: string;
    let seatId: string | null = null;
    if (known && known.audit_id === room.audit_id && request.deviceToken !== undefined) {
      deviceToken = request.deviceToken;
      seatId = known.participant_id;
      touchDevice(db, known.token_hash, now);
    } else {
      if (room.locked === 1) {
        throw new ConflictError(
          'The room is locked: no new phone can join. Ask the facilitator to unlock it.',
        );
      }
      if (countDevices(db, room.audit_id) >= ROOM_MAX_DEVICES && !forgetStalestUnseated(db, room.audit_id)) {
        throw new ConflictError('The room is full: no new phone can join.');
      }
      deviceToken = newDeviceToken();
      insertDevice(db, room.audit_id, hashDeviceToken(deviceToken), now);
    }
    return {
      auditId: room.audit_id,
      answer: {
        deviceToken,
        audit: { title: audit.title, organization: audit.organization },
        seatId,
        roster: rosterOf(db, audit),
        openSeats: room.open_seats === 1,
      },
    };
  });
}
