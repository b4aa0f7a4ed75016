import type Database from 'better-sqlite3';
import { methods } from '../../../../shared/api/methods.ts';
import { formatPath } from '../../../../shared/audit-file/validate.ts';
import { ROOM_MAX_SEATS } from '../../../../shared/limits.ts';
import type { ClaimAnswer, ClaimRequest } from '../../../../shared/room/protocol.ts';
import { getParticipant } from '../../db/repositories/participants.ts';
import {
  deviceOfSeat,
  getDevice,
  getRoom,
  resetSeatSequence,
  setDeviceSeat,
  type DeviceRow,
} from '../../db/repositories/rooms.ts';
import { countParticipants } from '../../db/repositories/participants.ts';
import type { Storage } from '../../db/storage.ts';
import { writeTransaction } from '../../db/write.ts';
import { requireLiveAudit } from '../audit-detail.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from '../errors.ts';
import { addParticipant } from '../participants.ts';
import { UnknownDeviceError } from './errors.ts';
import { seatsOf } from './seats.ts';
import { hashDeviceToken } from './tokens.ts';

/** The device behind a token in this audit's room, or UnknownDeviceError (the server answers 401). */
export function requireDevice(db: Database.Database, auditId: string, deviceToken: string): DeviceRow {
  const device = getDevice(db, hashDeviceToken(deviceToken));
  if (!device || device.audit_id !== auditId) throw new UnknownDeviceError();
  return device;
}

/** A new participant added by a phone, through participants.add's own schema and rules. */
function addOpenSeat(storage: Storage, auditId: string, name: string): string {
  const parsed = methods['participants.add'].input.safeParse({ auditId, name });
  if (!parsed.success) {
    throw new InvalidRequestError(
      parsed.error.issues.map((i) => `${formatPath(i.path.slice(-1), 'name')}: ${i.message}`),
    );
  }
  if (countParticipants(storage.db, auditId) >= ROOM_MAX_SEATS) {
    throw new ConflictError(`A room has at most ${ROOM_MAX_SEATS} seats; no seat can be added.`);
  }
  return addParticipant(storage, parsed.data).id;
}

/**
 * A phone claims its seat (POST /p/claim): one from the roster, or a new one by name when the
 * facilitator allows open seats. Refused when the room is locked, when another phone holds
 * the seat, or when this phone holds another seat already (the facilitator releases it).
 * A seat that changes phone starts its sequence numbers over (resetSeatSequence).
 */
export function claimSeat(
  storage: Storage,
  auditId: string,
  deviceToken: string,
  request: ClaimRequest,
): ClaimAnswer {
  const db = storage.db;
  return writeTransaction(storage, () => {
    const device = requireDevice(db, auditId, deviceToken);
    const audit = requireLiveAudit(db, auditId);
    const room = getRoom(db, auditId);
    if (!room) throw new UnknownDeviceError();
    const label = (seatId: string) => seatsOf(db, audit).find((s) => s.id === seatId)?.label ?? '';
    if ('seatId' in request && device.participant_id === request.seatId) {
      return { seatId: request.seatId, label: label(request.seatId) };
    }
    if (room.locked === 1) {
      throw new ConflictError(
        'The room is locked: seats cannot be claimed. Ask the facilitator to unlock it.',
      );
    }
    if (device.participant_id !== null) {
      throw new ConflictError(
        `This phone holds the seat ${label(device.participant_id)} already. To change seats, ask the facilitator to release it.`,
      );
    }
    let seatId: string;
    if ('seatId' in request) {
      if (!getParticipant(db, auditId, request.seatId)) {
        throw new NotFoundError('There is no such seat in this room.');
      }
      if (deviceOfSeat(db, auditId, request.seatId)) {
        throw new ConflictError(
          'Another phone holds this seat. If it is yours, ask the facilitator to release it.',
        );
      }
      seatId = request.seatId;
    } else {
      if (room.open_seats !== 1) {
        throw new ConflictError('This room has no open seats: choose your name from the list.');
      }
      seatId = addOpenSeat(storage, auditId, request.newSeat.name);
    }
    resetSeatSequence(db, auditId, seatId);
    setDeviceSeat(db, device.token_hash, seatId);
    return { seatId, label: label(seatId) };
  });
}
