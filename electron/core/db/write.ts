import type Database from 'better-sqlite3';
import { StorageError } from './errors.ts';
import { bumpGuard, hasGuard } from './guard.ts';
import type { Storage } from './storage.ts';

const guarded = new WeakMap<Database.Database, boolean>();

/** Raises the guard counter when the database has one (every database from migration 0040 on). */
export function bumpGuardIfPresent(db: Database.Database): void {
  let present = guarded.get(db);
  if (present === undefined) {
    present = hasGuard(db);
    if (present) guarded.set(db, present);
  }
  if (present) bumpGuard(db);
}

/** The error every write gets when the storage was opened read-only, saying why and what still works. */
export function readOnlyError(storage: Storage): StorageError {
  return new StorageError(
    'read-only',
    `${storage.readOnly ?? 'The database is open read-only.'} This change was not saved. ` +
      'You can still read the audits, export audit files and reports.',
  );
}

/**
 * The one way to write: `work` runs in a single IMMEDIATE transaction, so a second process
 * writing the same database makes this one wait for the lock (up to the busy timeout) instead
 * of failing at once with SQLITE_BUSY, as a deferred transaction does when it upgrades from
 * reading to writing. The guard counter is raised in the same commit (guard.ts). A storage
 * opened read-only refuses before touching the database.
 */
export function writeTransaction<T>(storage: Storage, work: () => T): T {
  if (storage.readOnly) throw readOnlyError(storage);
  const db = storage.db;
  return db
    .transaction(() => {
      const result = work();
      bumpGuardIfPresent(db);
      return result;
    })
    .immediate();
}

/**
 * A write the app can do without (the level cached for the list of audits): skipped on a
 * read-only storage, and a failure (busy, full disk) is ignored; the caller has its answer anyway.
 */
export function writeIfPossible(storage: Storage, work: () => void): void {
  if (storage.readOnly) return;
  try {
    writeTransaction(storage, work);
  } catch {
    // The cache is recomputed next time.
  }
}
