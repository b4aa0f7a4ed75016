import type Database from 'better-sqlite3';
import type { Group } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

/** An audit's role groups in the order they are shown. */
export function listGroups(db: Database.Database, auditId: string): Group[] {
  return prepared(db, 'SELECT id, name FROM role_groups WHERE audit_id = ? ORDER BY position').all(
    auditId,
  ) as Group[];
}

export function getGroup(db: Database.Database, auditId: string, id: string): Group | undefined {
  return prepared(db, 'SELECT id, name FROM role_groups WHERE audit_id = ? AND id = ?').get(auditId, id) as
    Group | undefined;
}

export function countGroups(db: Database.Database, auditId: string): number {
  return prepared(db, 'SELECT count(*) FROM role_groups WHERE audit_id = ?').pluck().get(auditId) as number;
}

/** Adds a group after the audit's last one. */
export function insertGroup(db: Database.Database, auditId: string, group: Group): void {
  const position = prepared(db, 'SELECT coalesce(max(position), -1) + 1 FROM role_groups WHERE audit_id = ?')
    .pluck()
    .get(auditId) as number;
  prepared(db, 'INSERT INTO role_groups (audit_id, id, position, name) VALUES (?, ?, ?, ?)').run(
    auditId,
    group.id,
    position,
    group.name,
  );
}

export function updateGroup(db: Database.Database, auditId: string, group: Group): void {
  prepared(db, 'UPDATE role_groups SET name = ? WHERE audit_id = ? AND id = ?').run(
    group.name,
    auditId,
    group.id,
  );
}

/** Removes a group; its members belong to no group from then on (a trigger of migration 0060). */
export function deleteGroup(db: Database.Database, auditId: string, id: string): void {
  prepared(db, 'DELETE FROM role_groups WHERE audit_id = ? AND id = ?').run(auditId, id);
}

export function setGroupPositions(db: Database.Database, auditId: string, ids: readonly string[]): void {
  const update = prepared(db, 'UPDATE role_groups SET position = ? WHERE audit_id = ? AND id = ?');
  ids.forEach((id, position) => update.run(position, auditId, id));
}
