import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { StorageError } from './errors.ts';
import { APPLICATION_ID } from './guard.ts';
import { headerPageSize, readHeader } from './wal-check.ts';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
/** The tables of the first schema (0010): a database without our mark is ours only if it has them. */
const FIRST_TABLES = ['organizations', 'audits', 'participants', 'responses', 'consensus', 'actions'];

const recover = 'Restore a backup or start a new database beside it; nothing has been changed.';

/** What the file header says, read before SQLite opens the file (which may write to it). */
export type HeaderFacts = { readonly pageSize: number; readonly marked: boolean };

/**
 * Checks, from the file's bytes alone, that an existing file is a database of ours: not empty,
 * an SQLite file, our application id (or none, with one of our schema versions: a database
 * written before the mark existed), and not from a newer version of the app.
 */
export function checkHeader(file: string, knownVersions: readonly number[], latest: number): HeaderFacts {
  if (statSync(file).size === 0) {
    throw new StorageError(
      'not-a-database',
      `The database file ${file} is empty (0 bytes): it is not a Reality Check database, or it lost its contents. ${recover}`,
    );
  }
  const header = readHeader(file);
  if (header.length < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new StorageError(
      'not-a-database',
      `${file} is not a Reality Check database (it is not an SQLite database file). ${recover}`,
    );
  }
  const applicationId = header.readUInt32BE(68);
  const version = header.readInt32BE(60);
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
    throw new StorageError(
      'not-a-database',
      `${file} is not a Reality Check database: it is the SQLite database of another program (application id 0x${applicationId.toString(16)}). ${recover}`,
    );
  }
  if (applicationId === APPLICATION_ID && version > latest) {
    throw new StorageError(
      'newer-version',
      `The database at ${file} was written by a newer version of Reality Check (schema ${version}; this app knows up to ${latest}). ` +
        'Update Reality Check to open it; nothing was changed.',
    );
  }
  if (applicationId === 0 && !knownVersions.includes(version)) {
    throw new StorageError(
      'not-a-database',
      `${file} is not a Reality Check database: it is an SQLite database without our mark (schema version ${version}). ${recover}`,
    );
  }
  return { pageSize: headerPageSize(header), marked: applicationId === APPLICATION_ID };
}

/**
 * After SQLite opened an unmarked file with one of our schema versions: it is ours only if it
 * has our tables. (Migration 0040 then marks it.)
 */
export function checkUnmarkedSchema(db: Database.Database, file: string): void {
  const tables = new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
  );
  const missing = FIRST_TABLES.filter((t) => !tables.has(t));
  if (missing.length > 0) {
    throw new StorageError(
      'not-a-database',
      `${file} is not a Reality Check database: it is an SQLite database without our mark or our tables (no ${missing.join(', ')}). ${recover}`,
    );
  }
}
