import type Database from 'better-sqlite3';
import { StorageError } from './errors.ts';
import { bumpGuard, hasGuard } from './guard.ts';
import type { Store } from './store.ts';

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

/** The error every write gets when the store was opened read-only, saying why and what still works. */
export function readOnlyError(store: Store): StorageError {
  return new StorageError(
    'read-only',
    `${store.readOnly ?? 'The database is open read-only.'} This change was not saved. ` +
      'You can still read the audits, export audit files and reports.',
  );
}

/**
 * The one way to write: `work` runs in a single IMMEDIATE transaction, so a second process
 * writing the same database makes this one wait for the lock (up to the busy timeout) instead
 * of failing at once with SQLITE_BUSY, as a deferred transaction does when it upgrades from
 * reading to writing. The guard counter is raised in the same commit (guard.ts). A store
 * opened read-only refuses before touching the database.
 */
export function writeTransaction<T>(store: Store, work: () => T): T {
  if (store.readOnly) throw readOnlyError(store);
  const db = store.db;
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
 * read-only store, and a failure (busy, full disk) is ignored; the caller has its answer anyway.
 */
export function writeIfPossible(store: Store, work: () => void): void {
  if (store.readOnly) return;
  try {
    writeTransaction(store, work);
  } catch {
    // The cache is recomputed next time.
  }
}
