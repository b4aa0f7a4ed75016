import type Database from 'better-sqlite3';
import type { RoundResponse } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

type RoundResponseRow = {
  participant_id: string;
  item_id: string;
  round: number;
  value: number | null;
  note: string;
  updated_at: string;
};

const toRoundResponse = (r: RoundResponseRow): RoundResponse => ({
  participant: r.participant_id,
  item: r.item_id,
  round: r.round,
  value: r.value,
  note: r.note,
  updatedAt: r.updated_at,
});

const COLUMNS = 'participant_id, item_id, round, value, note, updated_at';

/** Every answer of the audit's re-vote rounds, by round, then in the order they were first given. */
export function listRoundResponses(db: Database.Database, auditId: string): RoundResponse[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM round_responses WHERE audit_id = ? ORDER BY round, rowid`,
  ).all(auditId) as RoundResponseRow[];
  return rows.map(toRoundResponse);
}

export function getRoundResponse(
  db: Database.Database,
  auditId: string,
  participantId: string,
  itemId: string,
  round: number,
): RoundResponse | undefined {
  const row = prepared(
    db,
    `SELECT ${COLUMNS} FROM round_responses
       WHERE audit_id = ? AND participant_id = ? AND item_id = ? AND round = ?`,
  ).get(auditId, participantId, itemId, round) as RoundResponseRow | undefined;
  return row && toRoundResponse(row);
}

/** How many answers a round has received. */
export function countRoundResponses(db: Database.Database, auditId: string, round: number): number {
  return prepared(db, 'SELECT count(*) FROM round_responses WHERE audit_id = ? AND round = ?')
    .pluck()
    .get(auditId, round) as number;
}

/** How many answers all of an audit's re-vote rounds hold together. */
export function countAllRoundResponses(db: Database.Database, auditId: string): number {
  return prepared(db, 'SELECT count(*) FROM round_responses WHERE audit_id = ?')
    .pluck()
    .get(auditId) as number;
}

/**
 * Inserts or replaces one participant's answer to one item in one round, as written in the
 * app (its phone sequence number becomes 0, as on `responses`).
 */
export function upsertRoundResponse(db: Database.Database, auditId: string, r: RoundResponse): void {
  prepared(
    db,
    `INSERT INTO round_responses (audit_id, participant_id, item_id, round, value, note, updated_at)
     VALUES (@auditId, @participant, @item, @round, @value, @note, @updatedAt)
     ON CONFLICT (audit_id, participant_id, item_id, round)
     DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at, device_seq = 0`,
  ).run({ auditId, ...r });
}

export function deleteRoundResponse(
  db: Database.Database,
  auditId: string,
  participantId: string,
  itemId: string,
  round: number,
): boolean {
  return (
    prepared(
      db,
      'DELETE FROM round_responses WHERE audit_id = ? AND participant_id = ? AND item_id = ? AND round = ?',
    ).run(auditId, participantId, itemId, round).changes > 0
  );
}
