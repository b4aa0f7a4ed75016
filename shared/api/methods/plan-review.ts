import { id, note, reviewOutcomeSchema } from '../../audit-file/fields.ts';
import type { AuditDetail } from '../models.ts';
import { auditEdit, auditId } from './declare.ts';

/** A re-assessment's review of last time's plan: what became of each action. */
export const planReviewMethods = {
  /**
   * Records what became of an action of the earlier plan (null: not reviewed yet). "carried"
   * adds it to this audit's plan; moving away from "carried" removes the action it became.
   * Answers with the whole audit, since the plan may change with the review.
   */
  'planReview.set': auditEdit<AuditDetail>()(
    auditId.extend({ actionId: id, outcome: reviewOutcomeSchema.nullable(), note: note.optional() }).strict(),
  ),
};
