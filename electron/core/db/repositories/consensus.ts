import type Database from 'better-sqlite3';
import type { Consensus, DiscussionNote } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

export function listConsensus(db: Database.Database, auditId: string): Consensus[] {
  return prepared(
    db,
    'SELECT item_id AS item, value, note FROM consensus WHERE audit_id = ? ORDER BY rowid',
  ).all(auditId) as Consensus[];
}

export function upsertConsensus(db: Database.Database, auditId: string, c: Consensus, now: string): void {
  prepared(
    db,
    `INSERT INTO consensus (audit_id, item_id, value, note, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (audit_id, item_id) DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at`,
  ).run(auditId, c.item, c.value, c.note, now);
}

export function deleteConsensus(db: Database.Database, auditId: string, itemId: string): void {
  prepared(db, 'DELETE FROM consensus WHERE audit_id = ? AND item_id = ?').run(auditId, itemId);
}

export function listDiscussion(db: Database.Database, auditId: string): DiscussionNote[] {
  return prepared(
    db,
    'SELECT item_id AS item, note FROM discussion_notes WHERE audit_id = ? ORDER BY rowid',
  ).all(auditId) as DiscussionNote[];
}

/** Saves the discussion note of an item; an empty note removes it. */
export function setDiscussionNote(
  db: Database.Database,
  auditId: string,
  d: DiscussionNote,
  now: string,
): void {
  if (d.note.trim() === '') {
    prepared(db, 'DELETE FROM discussion_notes WHERE audit_id = ? AND item_id = ?').run(auditId, d.item);
    return;
  }
  prepared(
    db,
    `INSERT INTO discussion_notes (audit_id, item_id, note, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (audit_id, item_id) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`,
  ).run(auditId, d.item, d.note, now);
}
