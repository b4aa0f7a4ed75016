import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';

/** What kind of storage trouble happened, so the app can offer the right way out. */
export type StorageProblem =
  | 'read-only'
  | 'disk-full'
  | 'busy'
  | 'corrupt'
  | 'not-a-database'
  | 'foreign-wal'
  | 'newer-version'
  | 'cannot-open'
  | 'migration-failed'
  | 'backup-failed'
  | 'io';

/** A storage failure with a sentence a person can act on. Nothing committed before it is lost. */
export class StorageError extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.problem = problem;
  }
}

/** Below this much free space a failed write is taken for a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

/**
 * Whether the disk holding `file` is (nearly) full. SQLite reports some writes to a full disk
 * as a plain I/O error (growing the -shm file, for one), so the free space is asked too.
 */
function diskIsFull(file: string): boolean {
  try {
    const stats = statfsSync(dirname(file));
    return stats.bavail * stats.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Turns a better-sqlite3 or file-system error into a StorageError that says what happened
 * to the database at `path` and that earlier answers are safe; other errors pass through.
 */
export function describeStorageError(error: unknown, path: string): unknown {
  if (error instanceof StorageError) return error;
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  const kept = 'Everything saved before this is still in the database.';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new StorageError(
      'read-only',
      `Cannot write to the database at ${path}: the file or its folder is read-only (${detail}). ${kept} ` +
        'Move the data folder somewhere writable or change its permissions.',
      { cause: error },
    );
  }
  if (
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    code === 'SQLITE_IOERR_WRITE' ||
    (code.startsWith('SQLITE_IOERR') && diskIsFull(path))
  ) {
    return new StorageError(
      'disk-full',
      `The disk holding ${path} is full, so the last change was not saved. ${kept} Free some space and try again.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StorageError(
      'busy',
      `The database at ${path} is locked by another program (is Reality Check open twice?), so the last change was not saved. ${kept} Close the other copy and try again.`,
      { cause: error },
    );
  }
  if (code === 'SQLITE_NOTADB') {
    return new StorageError('not-a-database', `${path} is not a Reality Check database (${detail}).`, {
      cause: error,
    });
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StorageError(
      'corrupt',
      `The database at ${path} is damaged (${detail}). Restore a backup or start a new database beside it.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR') {
    return new StorageError('cannot-open', `Cannot open the database at ${path} (${detail}).`, {
      cause: error,
    });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StorageError('io', `Reading or writing ${path} failed (${detail}). ${kept}`, { cause: error });
  }
  return error;
}
