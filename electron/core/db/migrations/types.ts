import type Database from 'better-sqlite3';

/** One schema step. `version` is its number (0010 → 10); PRAGMA user_version records the last applied. */
export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database.Database) => void;
};
