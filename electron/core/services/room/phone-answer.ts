import { note as noteSchema } from '../../../../shared/audit-file/fields.ts';
import type { PhoneMessage, ServerMessage } from '../../../../shared/room/protocol.ts';
import { markAuditChanged, type AuditRow } from '../../db/repositories/audits.ts';
import {
  clearPhoneResponse,
  storedSequence,
  upsertPhoneResponse,
} from '../../db/repositories/phone-responses.ts';
import {
  clearPhoneRoundResponse,
  storedRoundNote,
  storedRoundSequence,
  upsertPhoneRoundResponse,
} from '../../db/repositories/phone-round-responses.ts';
import { getResponse } from '../../db/repositories/responses.ts';
import { getRound } from '../../db/repositories/rounds.ts';
import type { Storage } from '../../db/storage.ts';
import { writeTransaction } from '../../db/write.ts';
import { instrumentOf, requireLiveAudit } from '../audit-detail.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from '../errors.ts';
import { requireItem, requireOnScale } from '../item-rules.ts';
import { requireBlindScoringOpen } from '../reveal.ts';
import { requireDevice } from './claim.ts';

type AnswerMessage = Extract<PhoneMessage, { type: 'answer' }>;
type ClearMessage = Extract<PhoneMessage, { type: 'clear' }>;
/** What a phone hears back about one answer or clear. */
export type PhoneOutcome = Extract<ServerMessage, { type: 'ack' } | { type: 'refused' }>;

/** The newest sequence number stored for a seat's answer slot: round 1 in `responses`, a re-vote round in `round_responses`. */
function storedSlotSequence(
  storage: Storage,
  audit: AuditRow,
  participantId: string,
  item: string,
  round: number,
): number {
  return round === 1
    ? storedSequence(storage.db, audit.id, participantId, item)
    : storedRoundSequence(storage.db, audit.id, participantId, item, round);
}

/**
 * A phone may write round 1 during blind scoring only, and a re-vote round only while that
 * round is open and only to its items. The refusal says which round, never anything of anyone's
 * answers.
 */
function requireSlotOpen(storage: Storage, audit: AuditRow, item: string, round: number): void {
  if (round === 1) return requireBlindScoringOpen(audit);
  const found = getRound(storage.db, audit.id, round);
  if (!found || !found.items.includes(item)) {
    throw new ConflictError(`Round ${round} of this item is not open.`);
  }
  if (found.closedAt !== null) {
    throw new ConflictError(`Re-vote round ${round} is closed, so its answers are locked.`);
  }
}

/** The text of a refusal, from the same errors the app's services raise; never another seat's data. */
function refusalText(error: unknown): string | null {
  if (error instanceof InvalidRequestError) return error.problems.join('; ');
  if (error instanceof ConflictError || error instanceof NotFoundError) return error.message;
  return null;
}

/**
 * Runs one phone write in one IMMEDIATE transaction and answers only after its commit: `ack`
 * (committed, or committed before: a resend), or `refused` with why. The device must hold a
 * seat; an unknown device throws UnknownDeviceError, anything unexpected throws too (the
 * server closes the socket rather than tick what it cannot vouch for).
 */
function phoneWrite(
  storage: Storage,
  auditId: string,
  deviceToken: string,
  message: AnswerMessage | ClearMessage,
  write: (participantId: string, now: string) => void,
): PhoneOutcome {
  const { seq, item, round } = message;
  try {
    writeTransaction(storage, () => {
      const db = storage.db;
      const device = requireDevice(db, auditId, deviceToken);
      if (device.participant_id === null) {
        throw new ConflictError('This phone holds no seat now. Choose your seat again.');
      }
      const audit = requireLiveAudit(db, auditId);
      const catalogItem = requireItem(instrumentOf(audit), item);
      // A resend of what is committed already (or of something older than it) changes nothing
      // and is ticked again; it passes before the open check, as it was saved before.
      if (seq <= storedSlotSequence(storage, audit, device.participant_id, item, round)) return;
      requireSlotOpen(storage, audit, item, round);
      if (message.type === 'answer') requireOnScale(catalogItem, message.value, true);
      write(device.participant_id, storage.clock().toISOString());
    });
  } catch (error) {
    const text = refusalText(error);
    if (text === null) throw error;
    return { type: 'refused', seq, item, round, message: text };
  }
  return { type: 'ack', seq, item, round };
}

/** A phone's answer (or Not sure) to an item, with its note; a note left out keeps the one stored. */
export function phoneAnswer(
  storage: Storage,
  auditId: string,
  deviceToken: string,
  message: AnswerMessage,
): PhoneOutcome {
  if (message.note !== undefined) {
    const checked = noteSchema.safeParse(message.note);
    if (!checked.success) {
      const problem = checked.error.issues[0]?.message ?? 'is not a note';
      return {
        type: 'refused',
        seq: message.seq,
        item: message.item,
        round: message.round,
        message: `note: ${problem}`,
      };
    }
  }
  return phoneWrite(storage, auditId, deviceToken, message, (participant, now) => {
    const db = storage.db;
    if (message.round !== 1) {
      const note =
        message.note ?? storedRoundNote(db, auditId, participant, message.item, message.round) ?? '';
      upsertPhoneRoundResponse(db, auditId, {
        participant,
        item: message.item,
        round: message.round,
        value: message.value,
        note,
        seq: message.seq,
        now,
      });
      markAuditChanged(db, auditId, now);
      return;
    }
    const note = message.note ?? getResponse(db, auditId, participant, message.item)?.note ?? '';
    upsertPhoneResponse(db, auditId, {
      participant,
      item: message.item,
      value: message.value,
      note,
      seq: message.seq,
      now,
    });
    markAuditChanged(db, auditId, now);
  });
}

/** A phone takes an answer back: the item is unanswered again (not the same as Not sure). */
export function phoneClear(
  storage: Storage,
  auditId: string,
  deviceToken: string,
  message: ClearMessage,
): PhoneOutcome {
  return phoneWrite(storage, auditId, deviceToken, message, (participant, now) => {
    const { item, round, seq } = message;
    const cleared =
      round === 1
        ? clearPhoneResponse(storage.db, auditId, participant, item, seq)
        : clearPhoneRoundResponse(storage.db, auditId, { participant, item, round, seq });
    if (cleared) {
      markAuditChanged(storage.db, auditId, now);
    }
  });
}
