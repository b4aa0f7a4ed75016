import type Database from 'better-sqlite3';
import type { RevoteRound } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

type RoundRow = { round: number; opened_at: string; closed_at: string | null };

/** The items each of the audit's re-vote rounds opened, in the order chosen. */
function itemsByRound(db: Database.Database, auditId: string): Map<number, string[]> {
  const rows = prepared(
    db,
    'SELECT round, item_id FROM round_items WHERE audit_id = ? ORDER BY round, position',
  ).all(auditId) as { round: number; item_id: string }[];
  const items = new Map<number, string[]>();
  for (const row of rows) {
    const list = items.get(row.round) ?? [];
    list.push(row.item_id);
    items.set(row.round, list);
  }
  return items;
}

const toRound = (row: RoundRow, items: readonly string[]): RevoteRound => ({
  round: row.round,
  items,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
});

/** The audit's re-vote rounds (2, 3, …) in round order. */
export function listRounds(db: Database.Database, auditId: string): RevoteRound[] {
  const rows = prepared(
    db,
    'SELECT round, opened_at, closed_at FROM rounds WHERE audit_id = ? ORDER BY round',
  ).all(auditId) as RoundRow[];
  if (rows.length === 0) return [];
  const items = itemsByRound(db, auditId);
  return rows.map((row) => toRound(row, items.get(row.round) ?? []));
}

export function getRound(db: Database.Database, auditId: string, round: number): RevoteRound | undefined {
  const row = prepared(
    db,
    'SELECT round, opened_at, closed_at FROM rounds WHERE audit_id = ? AND round = ?',
  ).get(auditId, round) as RoundRow | undefined;
  if (!row) return undefined;
  const items = prepared(
    db,
    'SELECT item_id FROM round_items WHERE audit_id = ? AND round = ? ORDER BY position',
  )
    .pluck()
    .all(auditId, round) as string[];
  return toRound(row, items);
}

/** The number of the audit's latest round: 1 while no re-vote round was opened. */
export function latestRoundNumber(db: Database.Database, auditId: string): number {
  return prepared(db, 'SELECT coalesce(max(round), 1) FROM rounds WHERE audit_id = ?')
    .pluck()
    .get(auditId) as number;
}

/** The number of the audit's open round, if one is open (at most one is: a unique index of migration 0060). */
export function openRoundNumber(db: Database.Database, auditId: string): number | undefined {
  return prepared(db, 'SELECT round FROM rounds WHERE audit_id = ? AND closed_at IS NULL')
    .pluck()
    .get(auditId) as number | undefined;
}

/** Records a round with its items; `closedAt` null leaves it open. */
export function insertRound(db: Database.Database, auditId: string, round: RevoteRound): void {
  prepared(db, 'INSERT INTO rounds (audit_id, round, opened_at, closed_at) VALUES (?, ?, ?, ?)').run(
    auditId,
    round.round,
    round.openedAt,
    round.closedAt,
  );
  const item = prepared(
    db,
    'INSERT INTO round_items (audit_id, round, item_id, position) VALUES (?, ?, ?, ?)',
  );
  round.items.forEach((itemId, position) => item.run(auditId, round.round, itemId, position));
}

export function closeRound(db: Database.Database, auditId: string, round: number, closedAt: string): void {
  prepared(db, 'UPDATE rounds SET closed_at = ? WHERE audit_id = ? AND round = ?').run(
    closedAt,
    auditId,
    round,
  );
}

/** Removes a round, its items and (by cascade) its answers. */
export function deleteRound(db: Database.Database, auditId: string, round: number): void {
  prepared(db, 'DELETE FROM rounds WHERE audit_id = ? AND round = ?').run(auditId, round);
}
