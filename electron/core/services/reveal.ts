import type { AuditDetail } from '../../../shared/api/models.ts';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import { updateAudit, type AuditRow } from '../db/repositories/audits.ts';
import { prepared } from '../db/prepared.ts';
import { latestRoundNumber } from '../db/repositories/rounds.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { loadAuditDetail, requireLiveAudit } from './audit-detail.ts';
import { ConflictError } from './errors.ts';

/**
 * Refuses a change to a blind answer once the reveal has started: everyone has seen the team's
 * answers, so a changed answer would no longer be blind. The lock lives here, not in a view, so
 * every window, the web binding and the command line meet it (re-vote rounds will be the way
 * to score again after a reveal).
 */
export function requireBlindScoringOpen(audit: AuditRow): void {
  if (audit.revealed_at !== null) {
    throw new ConflictError(
      `The reveal of "${audit.title}" has started, so the blind answers are locked. ` +
        'To change an answer, the facilitator reopens blind scoring first.',
    );
  }
}

/**
 * Starts the reveal: the window opens the reveal, results and plan, and blind answers are
 * locked. Starting it again keeps the first time. An audit nobody has answered has nothing to
 * reveal and is refused.
 */
export function startReveal(storage: Storage, args: MethodArgs<'audits.startReveal'>): AuditDetail {
  writeTransaction(storage, () => {
    const audit = requireLiveAudit(storage.db, args.id);
    if (audit.revealed_at !== null) return;
    const answers = prepared(storage.db, 'SELECT count(*) FROM responses WHERE audit_id = ?')
      .pluck()
      .get(args.id) as number;
    if (answers === 0) {
      throw new ConflictError(`Nobody has answered in "${audit.title}" yet, so there is nothing to reveal.`);
    }
    const now = storage.clock().toISOString();
    updateAudit(storage.db, args.id, { revealedAt: now }, now);
  });
  return loadAuditDetail(storage.db, args.id);
}

/**
 * Reopens blind scoring after a reveal, so answers can be changed again; the reveal, results
 * and plan close until the reveal is started again. Consensus, notes and the plan are kept.
 * Refused once a re-vote round was opened: the rounds re-score what the reveal showed, so
 * round 1 must stay as it was (earlier rounds are never overwritten).
 */
export function reopenBlindScoring(storage: Storage, args: MethodArgs<'audits.reopenScoring'>): AuditDetail {
  writeTransaction(storage, () => {
    const audit = requireLiveAudit(storage.db, args.id);
    if (audit.revealed_at === null) return;
    if (latestRoundNumber(storage.db, args.id) > 1) {
      throw new ConflictError(
        `"${audit.title}" has re-vote rounds, so its blind answers stay as the team saw them. ` +
          'Open another re-vote round to score items again.',
      );
    }
    const now = storage.clock().toISOString();
    updateAudit(storage.db, args.id, { revealedAt: null }, now);
  });
  return loadAuditDetail(storage.db, args.id);
}
