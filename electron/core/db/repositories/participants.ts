import type Database from 'better-sqlite3';
import type { Participant } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

/** A participant's columns as the API names them; no group reads as an empty group. */
const COLUMNS = `id, name, role, code, coalesce(group_id, '') AS "group"`;

export function listParticipants(db: Database.Database, auditId: string): Participant[] {
  return prepared(db, `SELECT ${COLUMNS} FROM participants WHERE audit_id = ? ORDER BY position`).all(
    auditId,
  ) as Participant[];
}

export function getParticipant(db: Database.Database, auditId: string, id: string): Participant | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM participants WHERE audit_id = ? AND id = ?`).get(
    auditId,
    id,
  ) as Participant | undefined;
}

export function countParticipants(db: Database.Database, auditId: string): number {
  return prepared(db, 'SELECT count(*) FROM participants WHERE audit_id = ?').pluck().get(auditId) as number;
}

/** The next free anonymous code (P1, P2, …); codes are never reused within an audit. */
export function nextParticipantCode(db: Database.Database, auditId: string): string {
  const codes = prepared(db, 'SELECT code FROM participants WHERE audit_id = ?')
    .pluck()
    .all(auditId) as string[];
  const used = new Set(codes);
  for (let n = 1; ; n++) if (!used.has(`P${n}`)) return `P${n}`;
}

export function insertParticipant(db: Database.Database, auditId: string, p: Participant): void {
  const position = prepared(db, 'SELECT coalesce(max(position), -1) + 1 FROM participants WHERE audit_id = ?')
    .pluck()
    .get(auditId) as number;
  prepared(
    db,
    'INSERT INTO participants (audit_id, id, position, name, role, code, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(auditId, p.id, position, p.name, p.role, p.code, p.group === '' ? null : p.group);
}

/** Changes a participant's name, role and group (an empty group: none). */
export function updateParticipant(db: Database.Database, auditId: string, p: Participant): void {
  prepared(db, 'UPDATE participants SET name = ?, role = ?, group_id = ? WHERE audit_id = ? AND id = ?').run(
    p.name,
    p.role,
    p.group === '' ? null : p.group,
    auditId,
    p.id,
  );
}

export function deleteParticipant(db: Database.Database, auditId: string, id: string): void {
  prepared(db, 'DELETE FROM participants WHERE audit_id = ? AND id = ?').run(auditId, id);
}

export function setParticipantPositions(
  db: Database.Database,
  auditId: string,
  ids: readonly string[],
): void {
  const update = prepared(db, 'UPDATE participants SET position = ? WHERE audit_id = ? AND id = ?');
  ids.forEach((id, position) => update.run(position, auditId, id));
}
