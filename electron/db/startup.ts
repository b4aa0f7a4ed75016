import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api/models.ts';
import { backupPath, listBackups, verifyBackup } from './backup.ts';
import { describeStorageError, StorageError, type StorageProblem } from './errors.ts';
import type { StoreLocation } from './location.ts';
import { moveAsideDamaged, openStore, type OpenStoreOptions, type Store } from './store.ts';

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
  { readonly ok: true; readonly store: Store } | { readonly ok: false; readonly failure: StartupFailure };

/** Problems a user can recover from by restoring or starting anew; a newer version or a read-only disk is not one. */
const RECOVERABLE: readonly StorageProblem[] = ['corrupt', 'not-a-database', 'io'];

/**
 * Opens the app's database at start-up. A damaged or foreign file is reported, never
 * deleted or overwritten: the caller shows the message and offers the choices.
 */
export async function openAtStartup(
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<StartupResult> {
  try {
    return {
      ok: true,
      store: await openStore(location, { backupOnOpen: true, checkIntegrity: true, ...options }),
    };
  } catch (error) {
    const described = describeStorageError(error, location.databasePath);
    if (!(described instanceof StorageError)) throw error;
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
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<{ store: Store; movedTo: string }> {
  const movedTo = moveAsideDamaged(location, (options.clock ?? (() => new Date()))());
  return { store: await openStore(location, options), movedTo };
}

/** The user chose a backup: the damaged file is kept beside it, and the backup is copied into place. */
export async function restoreAtStartup(
  location: StoreLocation,
  backupName: string,
  options: OpenStoreOptions = {},
): Promise<{ store: Store; movedTo: string }> {
  const source = backupPath(location.backupsDir, backupName);
  verifyBackup(source);
  const movedTo = moveAsideDamaged(location, (options.clock ?? (() => new Date()))());
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(location.databasePath);
  } finally {
    backup.close();
  }
  return { store: await openStore(location, options), movedTo };
}
