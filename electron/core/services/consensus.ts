import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { Consensus, DiscussionNote } from '../../../shared/api/models.ts';
import { markAuditChanged } from '../db/repositories/audits.ts';
import { deleteConsensus, setDiscussionNote, upsertConsensus } from '../db/repositories/consensus.ts';
import type { Storage } from '../db/storage.ts';
import { instrumentOf, requireLiveAudit } from './audit-detail.ts';
import { requireItem, requireOnScale } from './item-rules.ts';
import { writeTransaction } from '../db/write.ts';

/** Records the value the team agreed on for an item; null removes the consensus. */
export function setConsensus(storage: Storage, args: MethodArgs<'consensus.set'>): Consensus | null {
  return writeTransaction(storage, () => {
    const audit = requireLiveAudit(storage.db, args.auditId);
    const item = requireItem(instrumentOf(audit), args.itemId);
    const now = storage.clock().toISOString();
    markAuditChanged(storage.db, args.auditId, now);
    if (args.value === null) {
      deleteConsensus(storage.db, args.auditId, item.id);
      return null;
    }
    requireOnScale(item, args.value, false);
    const consensus = { item: item.id, value: args.value, note: args.note ?? '' };
    upsertConsensus(storage.db, args.auditId, consensus, now);
    return consensus;
  });
}

/** Saves what the team said about an item during the reveal; an empty note removes it. */
export function setDiscussion(storage: Storage, args: MethodArgs<'discussion.set'>): DiscussionNote {
  return writeTransaction(storage, () => {
    const audit = requireLiveAudit(storage.db, args.auditId);
    requireItem(instrumentOf(audit), args.itemId);
    const note = { item: args.itemId, note: args.note };
    setDiscussionNote(storage.db, args.auditId, note, storage.clock().toISOString());
    return note;
  });
}
