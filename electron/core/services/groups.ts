import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { Group } from '../../../shared/api/models.ts';
import { formatCount, MAX_GROUPS } from '../../../shared/limits.ts';
import { markAuditChanged } from '../db/repositories/audits.ts';
import {
  countGroups,
  deleteGroup,
  getGroup,
  insertGroup,
  listGroups,
  setGroupPositions,
  updateGroup,
} from '../db/repositories/role-groups.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { requireLiveAudit } from './audit-detail.ts';
import { addRecord, editRecord, removeRecord, type RecordKind } from './audit-records.ts';
import { ConflictError, InvalidRequestError } from './errors.ts';

const GROUPS: RecordKind<Group> = {
  get: getGroup,
  count: countGroups,
  insert: insertGroup,
  update: updateGroup,
  remove: deleteGroup,
  max: MAX_GROUPS,
  full: `An audit has at most ${formatCount(MAX_GROUPS)} groups; remove one before adding another.`,
  missing: (id) => `There is no group ${id} in this audit.`,
};

/** Two groups of one name could not be told apart in the results and the report. */
function requireNewName(db: Database.Database, auditId: string, name: string, except?: string): void {
  const key = name.toLocaleLowerCase('en');
  const taken = listGroups(db, auditId).some(
    (g) => g.id !== except && g.name.toLocaleLowerCase('en') === key,
  );
  if (taken) throw new ConflictError(`There is a group named "${name}" in this audit already.`);
}

/** Adds a role group after the last one. */
export function addGroup(storage: Storage, args: MethodArgs<'groups.add'>): Group {
  return addRecord(storage, GROUPS, args.auditId, (db) => {
    requireNewName(db, args.auditId, args.name);
    return { id: randomUUID(), name: args.name };
  });
}

/** Renames a role group. */
export function renameGroup(storage: Storage, args: MethodArgs<'groups.update'>): Group {
  return editRecord(storage, GROUPS, args.auditId, args.groupId, (current) => {
    requireNewName(storage.db, args.auditId, args.name, current.id);
    return { ...current, name: args.name };
  });
}

/** Removes a role group; its members stay in the audit, in no group. */
export function removeGroup(storage: Storage, args: MethodArgs<'groups.remove'>): { id: string } {
  return removeRecord(storage, GROUPS, args.auditId, args.groupId);
}

/** Puts the groups in the given order; the list must name each of them exactly once. */
export function reorderGroups(storage: Storage, args: MethodArgs<'groups.reorder'>): Group[] {
  return writeTransaction(storage, () => {
    requireLiveAudit(storage.db, args.auditId);
    const current = listGroups(storage.db, args.auditId).map((g) => g.id);
    const given = new Set(args.groupIds);
    if (
      given.size !== args.groupIds.length ||
      given.size !== current.length ||
      !current.every((id) => given.has(id))
    ) {
      throw new InvalidRequestError(['groupIds: must list every group of the audit exactly once']);
    }
    setGroupPositions(storage.db, args.auditId, args.groupIds);
    markAuditChanged(storage.db, args.auditId, storage.clock().toISOString());
    return listGroups(storage.db, args.auditId);
  });
}
