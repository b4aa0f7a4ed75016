import type Database from 'better-sqlite3';
import { markAuditChanged } from '../db/repositories/audits.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { requireLiveAudit } from './audit-detail.ts';
import { ConflictError, NotFoundError } from './errors.ts';

/**
 * One kind of record an audit holds a list of (participants, contacts, the plan's actions):
 * where it is stored, how many an audit may hold, and the words for its two refusals.
 */
export type RecordKind<R extends { readonly id: string }> = {
  readonly get: (db: Database.Database, auditId: string, id: string) => R | undefined;
  readonly count: (db: Database.Database, auditId: string) => number;
  readonly insert: (db: Database.Database, auditId: string, record: R, now: string) => void;
  readonly update: (db: Database.Database, auditId: string, record: R, now: string) => void;
  readonly remove: (db: Database.Database, auditId: string, id: string) => void;
  /** The most an audit may hold. */
  readonly max: number;
  /** Why adding one more is refused: "An audit lists at most 15 priority contacts; remove one …". */
  readonly full: string;
  /** Why a missing id is refused: "There is no contact x in this audit." */
  readonly missing: (id: string) => string;
};

/** The record with this id in the audit, or a NotFoundError in the kind's words. */
export function requireRecord<R extends { readonly id: string }>(
  storage: Storage,
  kind: RecordKind<R>,
  auditId: string,
  id: string,
): R {
  const found = kind.get(storage.db, auditId, id);
  if (!found) throw new NotFoundError(kind.missing(id));
  return found;
}

/**
 * Adds a record at the end of the audit's list, in one transaction: the audit must be live
 * and below the kind's limit; `make` builds the record (it may read the database). Marks
 * the audit changed.
 */
export function addRecord<R extends { readonly id: string }>(
  storage: Storage,
  kind: RecordKind<R>,
  auditId: string,
  make: (db: Database.Database) => R,
): R {
  return writeTransaction(storage, () => {
    requireLiveAudit(storage.db, auditId);
    if (kind.count(storage.db, auditId) >= kind.max) throw new ConflictError(kind.full);
    const record = make(storage.db);
    const now = storage.clock().toISOString();
    kind.insert(storage.db, auditId, record, now);
    markAuditChanged(storage.db, auditId, now);
    return record;
  });
}

/** Changes a record of a live audit, in one transaction: `change` gets the stored one. Marks the audit changed. */
export function editRecord<R extends { readonly id: string }>(
  storage: Storage,
  kind: RecordKind<R>,
  auditId: string,
  id: string,
  change: (current: R) => R,
): R {
  return writeTransaction(storage, () => {
    requireLiveAudit(storage.db, auditId);
    const next = change(requireRecord(storage, kind, auditId, id));
    const now = storage.clock().toISOString();
    kind.update(storage.db, auditId, next, now);
    markAuditChanged(storage.db, auditId, now);
    return next;
  });
}

/** Removes a record of a live audit, in one transaction. Marks the audit changed. */
export function removeRecord<R extends { readonly id: string }>(
  storage: Storage,
  kind: RecordKind<R>,
  auditId: string,
  id: string,
): { id: string } {
  writeTransaction(storage, () => {
    requireLiveAudit(storage.db, auditId);
    requireRecord(storage, kind, auditId, id);
    kind.remove(storage.db, auditId, id);
    markAuditChanged(storage.db, auditId, storage.clock().toISOString());
  });
  return { id };
}
