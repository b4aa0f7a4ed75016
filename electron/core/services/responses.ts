import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { Response } from '../../../shared/api/models.ts';
import { markAuditChanged } from '../db/repositories/audits.ts';
import { getParticipant } from '../db/repositories/participants.ts';
import { deleteResponse, getResponse, upsertResponse } from '../db/repositories/responses.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { instrumentOf, requireLiveAudit } from './audit-detail.ts';
import { NotFoundError } from './errors.ts';
import { requireItem, requireOnScale } from './item-rules.ts';
import { requireBlindScoringOpen } from './reveal.ts';

/**
 * Saves one answer in its own small transaction and returns only after the commit, so an
 * answer the window shows as saved is on disk. A note is kept unless a new one is given.
 * Refused once the reveal has started (reveal.ts).
 */
export function saveResponse(storage: Storage, args: MethodArgs<'responses.save'>): Response {
  const db = storage.db;
  return writeTransaction(storage, () => {
    const audit = requireLiveAudit(db, args.auditId);
    requireBlindScoringOpen(audit);
    if (!getParticipant(db, args.auditId, args.participantId)) {
      throw new NotFoundError(`There is no participant ${args.participantId} in this audit.`);
    }
    requireOnScale(requireItem(instrumentOf(audit), args.itemId), args.value, true);
    const now = storage.clock().toISOString();
    const note = args.note ?? getResponse(db, args.auditId, args.participantId, args.itemId)?.note ?? '';
    const response = {
      participant: args.participantId,
      item: args.itemId,
      value: args.value,
      note,
      updatedAt: now,
    };
    upsertResponse(db, args.auditId, response);
    markAuditChanged(db, args.auditId, now);
    return response;
  });
}

/** Takes back an answer, leaving the item unanswered (which is not the same as "Not sure"); locked after the reveal. */
export function clearResponse(storage: Storage, args: MethodArgs<'responses.clear'>): { cleared: boolean } {
  return writeTransaction(storage, () => {
    requireBlindScoringOpen(requireLiveAudit(storage.db, args.auditId));
    const cleared = deleteResponse(storage.db, args.auditId, args.participantId, args.itemId);
    if (cleared) markAuditChanged(storage.db, args.auditId, storage.clock().toISOString());
    return { cleared };
  });
}
