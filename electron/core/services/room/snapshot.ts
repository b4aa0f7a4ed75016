import type Database from 'better-sqlite3';
import type { RoomPhase, SeatAnswer, SeatSnapshot } from '../../../../shared/room/protocol.ts';
import { getAuditRow, type AuditRow } from '../../db/repositories/audits.ts';
import { seatRoundAnswers } from '../../db/repositories/phone-round-responses.ts';
import { seatAnswers } from '../../db/repositories/phone-responses.ts';
import { listRounds } from '../../db/repositories/rounds.ts';
import { getDevice, getRoom, touchDevice } from '../../db/repositories/rooms.ts';
import type { Storage } from '../../db/storage.ts';
import { writeIfPossible } from '../../db/write.ts';
import { instrumentOf } from '../audit-detail.ts';
import { UnknownDeviceError } from './errors.ts';
import { seatRoundFeedback } from './round-feedback.ts';
import { openItemsOf, roundItemsOf, seatsOf, type Seat } from './seats.ts';
import { hashDeviceToken } from './tokens.ts';

/** What the phone is told of the audit: what it shows at the top, and which instrument's words to show. */
function auditPart(audit: AuditRow): SeatSnapshot['audit'] {
  return {
    title: audit.title,
    organization: audit.organization,
    instrument: { id: audit.instrument_id, version: audit.instrument_version },
  };
}

/**
 * The snapshot of a seat that is no longer this phone's (released, its participant removed,
 * the room ended): the phone stops, and hears nothing of the seat's answers.
 */
export function closedSnapshot(audit: AuditRow | undefined, lastSeat: Seat | null): SeatSnapshot {
  return {
    type: 'snapshot',
    audit: audit ? auditPart(audit) : { title: '', organization: '', instrument: { id: '', version: '' } },
    seat: lastSeat ?? { id: '', label: '' },
    phase: 'closed',
    items: [],
    answers: [],
    round: null,
    closedRound: null,
  };
}

/**
 * Everything a phone is told about its seat, read from the database: the seat's own answers of
 * every round (with their notes and sequence numbers), never anyone else's. Before the reveal
 * round 1's items are open; after it none is, and the phone shows its answers locked, unless a
 * re-vote round is open: then its items are, with the previous round's counts beside them.
 */
export function snapshotOfDevice(
  db: Database.Database,
  auditId: string,
  tokenHash: string,
  lastSeat: Seat | null,
): SeatSnapshot {
  const audit = getAuditRow(db, auditId);
  const device = getDevice(db, tokenHash);
  if (
    !audit ||
    !getRoom(db, auditId) ||
    !device ||
    device.audit_id !== auditId ||
    device.participant_id === null
  ) {
    return closedSnapshot(audit, lastSeat);
  }
  const seatId = device.participant_id;
  const seat = seatsOf(db, audit).find((s) => s.id === seatId) ?? { id: seatId, label: '' };
  if (audit.deleted_at !== null) return closedSnapshot(audit, seat);
  const rounds = listRounds(db, auditId);
  const open = audit.revealed_at === null ? undefined : rounds.find((r) => r.closedAt === null);
  const phase: RoomPhase = audit.revealed_at === null || open ? 'scoring' : 'revealed';
  const answers: SeatAnswer[] = [
    ...seatAnswers(db, auditId, seatId).map((a) => ({
      item: a.item_id,
      round: 1,
      value: a.value,
      note: a.note,
      seq: a.device_seq,
    })),
    ...seatRoundAnswers(db, auditId, seatId).map((a) => ({
      item: a.item_id,
      round: a.round,
      value: a.value,
      note: a.note,
      seq: a.device_seq,
    })),
  ];
  return {
    type: 'snapshot',
    audit: auditPart(audit),
    seat,
    phase,
    items: open ? roundItemsOf(open) : phase === 'scoring' ? openItemsOf(instrumentOf(audit)) : [],
    answers,
    round: open
      ? { number: open.round, feedback: seatRoundFeedback(db, audit, seatId, open, answers) }
      : null,
    closedRound: rounds.filter((r) => r.closedAt !== null).at(-1)?.round ?? null,
  };
}

/**
 * A phone says hello on its socket: the device must be known in this room. Marks it seen and
 * answers its token's hash (the server keeps only that) and its snapshot.
 */
export function helloDevice(
  storage: Storage,
  auditId: string,
  deviceToken: string,
): { readonly tokenHash: string; readonly snapshot: SeatSnapshot } {
  const tokenHash = hashDeviceToken(deviceToken);
  const device = getDevice(storage.db, tokenHash);
  if (!device || device.audit_id !== auditId) throw new UnknownDeviceError();
  // Last seen is a convenience for pruning; a read-only database still lets the phone in.
  writeIfPossible(storage, () => touchDevice(storage.db, tokenHash, storage.clock().toISOString()));
  return { tokenHash, snapshot: snapshotOfDevice(storage.db, auditId, tokenHash, null) };
}

/** The seat a device holds now, or null. */
export function seatOfDevice(db: Database.Database, tokenHash: string): string | null {
  return getDevice(db, tokenHash)?.participant_id ?? null;
}
