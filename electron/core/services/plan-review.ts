import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { AuditDetail, PlanAction, PlanReviewEntry } from '../../../shared/api/models.ts';
import { formatCount, MAX_ACTIONS } from '../../../shared/limits.ts';
import { countActions, deleteAction, insertAction, listActions } from '../db/repositories/actions.ts';
import { markAuditChanged } from '../db/repositories/audits.ts';
import {
  getPlanReviewEntry,
  insertPlanReviewEntry,
  setPlanReviewOutcome,
} from '../db/repositories/plan-reviews.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { loadAuditDetail, requireLiveAudit } from './audit-detail.ts';
import { ConflictError, NotFoundError } from './errors.ts';

/**
 * Puts every action of the earlier audit's plan into a re-assessment's review: those already
 * done or dropped there keep that outcome; the open and in-progress ones wait to be reviewed.
 * Runs inside the re-assessment's transaction.
 */
export function startPlanReview(db: Database.Database, auditId: string, earlierId: string): void {
  for (const a of listActions(db, earlierId)) {
    const closed = a.status === 'done' || a.status === 'dropped';
    insertPlanReviewEntry(
      db,
      auditId,
      {
        action: a.id,
        title: a.title,
        owner: a.owner,
        due: a.due,
        source: a.source,
        status: a.status,
        outcome: closed ? a.status : null,
        carriedAction: null,
        note: '',
      },
      null,
    );
  }
}

/** The earlier plan's action a carried entry came from, for its description and success measure, when still there. */
function earlierAction(
  db: Database.Database,
  auditId: string,
  entry: PlanReviewEntry,
): PlanAction | undefined {
  const earlierId = db.prepare('SELECT previous_audit_id FROM audits WHERE id = ?').pluck().get(auditId) as
    string | null;
  return earlierId ? listActions(db, earlierId).find((a) => a.id === entry.action) : undefined;
}

/**
 * `planReview.set`: what became of one action of last time's plan. Carrying it adds an open
 * action to this audit's plan with its title, description, owner, success measure and source
 * (a new due date is the team's to set); choosing anything else afterwards removes that action.
 */
export function setPlanReview(storage: Storage, args: MethodArgs<'planReview.set'>): AuditDetail {
  const { db } = storage;
  writeTransaction(storage, () => {
    requireLiveAudit(db, args.auditId);
    const entry = getPlanReviewEntry(db, args.auditId, args.actionId);
    if (!entry)
      throw new NotFoundError(`There is no action ${args.actionId} in the review of the earlier plan.`);
    const now = storage.clock().toISOString();
    let carriedAction = entry.carriedAction;
    if (args.outcome !== 'carried' && carriedAction !== null) {
      deleteAction(db, args.auditId, carriedAction);
      carriedAction = null;
    }
    if (args.outcome === 'carried' && carriedAction === null) {
      if (countActions(db, args.auditId) >= MAX_ACTIONS) {
        throw new ConflictError(
          `A plan has at most ${formatCount(MAX_ACTIONS)} actions; remove one before carrying another into it.`,
        );
      }
      const earlier = earlierAction(db, args.auditId, entry);
      carriedAction = randomUUID();
      insertAction(
        db,
        args.auditId,
        {
          id: carriedAction,
          title: entry.title,
          description: earlier?.description ?? '',
          owner: entry.owner,
          due: '',
          successMeasure: earlier?.successMeasure ?? '',
          status: 'open',
          source: entry.source,
        },
        now,
      );
    }
    setPlanReviewOutcome(
      db,
      args.auditId,
      args.actionId,
      { outcome: args.outcome, carriedAction, note: args.note ?? entry.note },
      now,
    );
    markAuditChanged(db, args.auditId, now);
  });
  return loadAuditDetail(db, args.auditId);
}
