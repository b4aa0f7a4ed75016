import type Database from 'better-sqlite3';
import type { PlanAction } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

const COLUMNS = `id, title, description, owner, due_date AS due, success_measure AS successMeasure, status, source`;

export function listActions(db: Database.Database, auditId: string): PlanAction[] {
  return prepared(db, `SELECT ${COLUMNS} FROM actions WHERE audit_id = ? ORDER BY position`).all(
    auditId,
  ) as PlanAction[];
}

export function getAction(db: Database.Database, auditId: string, id: string): PlanAction | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM actions WHERE audit_id = ? AND id = ?`).get(auditId, id) as
    PlanAction | undefined;
}

export function insertAction(db: Database.Database, auditId: string, a: PlanAction, now: string): void {
  prepared(
    db,
    `INSERT INTO actions (audit_id, id, position, title, description, owner, due_date, success_measure, status, source, created_at, updated_at)
     VALUES (@auditId, @id, (SELECT coalesce(max(position), -1) + 1 FROM actions WHERE audit_id = @auditId),
             @title, @description, @owner, @due, @successMeasure, @status, @source, @now, @now)`,
  ).run({ auditId, ...a, now });
}

export function updateAction(db: Database.Database, auditId: string, a: PlanAction, now: string): void {
  prepared(
    db,
    `UPDATE actions SET title = @title, description = @description, owner = @owner, due_date = @due,
       success_measure = @successMeasure, status = @status, updated_at = @now
     WHERE audit_id = @auditId AND id = @id`,
  ).run({ auditId, ...a, now });
}

export function deleteAction(db: Database.Database, auditId: string, id: string): void {
  prepared(db, 'DELETE FROM actions WHERE audit_id = ? AND id = ?').run(auditId, id);
}

export function countActions(db: Database.Database, auditId: string): number {
  return prepared(db, 'SELECT count(*) FROM actions WHERE audit_id = ?').pluck().get(auditId) as number;
}
