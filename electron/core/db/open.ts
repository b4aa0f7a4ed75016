import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './leftovers.ts';
import { describeStorageError, StorageError } from './errors.ts';
import { checkHeader, checkUnmarkedSchema } from './identity.ts';
import { pendingMigrations, runMigrations, schemaVersion } from './migrate.ts';
import { LATEST_VERSION, migrations as allMigrations } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';
import { applyPragmas, BUSY_TIMEOUT_MS } from './pragmas.ts';
import { checkWal } from './wal-check.ts';

export type OpenOptions = {
  readonly migrations?: readonly Migration[];
  /** Run integrity_check before using the file (the app does, at start-up). */
  readonly checkIntegrity?: boolean;
  /** Called with the open, not yet migrated database when migrations are pending. */
  readonly beforeMigrate?: (db: Database.Database) => Promise<void>;
};

function fail(db: Database.Database | undefined, error: unknown, file: string): never {
  try {
    db?.close();
  } catch {
    // Closing a connection that failed to open properly may fail too; the first error matters.
  }
  throw describeStorageError(error, file);
}

/** Removes what a start killed while creating the database left behind (its pid is gone). */
function removeStaleCreations(file: string): void {
  const prefix = `${path.basename(file)}.creating-`;
  let names: string[];
  try {
    names = readdirSync(path.dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (name.startsWith(prefix) && Number.isInteger(pid) && !isProcessAlive(pid))
      rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

/** A `-wal` or `-shm` file with no database beside it would be applied to a new one: it is kept aside instead. */
function moveOrphans(file: string): void {
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix))
      renameSync(file + suffix, file.replace(/(\.db)?$/, `.orphaned-${stamp}.db${suffix}`));
  }
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can sync a folder (Windows); the rename itself is still atomic.
  }
}

/**
 * Creates a new database all at once: migrated and marked in a temporary file, then linked
 * into place only if no other process created one meanwhile. So the database path never
 * holds a half-made database, and an empty or unmarked file there is never ours.
 */
function createDatabase(file: string, migrations: readonly Migration[]): void {
  moveOrphans(file);
  const temp = `${file}.creating-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const db = new Database(temp, { timeout: BUSY_TIMEOUT_MS });
    try {
      applyPragmas(db, temp, { readonly: false });
      runMigrations(db, temp, migrations);
    } finally {
      db.close(); // checkpoints the WAL into the file and removes it
    }
    try {
      linkSync(temp, file); // fails if the file exists: a database created meanwhile is kept
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') copyFileSync(temp, file, constants.COPYFILE_EXCL);
    }
    syncFolder(path.dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
  }
}

/** Checks the file and its WAL from their bytes, before SQLite reads (and may write) them. */
function checkBeforeOpening(file: string, migrations: readonly Migration[], latest: number) {
  const facts = checkHeader(
    file,
    migrations.map((m) => m.version),
    latest,
  );
  const wal = checkWal(file, facts.pageSize);
  if (!wal.ok) {
    throw new StorageError(
      'foreign-wal',
      `The file ${file}-wal beside the database does not belong to it: ${wal.reason}. ` +
        'It was not applied. Restore a backup or start a new database beside it; nothing has been changed.',
    );
  }
  return facts;
}

/**
 * Opens the app's database: creates a new one all at once, refuses a file that is not ours
 * (empty, another program's, a newer version's) or a WAL that is not its own before SQLite
 * writes a byte, checks integrity on request, sets and checks the pragmas, and runs pending
 * migrations in one transaction.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Database.Database> {
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.at(-1)?.version ?? LATEST_VERSION;
  let db: Database.Database | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    removeStaleCreations(file);
    if (!existsSync(file)) createDatabase(file, migrations);
    const facts = checkBeforeOpening(file, migrations, latest);
    // SQLite would open a file it may not write read-only without a word, and WAL needs the folder.
    accessSync(file, constants.W_OK);
    accessSync(path.dirname(file), constants.W_OK);
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS, fileMustExist: true });
    const version = schemaVersion(db); // the first read: fails here for a file SQLite cannot read
    if (version > latest) {
      throw new StorageError(
        'newer-version',
        `The database at ${file} was written by a newer version of Reality Check (schema ${version}; this app knows up to ${latest}). ` +
          'Update Reality Check to open it; nothing was changed.',
      );
    }
    if (!facts.marked) checkUnmarkedSchema(db, file);
    if (options.checkIntegrity) checkIntegrity(db, file);
    applyPragmas(db, file, { readonly: false });
    if (pendingMigrations(db, migrations).length > 0) {
      if (options.beforeMigrate) await options.beforeMigrate(db);
      runMigrations(db, file, migrations);
    }
    return db;
  } catch (error) {
    fail(db, error, file);
  }
}

function checkIntegrity(db: Database.Database, file: string): void {
  const result = db.pragma('integrity_check', { simple: true });
  if (result !== 'ok') {
    const finding = String(result).replace(/\s+/g, ' ').slice(0, 200);
    throw new StorageError(
      'corrupt',
      `The database at ${file} is damaged (integrity check: ${finding}). Restore a backup or start a new database beside it.`,
    );
  }
}

/**
 * Opens an existing database of ours read-only, for a disk that is full or read-only: the
 * same checks first, then a read-only connection, or, where SQLite cannot even make the
 * files a read-only WAL connection needs, a copy of the file in memory. Nothing is written.
 */
export function openDatabaseReadOnly(file: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.at(-1)?.version ?? LATEST_VERSION;
  let db: Database.Database | undefined;
  try {
    const facts = checkBeforeOpening(file, migrations, latest);
    try {
      db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
      schemaVersion(db);
    } catch {
      db?.close();
      const image = readFileSync(file);
      image[18] = 1; // file format read/write versions: rollback journal, which an image in memory can use
      image[19] = 1;
      db = new Database(image, { readonly: true });
    }
    if (!facts.marked) checkUnmarkedSchema(db, file);
    if (options.checkIntegrity) checkIntegrity(db, file);
    applyPragmas(db, file, { readonly: true });
    return db;
  } catch (error) {
    fail(db, error, file);
  }
}
