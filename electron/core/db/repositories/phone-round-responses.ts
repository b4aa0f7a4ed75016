import type Database from 'better-sqlite3';
import { prepared } from '../prepared.ts';

/*
 * A re-vote round's answers as room mode reads and writes them: with the phone's sequence
 * number (round_responses.device_seq, round_clears of migration 0065), the same rules as
 * round 1's (phone-responses.ts), and never more than one seat's values at a time.
 */

/** The newest sequence number a phone wrote for this answer in this round, as an answer or a clear; 0 for none. */
export function storedRoundSequence(
  db: Database.Database,
  auditId: string,
  participantId: string,
  itemId: string,
  round: number,
): number {
  return prepared(
    db,
    `SELECT max(
       coalesce((SELECT device_seq FROM round_responses
                 WHERE audit_id = @a AND participant_id = @p AND item_id = @i AND round = @r), 0),
       coalesce((SELECT device_seq FROM round_clears
                 WHERE audit_id = @a AND participant_id = @p AND item_id = @i AND round = @r), 0))`,
  )
    .pluck()
    .get({ a: auditId, p: participantId, i: itemId, r: round }) as number;
}

/** The note the seat's answer in this round holds now; undefined when unanswered. */
export function storedRoundNote(
  db: Database.Database,
  auditId: string,
  participantId: string,
  itemId: string,
  round: number,
): string | undefined {
  return prepared(
    db,
    'SELECT note FROM round_responses WHERE audit_id = ? AND participant_id = ? AND item_id = ? AND round = ?',
  )
    .pluck()
    .get(auditId, participantId, itemId, round) as string | undefined;
}

/** Writes a phone's answer in a round with its sequence number; a clear it replaces is forgotten. */
export function upsertPhoneRoundResponse(
  db: Database.Database,
  auditId: string,
  r: {
    participant: string;
    item: string;
    round: number;
    value: number | null;
    note: string;
    seq: number;
    now: string;
  },
): void {
  prepared(
    db,
    `INSERT INTO round_responses (audit_id, participant_id, item_id, round, value, note, updated_at, device_seq)
     VALUES (@auditId, @participant, @item, @round, @value, @note, @now, @seq)
     ON CONFLICT (audit_id, participant_id, item_id, round)
     DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at,
                   device_seq = excluded.device_seq`,
  ).run({ auditId, ...r });
  prepared(
    db,
    'DELETE FROM round_clears WHERE audit_id = ? AND participant_id = ? AND item_id = ? AND round = ?',
  ).run(auditId, r.participant, r.item, r.round);
}

/** Takes back a phone's answer in a round and remembers the clear's sequence number. True when there was an answer. */
export function clearPhoneRoundResponse(
  db: Database.Database,
  auditId: string,
  r: { participant: string; item: string; round: number; seq: number },
): boolean {
  const cleared =
    prepared(
      db,
      'DELETE FROM round_responses WHERE audit_id = ? AND participant_id = ? AND item_id = ? AND round = ?',
    ).run(auditId, r.participant, r.item, r.round).changes > 0;
  prepared(
    db,
    `INSERT INTO round_clears (audit_id, participant_id, item_id, round, device_seq) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (audit_id, participant_id, item_id, round) DO UPDATE SET device_seq = excluded.device_seq`,
  ).run(auditId, r.participant, r.item, r.round, r.seq);
  return cleared;
}

/** One seat's own answers in every re-vote round, with their notes and sequence numbers, by round. */
export function seatRoundAnswers(
  db: Database.Database,
  auditId: string,
  participantId: string,
): { item_id: string; round: number; value: number | null; note: string; device_seq: number }[] {
  return prepared(
    db,
    `SELECT item_id, round, value, note, device_seq FROM round_responses
       WHERE audit_id = ? AND participant_id = ? ORDER BY round, rowid`,
  ).all(auditId, participantId) as {
    item_id: string;
    round: number;
    value: number | null;
    note: string;
    device_seq: number;
  }[];
}

/** Which items each participant answered in one round: ids only, never a value (progress is counts). */
export function answeredRoundItems(
  db: Database.Database,
  auditId: string,
  round: number,
): { participant_id: string; item_id: string }[] {
  return prepared(
    db,
    'SELECT participant_id, item_id FROM round_responses WHERE audit_id = ? AND round = ?',
  ).all(auditId, round) as { participant_id: string; item_id: string }[];
}

/**
 * The answers to these items before a round (round 1's and every earlier re-vote round's), no
 * notes: what a round's feedback counts. Never the round's own answers or later ones.
 */
export function answersBeforeRound(
  db: Database.Database,
  auditId: string,
  items: readonly string[],
  round: number,
): { participant: string; item: string; value: number | null; round: number }[] {
  return prepared(
    db,
    `SELECT r.participant_id AS participant, r.item_id AS item, r.value, 1 AS round
       FROM responses r JOIN participants p ON p.audit_id = r.audit_id AND p.id = r.participant_id
       WHERE r.audit_id = @a AND r.item_id IN (SELECT value FROM json_each(@items))
     UNION ALL
     SELECT participant_id, item_id, value, round FROM round_responses
       WHERE audit_id = @a AND round < @round AND item_id IN (SELECT value FROM json_each(@items))`,
  ).all({ a: auditId, items: JSON.stringify(items), round }) as {
    participant: string;
    item: string;
    value: number | null;
    round: number;
  }[];
}
