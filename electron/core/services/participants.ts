import { randomUUID } from 'node:crypto';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { Participant } from '../../../shared/api/models.ts';
import { formatCount, MAX_PARTICIPANTS } from '../../../shared/limits.ts';
import {
  countParticipants,
  deleteParticipant,
  getParticipant,
  insertParticipant,
  listParticipants,
  nextParticipantCode,
  setParticipantPositions,
  updateParticipant,
} from '../db/repositories/participants.ts';
import { markAuditChanged } from '../db/repositories/audits.ts';
import type { Store } from '../db/store.ts';
import { requireLiveAudit } from './audit-detail.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from './errors.ts';
import { writeTransaction } from '../db/write.ts';

function requireParticipant(store: Store, auditId: string, id: string): Participant {
  const found = getParticipant(store.db, auditId, id);
  if (!found) throw new NotFoundError(`There is no participant ${id} in this audit.`);
  return found;
}

/** Adds a participant at the end of the list, with the next anonymous code. */
export function addParticipant(store: Store, args: MethodArgs<'participants.add'>): Participant {
  return writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    if (countParticipants(store.db, args.auditId) >= MAX_PARTICIPANTS) {
      throw new ConflictError(
        `An audit has at most ${formatCount(MAX_PARTICIPANTS)} participants; remove one before adding another.`,
      );
    }
    const participant = {
      id: randomUUID(),
      name: args.name,
      role: args.role ?? '',
      code: nextParticipantCode(store.db, args.auditId),
    };
    insertParticipant(store.db, args.auditId, participant);
    markAuditChanged(store.db, args.auditId, store.clock().toISOString());
    return participant;
  });
}

/** Renames a participant or changes their role. */
export function editParticipant(store: Store, args: MethodArgs<'participants.update'>): Participant {
  return writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    const current = requireParticipant(store, args.auditId, args.participantId);
    const next = { ...current, name: args.name ?? current.name, role: args.role ?? current.role };
    updateParticipant(store.db, args.auditId, next);
    return next;
  });
}

/** Removes a participant and, with them, their answers. */
export function removeParticipant(store: Store, args: MethodArgs<'participants.remove'>): { id: string } {
  writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    requireParticipant(store, args.auditId, args.participantId);
    deleteParticipant(store.db, args.auditId, args.participantId);
    markAuditChanged(store.db, args.auditId, store.clock().toISOString());
  });
  return { id: args.participantId };
}

/** Puts the participants in the given order; the list must name each of them exactly once. */
export function reorderParticipants(store: Store, args: MethodArgs<'participants.reorder'>): Participant[] {
  return writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    const current = listParticipants(store.db, args.auditId).map((p) => p.id);
    const given = new Set(args.participantIds);
    if (
      given.size !== args.participantIds.length ||
      given.size !== current.length ||
      !current.every((id) => given.has(id))
    ) {
      throw new InvalidRequestError([
        'participantIds: must list every participant of the audit exactly once',
      ]);
    }
    setParticipantPositions(store.db, args.auditId, args.participantIds);
    return listParticipants(store.db, args.auditId);
  });
}
