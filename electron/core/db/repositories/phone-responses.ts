import type Database from 'better-sqlite3';
import { prepared } from '../prepared.ts';

/*
 * The answers as room mode reads and writes them: with the phone's sequence number
 * (migration 0050), and never more than one seat's values at a time.
 */

/** The newest sequence number a phone wrote for this answer, as an answer or a clear; 0 for none. */
export function storedSequence(
  db: Database.Database,
  auditId: string,
  participantId: string,
  itemId: string,
): number {
  return prepared(
    db,
    `SELECT max(
       coalesce((SELECT device_seq FROM responses WHERE audit_id = @a AND participant_id = @p AND item_id = @i), 0),
       coalesce((SELECT device_seq FROM room_clears WHERE audit_id = @a AND participant_id = @p AND item_id = @i), 0))`,
  )
    .pluck()
    .get({ a: auditId, p: participantId, i: itemId }) as number;
}

/** Writes a phone's answer with its sequence number; a clear it replaces is forgotten. */
export function upsertPhoneResponse(
  db: Database.Database,
  auditId: string,
  r: { participant: string; item: string; value: number | null; note: string; seq: number; now: string },
): void {
  prepared(
    db,
    `INSERT INTO responses (audit_id, participant_id, item_id, value, note, updated_at, device_seq)
     VALUES (@auditId, @participant, @item, @value, @note, @now, @seq)
     ON CONFLICT (audit_id, participant_id, item_id)
     DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at,
                   device_seq = excluded.device_seq`,
  ).run({ auditId, ...r });
  prepared(db, 'DELETE FROM room_clears WHERE audit_id = ? AND participant_id = ? AND item_id = ?').run(
    auditId,
    r.participant,
    r.item,
  );
}

/** Takes back a phone's answer and remembers the clear's sequence number. True when there was an answer. */
export function clearPhoneResponse(
  db: Database.Database,
  auditId: string,
  participantId: string,
  itemId: string,
  seq: number,
): boolean {
  const cleared =
    prepared(db, 'DELETE FROM responses WHERE audit_id = ? AND participant_id = ? AND item_id = ?').run(
      auditId,
      participantId,
      itemId,
    ).changes > 0;
  prepared(
    db,
    `INSERT INTO room_clears (audit_id, participant_id, item_id, device_seq) VALUES (?, ?, ?, ?)
     ON CONFLICT (audit_id, participant_id, item_id) DO UPDATE SET device_seq = excluded.device_seq`,
  ).run(auditId, participantId, itemId, seq);
  return cleared;
}

/** One seat's own answers, the note and sequence number with each, in the order they were first given. */
export function seatAnswers(
  db: Database.Database,
  auditId: string,
  participantId: string,
): { item_id: string; value: number | null; note: string; device_seq: number }[] {
  return prepared(
    db,
    'SELECT item_id, value, note, device_seq FROM responses WHERE audit_id = ? AND participant_id = ? ORDER BY rowid',
  ).all(auditId, participantId) as {
    item_id: string;
    value: number | null;
    note: string;
    device_seq: number;
  }[];
}

/** Which items each participant answered: ids only, never a value (progress is counts). */
export function answeredItems(
  db: Database.Database,
  auditId: string,
): { participant_id: string; item_id: string }[] {
  return prepared(db, 'SELECT participant_id, item_id FROM responses WHERE audit_id = ?').all(auditId) as {
    participant_id: string;
    item_id: string;
  }[];
}
