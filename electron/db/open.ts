import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeStorageError, StorageError } from './errors.ts';
import { pendingMigrations, runMigrations, schemaVersion } from './migrate.ts';
import { LATEST_VERSION, migrations as allMigrations } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';
import { applyPragmas } from './pragmas.ts';

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

/**
 * Opens the app's database: refuses a file from a newer version before writing a byte,
 * checks integrity on request, sets and checks the pragmas, and runs pending migrations
 * in one transaction.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Database.Database> {
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.at(-1)?.version ?? LATEST_VERSION;
  const isNew = !existsSync(file) || statSync(file).size === 0;
  let db: Database.Database | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { timeout: 2000 });
    const version = schemaVersion(db); // the first read: fails here for a file that is not a database
    if (version > latest) {
      throw new StorageError(
        'newer-version',
        `The database at ${file} was written by a newer version of Reality Check (schema ${version}; this app knows up to ${latest}). ` +
          'Update Reality Check to open it; nothing was changed.',
      );
    }
    if (options.checkIntegrity && !isNew) {
      const result = db.pragma('integrity_check', { simple: true });
      if (result !== 'ok') {
        const finding = String(result).replace(/\s+/g, ' ').slice(0, 200);
        throw new StorageError(
          'corrupt',
          `The database at ${file} is damaged (integrity check: ${finding}). Restore a backup or start a new database beside it.`,
        );
      }
    }
    applyPragmas(db, file, { readonly: false });
    if (pendingMigrations(db, migrations).length > 0) {
      if (!isNew && options.beforeMigrate) await options.beforeMigrate(db);
      runMigrations(db, file, migrations);
    }
    return db;
  } catch (error) {
    fail(db, error, file);
  }
}
