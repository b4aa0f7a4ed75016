import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/api/models.ts';
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

/**
 * Writes a backup of `db` with SQLite's online backup API (never a plain file copy, which can
 * miss what is still in the WAL), verifies it, and only then gives it its final name.
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
  const partial = `${final}.partial`;
  try {
    mkdirSync(backupsDir, { recursive: true });
    for (let attempt = 1; ; attempt++) {
      await db.backup(partial);
      try {
        verifyBackup(partial, tableCounts(db));
        break;
      } catch (error) {
        // A write that landed while the backup ran changes the counts; one more pass settles it.
        if (attempt >= 2) throw error;
      }
    }
    renameSync(partial, final);
  } catch (error) {
    rmSync(partial, { force: true });
    const described = describeStorageError(error, final);
    if (described instanceof StorageError) throw described;
    throw new StorageError(
      'backup-failed',
      `Could not write the backup ${final}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return { name, createdAt: now.toISOString(), reason: safeReason, bytes: statSync(final).size };
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

/**
 * Which backups rotation keeps: the newest KEEP_RECENT, plus the newest of each earlier day
 * within KEEP_DAYS days.
 */
export function backupsToKeep(backups: readonly BackupInfo[], now: Date): Set<string> {
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
  return keep;
}

/** Deletes the backups rotation no longer keeps; returns their names. */
export function rotateBackups(backupsDir: string, now: Date = new Date()): string[] {
  const backups = listBackups(backupsDir);
  const keep = backupsToKeep(backups, now);
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) rmSync(path.join(backupsDir, name), { force: true });
  return removed;
}

/** Resolves a backup name to its path, refusing anything that is not one of ours. */
export function backupPath(backupsDir: string, name: string): string {
  if (!PATTERN.test(name))
    throw new StorageError('cannot-open', `"${name}" is not the name of a Reality Check backup.`);
  return path.join(backupsDir, name);
}
