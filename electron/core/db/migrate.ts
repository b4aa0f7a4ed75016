import type Database from 'better-sqlite3';
import { StorageError } from './errors.ts';
import type { Migration } from './migrations/types.ts';
import { bumpGuardIfPresent } from './write.ts';

/** The schema version recorded in the database file. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Migrations newer than the database's version, in order. */
export function pendingMigrations(db: Database.Database, migrations: readonly Migration[]): Migration[] {
  const current = schemaVersion(db);
  return migrations.filter((m) => m.version > current);
}

/**
 * Runs every pending migration in one transaction and records the new version in it, so a
 * failure anywhere leaves the database exactly as it was.
 */
export function runMigrations(db: Database.Database, path: string, migrations: readonly Migration[]): number {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return schemaVersion(db);
  const apply = db.transaction(() => {
    for (const migration of pending) {
      try {
        migration.up(db);
      } catch (error) {
        throw new StorageError(
          'migration-failed',
          `Updating the database at ${path} to version ${migration.version} (${migration.name}) failed: ` +
            `${error instanceof Error ? error.message : String(error)}. The database was left as it was.`,
          { cause: error },
        );
      }
      db.pragma(`user_version = ${migration.version}`);
    }
    bumpGuardIfPresent(db);
  });
  apply.immediate();
  return schemaVersion(db);
}
