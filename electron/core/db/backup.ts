import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/api/models.ts';
import { isProcessAlive } from './leftovers.ts';
import { describeStorageError, StorageError } from './errors.ts';

const PREFIX = 'reality-check-';
const PATTERN = /^reality-check-(\d{8}T\d{6}\d{3}Z)-([a-z0-9-]+)\.db$/;

/** How many recent backups to keep, and for how many days to keep one per day. */
export const KEEP_RECENT = 10;
export const KEEP_DAYS = 30;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(value);
  if (!m) return new Date(NaN);
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
}

/** Row counts of every table, to check a backup holds what the database held. */
export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** Opens a backup read-only and checks it: integrity_check ok, and optionally the expected row counts. */
export function verifyBackup(file: string, expected?: Record<string, number>): void {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new StorageError(
        'backup-failed',
        `The backup ${path.basename(file)} fails its integrity check (${String(integrity)}).`,
      );
    if (expected) {
      const actual = tableCounts(copy);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        throw new StorageError(
          'backup-failed',
          `The backup ${path.basename(file)} does not hold the same rows as the database (${JSON.stringify(actual)} vs ${JSON.stringify(expected)}).`,
        );
      }
    }
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(
      'backup-failed',
      `The backup ${path.basename(file)} cannot be read: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    copy?.close();
  }
}

/** A backup's partial file while it is written: the pid says whether its writer still runs. */
const PARTIAL = /\.db\.(?:(\d+)\.)?partial(?:-wal|-shm|-journal)?$/;
const SIDE_FILES = ['-wal', '-shm', '-journal'];

function removeWithSideFiles(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(file + suffix, { force: true });
}

/** Makes the copy one self-contained file (rollback journal), so reading it later leaves no -wal or -shm beside it. */
function detachFromWal(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Why a backup could not be written, naming the backup (not the database) and keeping the kind of trouble. */
function backupError(error: unknown, final: string): StorageError {
  const described = describeStorageError(error, final);
  const problem = described instanceof StorageError ? described.problem : 'backup-failed';
  const kept = 'Nothing in the database was changed.';
  if (problem === 'disk-full')
    return new StorageError(
      'disk-full',
      `The backup ${final} could not be written: the disk is full. ${kept}`,
      { cause: error },
    );
  if (problem === 'read-only')
    return new StorageError(
      'read-only',
      `The backup ${final} could not be written: its folder is read-only. ${kept}`,
      { cause: error },
    );
  if (error instanceof StorageError && error.problem === 'backup-failed') return error;
  return new StorageError(
    'backup-failed',
    `Could not write the backup ${final}: ${(error as Error).message}`,
    { cause: error },
  );
}

/**
 * Writes a backup of `db` with SQLite's online backup API (never a plain file copy, which can
 * miss what is still in the WAL), makes it a single file, verifies it, and only then gives it
 * its final name. Its partial file carries our pid and is removed whatever happens.
 */
export async function backupDatabase(
  db: Database.Database,
  backupsDir: string,
  reason: string,
  now: Date = new Date(),
): Promise<BackupInfo> {
  const safeReason =
    reason
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .slice(0, 40) || 'manual';
  const name = `${PREFIX}${stamp(now)}-${safeReason}.db`;
  const final = path.join(backupsDir, name);
  const partial = `${final}.${process.pid}.partial`;
  try {
    mkdirSync(backupsDir, { recursive: true });
    for (let attempt = 1; ; attempt++) {
      await db.backup(partial);
      detachFromWal(partial);
      try {
        verifyBackup(partial, tableCounts(db));
        break;
      } catch (error) {
        // A write that landed while the backup ran changes the counts; another pass settles it.
        if (attempt >= 3) throw error;
      }
    }
    renameSync(partial, final);
  } catch (error) {
    throw backupError(error, final);
  } finally {
    removeWithSideFiles(partial);
  }
  return { name, createdAt: now.toISOString(), reason: safeReason, bytes: statSync(final).size };
}

/**
 * Removes what interrupted backups left in the folder: partial files whose writer is gone
 * (or that carry no pid, as older versions wrote them), with their -wal, -shm and -journal.
 * Returns the names removed.
 */
export function removeBackupLeftovers(backupsDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(backupsDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = PARTIAL.exec(name);
    if (!m) continue;
    const pid = m[1] ? Number(m[1]) : null;
    if (pid !== null && pid !== process.pid && isProcessAlive(pid)) continue;
    if (pid === process.pid) continue; // one of ours, still being written
    rmSync(path.join(backupsDir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** The verified backups in a folder, newest first. */
export function listBackups(backupsDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(backupsDir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = PATTERN.exec(name);
      if (!m?.[1] || !m[2]) return [];
      const created = parseStamp(m[1]);
      if (Number.isNaN(created.getTime())) return [];
      return [
        {
          name,
          createdAt: created.toISOString(),
          reason: m[2],
          bytes: statSync(path.join(backupsDir, name)).size,
        },
      ];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** How many of the backups holding the most rows rotation keeps, whatever their age. */
export const KEEP_FULLEST = 5;

/** A backup as rotation sees it: with the rows of data it holds (every table but the guard). */
export type RotatedBackup = BackupInfo & { readonly rows: number };

/**
 * Which backups rotation keeps: the newest KEEP_RECENT, the newest of each earlier day within
 * KEEP_DAYS days, and the KEEP_FULLEST holding the most rows (newest first among equals). The
 * last rule is why a run of backups of an empty or damaged database never pushes out the
 * last backups of the one that held the audits.
 */
export function backupsToKeep(backups: readonly RotatedBackup[], now: Date): Set<string> {
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(sorted.slice(0, KEEP_RECENT).map((b) => b.name));
  const oldest = now.getTime() - KEEP_DAYS * 24 * 60 * 60 * 1000;
  const days = new Set<string>();
  for (const backup of sorted) {
    const day = backup.createdAt.slice(0, 10);
    if (days.has(day)) continue;
    days.add(day);
    if (new Date(backup.createdAt).getTime() >= oldest) keep.add(backup.name);
  }
  const fullest = [...sorted].sort((a, b) => b.rows - a.rows).slice(0, KEEP_FULLEST);
  for (const backup of fullest) keep.add(backup.name);
  return keep;
}

/** The rows of data a backup holds; an unreadable one counts as none. Leaves no side files behind. */
export function backupRows(file: string): number {
  const before = new Set(SIDE_FILES.filter((suffix) => existsSync(file + suffix)));
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const counts = tableCounts(copy);
    return Object.entries(counts)
      .filter(([table]) => table !== 'database_guard')
      .reduce((sum, [, n]) => sum + n, 0);
  } catch {
    return 0;
  } finally {
    copy?.close();
    // A backup written in WAL mode by an older version gets an empty -wal and -shm when read.
    for (const suffix of SIDE_FILES) if (!before.has(suffix)) rmSync(file + suffix, { force: true });
  }
}

/** Deletes the backups rotation no longer keeps; returns their names. */
export function rotateBackups(backupsDir: string, now: Date = new Date()): string[] {
  const backups = listBackups(backupsDir).map((b) => ({
    ...b,
    rows: backupRows(path.join(backupsDir, b.name)),
  }));
  const keep = backupsToKeep(backups, now);
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) removeWithSideFiles(path.join(backupsDir, name));
  return removed;
}

/** Resolves a backup name to its path, refusing anything that is not one of ours. */
export function backupPath(backupsDir: string, name: string): string {
  if (!PATTERN.test(name))
    throw new StorageError('cannot-open', `"${name}" is not the name of a Reality Check backup.`);
  return path.join(backupsDir, name);
}
