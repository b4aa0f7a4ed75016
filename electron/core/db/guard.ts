import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { prepared } from './prepared.ts';

/**
 * Our mark in the SQLite header (`PRAGMA application_id`, bytes 68–71 of the file): "RChk".
 * A file with another application id belongs to another program and is never opened for writing.
 */
export const APPLICATION_ID = 0x5243686b;

/**
 * The guard row (table `database_guard`, migration 0040) holds `rc-guard:<identity>:<counter>`:
 * a random identity given to the database when it is created, and a counter every write
 * transaction raises. Every WAL file we write therefore carries the guard page of its own
 * database, which is how a `-wal` file is matched to its database before SQLite applies it
 * (wal-check.ts).
 */
export const GUARD_TEXT = /rc-guard:([0-9a-f]{32}):(\d{16})/g;

const COUNTER_DIGITS = 16;

/** A new database's guard text: a fresh identity and the counter at 1. */
export function newGuardText(): string {
  return `rc-guard:${randomBytes(16).toString('hex')}:${'1'.padStart(COUNTER_DIGITS, '0')}`;
}

/** Whether the database has the guard table (every database from migration 0040 on). */
export function hasGuard(db: Database.Database): boolean {
  return (
    prepared(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'database_guard'").get() !==
    undefined
  );
}

/**
 * Raises the guard counter; called inside every write transaction (write.ts), so the
 * transaction's WAL frames include the guard page. The text keeps its length, so SQLite
 * rewrites the row in place.
 */
export function bumpGuard(db: Database.Database): void {
  prepared(
    db,
    `UPDATE database_guard
        SET stamp = substr(stamp, 1, 42) || printf('%016d', CAST(substr(stamp, 43) AS INTEGER) + 1)
      WHERE id = 1`,
  ).run();
}
