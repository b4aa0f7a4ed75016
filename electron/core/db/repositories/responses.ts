import type Database from 'better-sqlite3';
import type { Response } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

type ResponseRow = {
  participant_id: string;
  item_id: string;
  value: number | null;
  note: string;
  updated_at: string;
};

const toResponse = (r: ResponseRow): Response => ({
  participant: r.participant_id,
  item: r.item_id,
  value: r.value,
  note: r.note,
  updatedAt: r.updated_at,
});

export function listResponses(db: Database.Database, auditId: string): Response[] {
  const rows = prepared(
    db,
    `SELECT r.participant_id, r.item_id, r.value, r.note, r.updated_at
       FROM responses r JOIN participants p ON p.audit_id = r.audit_id AND p.id = r.participant_id
       WHERE r.audit_id = ? ORDER BY r.rowid`,
  ).all(auditId) as ResponseRow[];
  return rows.map(toResponse);
}

export function countResponses(db: Database.Database, auditId: string): number {
  return prepared(db, 'SELECT count(*) FROM responses WHERE audit_id = ?').pluck().get(auditId) as number;
}

/** How many blind answers (round 1) one participant has given. */
export function countAnswersOf(db: Database.Database, auditId: string, participantId: string): number {
  return prepared(db, 'SELECT count(*) FROM responses WHERE audit_id = ? AND participant_id = ?')
    .pluck()
    .get(auditId, participantId) as number;
}

const UPSERT = `
  INSERT INTO responses (audit_id, participant_id, item_id, value, note, updated_at)
  VALUES (@auditId, @participant, @item, @value, @note, @updatedAt)
  ON CONFLICT (audit_id, participant_id, item_id)
  DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at, device_seq = 0`;

/**
 * Inserts or replaces one participant's answer to one item, as written in the app: its phone
 * sequence number (room mode) becomes 0, so the seat's phone may replace it with any answer
 * it sends next.
 */
export function upsertResponse(db: Database.Database, auditId: string, r: Response): void {
  prepared(db, UPSERT).run({ auditId, ...r });
}

/** The SQL of the upsert, so the benchmark can time the bare statement against the service. */
export const UPSERT_RESPONSE_SQL = UPSERT;

export function getResponse(db: Database.Database, auditId: string, participantId: string, itemId: string) {
  const row = prepared(
    db,
    'SELECT participant_id, item_id, value, note, updated_at FROM responses WHERE audit_id = ? AND participant_id = ? AND item_id = ?',
  ).get(auditId, participantId, itemId) as ResponseRow | undefined;
  return row && toResponse(row);
}

export function deleteResponse(
  db: Database.Database,
  auditId: string,
  participantId: string,
  itemId: string,
): boolean {
  return (
    prepared(db, 'DELETE FROM responses WHERE audit_id = ? AND participant_id = ? AND item_id = ?').run(
      auditId,
      participantId,
      itemId,
    ).changes > 0
  );
}
