import Database from 'better-sqlite3';
import { existsSync, renameSync, statSync } from 'node:fs';
import { backupDatabase, backupPath, removeBackupLeftovers, rotateBackups, verifyBackup } from './backup.ts';
import { describeStorageError, StorageError } from './errors.ts';
import type { StorageLocation } from './location.ts';
import type { Migration } from './migrations/types.ts';
import { openDatabase, openDatabaseReadOnly } from './open.ts';
import { readOnlyError } from './write.ts';

/** The open database and where it lives; `db` changes only when a backup is restored. */
export type Storage = {
  db: Database.Database;
  readonly location: StorageLocation;
  readonly clock: () => Date;
  /**
   * Set when the database was opened read-only (a full disk, a read-only folder): the sentence
   * saying so, shown in the window's banner; every write is refused with it (write.ts).
   */
  readonly readOnly?: string;
};

export type OpenStorageOptions = {
  /** Back up the database as it is found (the app and the browser binding do; the CLI does not). */
  readonly backupOnOpen?: boolean;
  readonly checkIntegrity?: boolean;
  readonly clock?: () => Date;
  readonly migrations?: readonly Migration[];
};

/** Opens the storage: checks, a verified backup before any migration and on open, rotation. */
export async function openStorage(
  location: StorageLocation,
  options: OpenStorageOptions = {},
): Promise<Storage> {
  const clock = options.clock ?? (() => new Date());
  removeBackupLeftovers(location.backupsDir);
  const existed = existsSync(location.databasePath) && statSync(location.databasePath).size > 0;
  const db = await openDatabase(location.databasePath, {
    checkIntegrity: options.checkIntegrity ?? true,
    ...(options.migrations ? { migrations: options.migrations } : {}),
    beforeMigrate: async (old) => {
      await backupDatabase(old, location.backupsDir, 'before-migration', clock());
    },
  });
  const storage: Storage = { db, location, clock };
  if (options.backupOnOpen && existed) {
    try {
      await backupDatabase(db, location.backupsDir, 'on-open', clock());
      rotateBackups(location.backupsDir, clock());
    } catch (error) {
      db.close();
      throw error;
    }
  }
  return storage;
}

/**
 * Opens an existing storage read-only, for a disk that is full or read-only; `reason` is the
 * sentence the window shows and every write is refused with. Makes no backup.
 */
export function openStorageReadOnly(
  location: StorageLocation,
  reason: string,
  options: Pick<OpenStorageOptions, 'clock' | 'migrations' | 'checkIntegrity'> = {},
): Storage {
  const db = openDatabaseReadOnly(location.databasePath, {
    checkIntegrity: options.checkIntegrity ?? true,
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  return { db, location, clock: options.clock ?? (() => new Date()), readOnly: reason };
}

/** Closes the storage's database, checkpointing the WAL into the main file. */
export function closeStorage(storage: Storage): void {
  if (storage.db.open) storage.db.close();
}

/**
 * Restores a backup over the current database. The backup is verified first, and the
 * current database is itself backed up first, so a restore can always be undone.
 */
export async function restoreBackup(
  storage: Storage,
  name: string,
): Promise<{ restored: string; safetyCopy: string }> {
  if (storage.readOnly) throw readOnlyError(storage);
  const source = backupPath(storage.location.backupsDir, name);
  if (!existsSync(source)) throw new StorageError('cannot-open', `There is no backup named ${name}.`);
  verifyBackup(source);
  const safety = await backupDatabase(
    storage.db,
    storage.location.backupsDir,
    'before-restore',
    storage.clock(),
  );
  closeStorage(storage);
  let backup: Database.Database | undefined;
  try {
    backup = new Database(source, { readonly: true, fileMustExist: true });
    await backup.backup(storage.location.databasePath);
  } catch (error) {
    throw describeStorageError(error, storage.location.databasePath);
  } finally {
    backup?.close();
    storage.db = await openDatabase(storage.location.databasePath, { checkIntegrity: true });
  }
  return { restored: name, safetyCopy: safety.name };
}

/**
 * Moves a damaged database aside (with its WAL files) so a new one can start at the same
 * path. Nothing is deleted: the damaged file keeps a dated name beside the new one.
 */
export function moveAsideDamaged(location: StorageLocation, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const aside = location.databasePath.replace(/(\.db)?$/, `.damaged-${stamp}.db`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(location.databasePath + suffix))
      renameSync(location.databasePath + suffix, aside + suffix);
  }
  return aside;
}
