import type Database from 'better-sqlite3';
import { StorageError } from './errors.ts';

/** How long a write waits for another connection's lock before giving up with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Sets and then checks the pragmas every connection needs: WAL, foreign keys, and
 * synchronous = FULL (better-sqlite3 reopens WAL databases at NORMAL, which can lose
 * the last commits on power loss).
 */
export function applyPragmas(db: Database.Database, path: string, options: { readonly: boolean }): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const checks: [string, unknown, unknown][] = [
    ['foreign_keys', db.pragma('foreign_keys', { simple: true }), 1],
    ['synchronous', db.pragma('synchronous', { simple: true }), 2],
  ];
  if (!options.readonly) checks.push(['journal_mode', db.pragma('journal_mode', { simple: true }), 'wal']);
  for (const [name, actual, expected] of checks) {
    if (actual !== expected) {
      throw new StorageError(
        'cannot-open',
        `The database at ${path} refused PRAGMA ${name} = ${String(expected)} (it is ${String(actual)}).`,
      );
    }
  }
}
