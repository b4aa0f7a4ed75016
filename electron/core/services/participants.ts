import type Database from 'better-sqlite3';
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
import { getGroup } from '../db/repositories/role-groups.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { requireLiveAudit } from './audit-detail.ts';
import { addRecord, editRecord, removeRecord, type RecordKind } from './audit-records.ts';
import { InvalidRequestError, NotFoundError } from './errors.ts';

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

/** The group a participant is put in: one of the audit's, or none (null); an unknown group is refused. */
function groupFor(db: Database.Database, auditId: string, groupId: string | null): string {
  if (groupId === null) return '';
  if (!getGroup(db, auditId, groupId)) throw new NotFoundError(`There is no group ${groupId} in this audit.`);
  return groupId;
}

/** Adds a participant at the end of the list, with the next anonymous code, in a group when one is given. */
export function addParticipant(storage: Storage, args: MethodArgs<'participants.add'>): Participant {
  return addRecord(storage, PARTICIPANTS, args.auditId, (db) => ({
    id: randomUUID(),
    name: args.name,
    role: args.role ?? '',
    code: nextParticipantCode(db, args.auditId),
    group: groupFor(db, args.auditId, args.groupId ?? null),
  }));
}

/** Renames a participant, changes their role, or puts them in another group (null: none). */
export function editParticipant(storage: Storage, args: MethodArgs<'participants.update'>): Participant {
  return editRecord(storage, PARTICIPANTS, args.auditId, args.participantId, (current) => ({
    ...current,
    name: args.name ?? current.name,
    role: args.role ?? current.role,
    group: args.groupId === undefined ? current.group : groupFor(storage.db, args.auditId, args.groupId),
  }));
}

/** Removes a participant and, with them, their answers. */
export function removeParticipant(storage: Storage, args: MethodArgs<'participants.remove'>): { id: string } {
  return removeRecord(storage, PARTICIPANTS, args.auditId, args.participantId);
}

/** Puts the participants in the given order; the list must name each of them exactly once. Marks the audit changed. */
export function reorderParticipants(
  storage: Storage,
  args: MethodArgs<'participants.reorder'>,
): Participant[] {
  return writeTransaction(storage, () => {
    requireLiveAudit(storage.db, args.auditId);
    const current = listParticipants(storage.db, args.auditId).map((p) => p.id);
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
    setParticipantPositions(storage.db, args.auditId, args.participantIds);
    markAuditChanged(storage.db, args.auditId, storage.clock().toISOString());
    return listParticipants(storage.db, args.auditId);
  });
}
