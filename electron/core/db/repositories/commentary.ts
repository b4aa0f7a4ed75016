import type Database from 'better-sqlite3';
import type { DimensionCommentary } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

/** The dimensions an audit's commentary speaks of, in the order they were first written. */
export function listDimensionCommentary(db: Database.Database, auditId: string): DimensionCommentary[] {
  return prepared(
    db,
    'SELECT dimension_id AS dimension, text FROM dimension_commentary WHERE audit_id = ? ORDER BY rowid',
  ).all(auditId) as DimensionCommentary[];
}

/** Saves the commentary on the summary page (empty when none). */
export function setSummaryCommentary(
  db: Database.Database,
  auditId: string,
  text: string,
  now: string,
): void {
  prepared(db, 'UPDATE audits SET commentary = ?, updated_at = ? WHERE id = ?').run(text, now, auditId);
}

/** Saves one dimension's commentary; an empty text removes it. */
export function setDimensionCommentary(
  db: Database.Database,
  auditId: string,
  c: DimensionCommentary,
  now: string,
): void {
  if (c.text.trim() === '') {
    prepared(db, 'DELETE FROM dimension_commentary WHERE audit_id = ? AND dimension_id = ?').run(
      auditId,
      c.dimension,
    );
    return;
  }
  prepared(
    db,
    `INSERT INTO dimension_commentary (audit_id, dimension_id, text, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (audit_id, dimension_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(auditId, c.dimension, c.text, now);
}
