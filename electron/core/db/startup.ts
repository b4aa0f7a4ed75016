import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/api/models.ts';
import { backupPath, listBackups, verifyBackup } from './backup.ts';
import { describeStorageError, StorageError, type StorageProblem } from './errors.ts';
import type { StorageLocation } from './location.ts';
import {
  moveAsideDamaged,
  openStorage,
  openStorageReadOnly,
  type OpenStorageOptions,
  type Storage,
} from './storage.ts';

/** Why the database could not be opened, and the ways out the app offers. */
export type StartupFailure = {
  readonly problem: StorageProblem;
  readonly message: string;
  readonly databasePath: string;
  /** Verified backups the user may restore, newest first. */
  readonly backups: readonly BackupInfo[];
  /** Whether "restore a backup" and "start a new database beside it" make sense here. */
  readonly canRecover: boolean;
};

export type StartupResult =
  { readonly ok: true; readonly storage: Storage } | { readonly ok: false; readonly failure: StartupFailure };

/** Problems a user can recover from by restoring or starting anew; a newer version or a read-only disk is not one. */
const RECOVERABLE: readonly StorageProblem[] = ['corrupt', 'not-a-database', 'foreign-wal', 'io'];

/** Problems that leave the database readable: the app then opens it read-only instead of refusing. */
const READ_ONLY_FALLBACK: readonly StorageProblem[] = ['read-only', 'disk-full'];

/** The banner's sentence for a storage opened read-only after `problem`. */
function readOnlyReason(problem: StorageProblem, databasePath: string): string {
  const why =
    problem === 'disk-full'
      ? 'the disk holding it is full'
      : 'the database file or its folder cannot be written (a read-only folder or disk)';
  return `Reality Check opened the database at ${databasePath} read-only because ${why}.`;
}

/**
 * Opens the app's database at start-up. A damaged or foreign file is reported, never
 * deleted or overwritten: the caller shows the message and offers the choices. On a full
 * disk or a read-only folder the database is opened read-only instead (`storage.readOnly` says
 * why), so the user can still read, export and report.
 */
export async function openAtStartup(
  location: StorageLocation,
  options: OpenStorageOptions = {},
): Promise<StartupResult> {
  try {
    return {
      ok: true,
      storage: await openStorage(location, { backupOnOpen: true, checkIntegrity: true, ...options }),
    };
  } catch (error) {
    const described = describeStorageError(error, location.databasePath);
    if (!(described instanceof StorageError)) throw error;
    if (READ_ONLY_FALLBACK.includes(described.problem) && existsSync(location.databasePath)) {
      try {
        const reason = readOnlyReason(described.problem, location.databasePath);
        return { ok: true, storage: openStorageReadOnly(location, reason, options) };
      } catch {
        // Not even readable: report the first problem.
      }
    }
    return {
      ok: false,
      failure: {
        problem: described.problem,
        message: described.message,
        databasePath: location.databasePath,
        backups: listBackups(location.backupsDir),
        canRecover: RECOVERABLE.includes(described.problem),
      },
    };
  }
}

/** The user chose "start a new database": the damaged file is kept beside it under a dated name. */
export async function startNewBeside(
  location: StorageLocation,
  options: OpenStorageOptions = {},
): Promise<{ storage: Storage; movedTo: string }> {
  const movedTo = moveAsideDamaged(location, (options.clock ?? (() => new Date()))());
  return { storage: await openStorage(location, options), movedTo };
}

/** The user chose a backup: the damaged file is kept beside it, and the backup is copied into place. */
export async function restoreAtStartup(
  location: StorageLocation,
  backupName: string,
  options: OpenStorageOptions = {},
): Promise<{ storage: Storage; movedTo: string }> {
  const source = backupPath(location.backupsDir, backupName);
  verifyBackup(source);
  const movedTo = moveAsideDamaged(location, (options.clock ?? (() => new Date()))());
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(location.databasePath);
  } finally {
    backup.close();
  }
  return { storage: await openStorage(location, options), movedTo };
}
