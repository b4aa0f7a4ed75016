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
import { writeTransaction } from '../db/write.ts';
import { requireLiveAudit } from './audit-detail.ts';
import { addRecord, editRecord, removeRecord, type RecordKind } from './audit-records.ts';
import { InvalidRequestError } from './errors.ts';

const PARTICIPANTS: RecordKind<Participant> = {
  get: getParticipant,
  count: countParticipants,
  insert: insertParticipant,
  update: updateParticipant,
  remove: deleteParticipant,
  max: MAX_PARTICIPANTS,
  full: `An audit has at most ${formatCount(MAX_PARTICIPANTS)} participants; remove one before adding another.`,
  missing: (id) => `There is no participant ${id} in this audit.`,
};

/** Adds a participant at the end of the list, with the next anonymous code. */
export function addParticipant(store: Store, args: MethodArgs<'participants.add'>): Participant {
  return addRecord(store, PARTICIPANTS, args.auditId, (db) => ({
    id: randomUUID(),
    name: args.name,
    role: args.role ?? '',
    code: nextParticipantCode(db, args.auditId),
  }));
}

/** Renames a participant or changes their role. */
export function editParticipant(store: Store, args: MethodArgs<'participants.update'>): Participant {
  return editRecord(store, PARTICIPANTS, args.auditId, args.participantId, (current) => ({
    ...current,
    name: args.name ?? current.name,
    role: args.role ?? current.role,
  }));
}

/** Removes a participant and, with them, their answers. */
export function removeParticipant(store: Store, args: MethodArgs<'participants.remove'>): { id: string } {
  return removeRecord(store, PARTICIPANTS, args.auditId, args.participantId);
}

/** Puts the participants in the given order; the list must name each of them exactly once. Marks the audit changed. */
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
    markAuditChanged(store.db, args.auditId, store.clock().toISOString());
    return listParticipants(store.db, args.auditId);
  });
}
