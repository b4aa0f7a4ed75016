import type Database from 'better-sqlite3';
import type { Contact } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

const COLUMNS = 'id, name, category, importance, performance, note';

export function listContacts(db: Database.Database, auditId: string): Contact[] {
  return prepared(db, `SELECT ${COLUMNS} FROM contacts WHERE audit_id = ? ORDER BY position`).all(
    auditId,
  ) as Contact[];
}

export function getContact(db: Database.Database, auditId: string, id: string): Contact | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM contacts WHERE audit_id = ? AND id = ?`).get(auditId, id) as
    Contact | undefined;
}

export function insertContact(db: Database.Database, auditId: string, c: Contact): void {
  prepared(
    db,
    `INSERT INTO contacts (audit_id, id, position, name, category, importance, performance, note)
     VALUES (@auditId, @id, (SELECT coalesce(max(position), -1) + 1 FROM contacts WHERE audit_id = @auditId),
             @name, @category, @importance, @performance, @note)`,
  ).run({ auditId, ...c });
}

export function updateContact(db: Database.Database, auditId: string, c: Contact): void {
  prepared(
    db,
    `UPDATE contacts SET name = @name, category = @category, importance = @importance, performance = @performance, note = @note
     WHERE audit_id = @auditId AND id = @id`,
  ).run({ auditId, ...c });
}

export function deleteContact(db: Database.Database, auditId: string, id: string): void {
  prepared(db, 'DELETE FROM contacts WHERE audit_id = ? AND id = ?').run(auditId, id);
}

export function countContacts(db: Database.Database, auditId: string): number {
  return prepared(db, 'SELECT count(*) FROM contacts WHERE audit_id = ?').pluck().get(auditId) as number;
}
