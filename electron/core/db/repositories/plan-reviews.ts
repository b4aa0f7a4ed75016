import type Database from 'better-sqlite3';
import type { PlanReviewEntry } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

const COLUMNS = `action_id AS action, title, owner, due_date AS due, source, previous_status AS status,
  outcome, carried_action_id AS carriedAction, note`;

/** A re-assessment's review of the plan before it, in that plan's order. */
export function listPlanReview(db: Database.Database, auditId: string): PlanReviewEntry[] {
  return prepared(db, `SELECT ${COLUMNS} FROM plan_reviews WHERE audit_id = ? ORDER BY position`).all(
    auditId,
  ) as PlanReviewEntry[];
}

export function getPlanReviewEntry(
  db: Database.Database,
  auditId: string,
  actionId: string,
): PlanReviewEntry | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM plan_reviews WHERE audit_id = ? AND action_id = ?`).get(
    auditId,
    actionId,
  ) as PlanReviewEntry | undefined;
}

/** Adds an action of the earlier plan to the review, after those already there. */
export function insertPlanReviewEntry(
  db: Database.Database,
  auditId: string,
  entry: PlanReviewEntry,
  now: string | null,
): void {
  prepared(
    db,
    `INSERT INTO plan_reviews (audit_id, action_id, position, title, owner, due_date, source, previous_status,
       outcome, carried_action_id, note, reviewed_at)
     VALUES (@auditId, @action, (SELECT coalesce(max(position), -1) + 1 FROM plan_reviews WHERE audit_id = @auditId),
             @title, @owner, @due, @source, @status, @outcome, @carriedAction, @note, @reviewedAt)`,
  ).run({ auditId, ...entry, reviewedAt: entry.outcome === null ? null : now });
}

/** Records what the review found of one action (null: not reviewed), and the new action a carried one became. */
export function setPlanReviewOutcome(
  db: Database.Database,
  auditId: string,
  actionId: string,
  change: Pick<PlanReviewEntry, 'outcome' | 'carriedAction' | 'note'>,
  now: string,
): void {
  prepared(
    db,
    `UPDATE plan_reviews SET outcome = @outcome, carried_action_id = @carriedAction, note = @note,
       reviewed_at = CASE WHEN @outcome IS NULL THEN NULL ELSE @now END
     WHERE audit_id = @auditId AND action_id = @actionId`,
  ).run({ auditId, actionId, ...change, now });
}
