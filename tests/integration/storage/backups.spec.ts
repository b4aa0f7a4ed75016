import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupDatabase,
  backupsToKeep,
  type RotatedBackup,
  listBackups,
  rotateBackups,
  tableCounts,
} from '../../../electron/core/db/backup.ts';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations/index.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { openAtStartup, restoreAtStartup, startNewBeside } from '../../../electron/core/db/startup.ts';
import { closeStorage, moveAsideDamaged, openStorage } from '../../../electron/core/db/storage.ts';
import { auditWithOneAnswer, call, steppingClock, tempLocation } from '../../fixtures/temp-storage.ts';

async function storageWithAnswers(location = tempLocation()) {
  const storage = await openStorage(location, { clock: steppingClock() });
  return { storage, ...(await auditWithOneAnswer(storage)), location };
}

const info = (createdAt: string, n = 0, rows = 0): RotatedBackup => ({
  name: `b-${createdAt}-${n}`,
  createdAt,
  reason: 'x',
  bytes: 1,
  rows,
});

describe('backups', () => {
  it('backs up an existing database when the app opens it, verified by row counts', async () => {
    const { storage, location } = await storageWithAnswers();
    const counts = tableCounts(storage.db);
    closeStorage(storage);
    const reopened = await openStorage(location, {
      backupOnOpen: true,
      clock: steppingClock('2026-11-24T08:00:00Z'),
    });
    const backups = listBackups(location.backupsDir);
    expect(backups.map((b) => b.reason)).toEqual(['on-open']);
    const copy = new Database(path.join(location.backupsDir, backups[0]!.name), { readonly: true });
    expect(tableCounts(copy)).toEqual(counts);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(readdirSync(location.backupsDir).filter((n) => n.endsWith('.partial'))).toEqual([]);
    closeStorage(reopened);
  });

  it('makes no backup for a brand-new database', async () => {
    const location = tempLocation();
    const storage = await openStorage(location, { backupOnOpen: true });
    expect(listBackups(location.backupsDir)).toEqual([]);
    closeStorage(storage);
  });

  it('backs up before a migration', async () => {
    const location = tempLocation();
    const storage = await openStorage(location);
    closeStorage(storage);
    const withNewMigration = await openStorage(location, {
      migrations: [
        ...migrations,
        { version: 900, name: 'test step', up: (db) => db.exec('CREATE TABLE test_step (x INTEGER) STRICT') },
      ],
    });
    expect(listBackups(location.backupsDir).map((b) => b.reason)).toEqual(['before-migration']);
    const copy = new Database(path.join(location.backupsDir, listBackups(location.backupsDir)[0]!.name), {
      readonly: true,
    });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    copy.close();
    closeStorage(withNewMigration);
  });

  it('restores any backup, keeping a copy of the current database first', async () => {
    const { storage, auditId, participantId, location } = await storageWithAnswers();
    await call(storage, 'backups.create', {});
    await call(storage, 'responses.save', { auditId, participantId, itemId: 'leadership-1', value: 1 });
    await call(storage, 'responses.save', { auditId, participantId, itemId: 'leadership-2', value: 2 });
    const [backup] = await call(storage, 'backups.list', {});
    const result = await call(storage, 'backups.restore', { name: backup!.name });
    expect(result.restored).toBe(backup!.name);
    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail.responses.map((r) => [r.item, r.value])).toEqual([['leadership-1', 4]]);
    // The safety copy holds the state just before the restore, so the restore can be undone.
    const undo = await call(storage, 'backups.restore', { name: result.safetyCopy });
    expect(undo.restored).toBe(result.safetyCopy);
    const again = await call(storage, 'audits.get', { id: auditId });
    expect(again.responses.map((r) => [r.item, r.value])).toEqual([
      ['leadership-1', 1],
      ['leadership-2', 2],
    ]);
    expect(storage.db.pragma('synchronous', { simple: true })).toBe(2);
    closeStorage(storage);
    expect(existsSync(location.databasePath)).toBe(true);
  });

  it('refuses to restore something that is not one of our backups', async () => {
    const { storage } = await storageWithAnswers();
    const result = await invoke(storage, 'backups.restore', {
      name: '../../etc/passwd',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
    closeStorage(storage);
  });

  it('moves a damaged database aside on request, deleting nothing', async () => {
    const location = tempLocation();
    writeFileSync(location.databasePath, 'garbage'.repeat(1000));
    await expect(openStorage(location)).rejects.toThrow(/is not a Reality Check database/);
    const aside = moveAsideDamaged(location, new Date('2026-11-23T10:00:00Z'));
    expect(aside).toMatch(/reality-check\.damaged-20261123T100000000Z\.db$/);
    expect(existsSync(aside)).toBe(true);
    const fresh = await openStorage(location);
    expect(await call(fresh, 'audits.list', {})).toEqual([]);
    closeStorage(fresh);
  });
});

describe('backup rotation', () => {
  it('keeps the newest ten and the newest of each earlier day within thirty days', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const today = Array.from({ length: 14 }, (_, i) =>
      info(`2026-11-23T${String(i).padStart(2, '0')}:00:00.000Z`),
    );
    const earlier = [
      info('2026-11-20T08:00:00.000Z'),
      info('2026-11-20T18:00:00.000Z'), // newest of the 20th
      info('2026-10-25T10:00:00.000Z'), // 29 days ago: kept
      info('2026-10-20T10:00:00.000Z'), // 34 days ago: dropped
    ];
    const keep = backupsToKeep([...today, ...earlier], now);
    expect([...keep].sort()).toEqual(
      [
        ...today.slice(4).map((b) => b.name),
        'b-2026-11-20T18:00:00.000Z-0',
        'b-2026-10-25T10:00:00.000Z-0',
      ].sort(),
    );
  });

  it('deletes only what rotation does not keep, on disk', async () => {
    const { storage, location } = await storageWithAnswers();
    const start = new Date('2026-11-01T09:00:00Z').getTime();
    for (let i = 0; i < 14; i++) {
      await backupDatabase(storage.db, location.backupsDir, 'manual', new Date(start + i * 3600_000));
    }
    const removed = rotateBackups(location.backupsDir, new Date('2026-11-01T23:00:00Z'));
    expect(removed).toHaveLength(4);
    expect(listBackups(location.backupsDir)).toHaveLength(10);
    closeStorage(storage);
  });
});

describe('start-up with a damaged database', () => {
  it('reports the problem with the backups to choose from, restores one, and keeps the damaged file', async () => {
    const { storage, location, auditId } = await storageWithAnswers();
    await call(storage, 'backups.create', {});
    closeStorage(storage);
    writeFileSync(location.databasePath, 'overwritten by something else '.repeat(500));
    const started = await openAtStartup(location);
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.failure).toMatchObject({ problem: 'not-a-database', canRecover: true });
    expect(started.failure.message).toContain('is not a Reality Check database');
    expect(started.failure.backups).toHaveLength(1);
    const { storage: restored, movedTo } = await restoreAtStartup(location, started.failure.backups[0]!.name);
    expect(readFileSync(movedTo, 'utf8')).toMatch(/^overwritten by something else/);
    expect((await call(restored, 'audits.get', { id: auditId })).responses).toHaveLength(1);
    closeStorage(restored);
  });

  it('starts a new database beside a damaged one', async () => {
    const location = tempLocation();
    writeFileSync(location.databasePath, 'x'.repeat(5000));
    const started = await openAtStartup(location);
    expect(started.ok).toBe(false);
    const { storage, movedTo } = await startNewBeside(location);
    expect(readFileSync(movedTo, 'utf8')).toBe('x'.repeat(5000));
    expect(await call(storage, 'audits.list', {})).toEqual([]);
    closeStorage(storage);
  });

  it('does not offer recovery for a database from a newer version', async () => {
    const location = tempLocation();
    const storage = await openStorage(location);
    storage.db.pragma('user_version = 999');
    closeStorage(storage);
    const started = await openAtStartup(location);
    expect(!started.ok && started.failure).toMatchObject({ problem: 'newer-version', canRecover: false });
  });
});

describe('backups leave nothing behind', () => {
  it('writes each backup as one self-contained file: no -wal, -shm or partial files beside it, after many starts', async () => {
    const { storage, location } = await storageWithAnswers();
    closeStorage(storage);
    for (let i = 0; i < 5; i++) {
      const reopened = await openStorage(location, {
        backupOnOpen: true,
        clock: steppingClock(`2026-11-2${i}T08:00:00Z`),
      });
      await call(reopened, 'backups.create', {});
      closeStorage(reopened);
    }
    const names = readdirSync(location.backupsDir);
    expect(names.filter((n) => !/^reality-check-\d{8}T\d{9}Z-[a-z-]+\.db$/.test(n))).toEqual([]);
    expect(names).toHaveLength(10);
    const copy = new Database(path.join(location.backupsDir, names[0]!), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(readdirSync(location.backupsDir)).toHaveLength(10); // reading a backup added nothing
  });

  it('removes at start the partial files of backups whose writer was killed, and keeps those still being written', async () => {
    const { storage, location } = await storageWithAnswers();
    closeStorage(storage);
    const dead = 'reality-check-20261101T090000000Z-on-open.db.999999999.partial';
    const old = 'reality-check-20261101T090000000Z-manual.db.partial';
    const live = `reality-check-20261101T090000000Z-manual.db.${process.ppid}.partial`;
    mkdirSync(location.backupsDir, { recursive: true });
    for (const name of [dead, `${dead}-wal`, old, `${old}-wal`, `${old}-shm`, live])
      writeFileSync(path.join(location.backupsDir, name), 'x'.repeat(4096));
    const reopened = await openStorage(location, { backupOnOpen: true });
    const names = readdirSync(location.backupsDir);
    expect(names.filter((n) => n.includes('partial'))).toEqual([live]);
    closeStorage(reopened);
  });
});

describe('backup rotation with a bad or empty current database', () => {
  it('keeps the last backups of the database that held the audits through many starts on an empty one', async () => {
    const { storage, location } = await storageWithAnswers();
    const day = '2026-11-23';
    const good: string[] = [];
    for (let i = 0; i < 5; i++) {
      good.push(
        (await backupDatabase(storage.db, location.backupsDir, 'manual', new Date(`${day}T0${i}:00:00Z`)))
          .name,
      );
    }
    closeStorage(storage);
    // The database is replaced by an empty one (started new beside it), then the app starts 11 times that day.
    moveAsideDamaged(location, new Date(`${day}T08:00:00Z`));
    closeStorage(await openStorage(location));
    for (let i = 0; i < 11; i++) {
      const reopened = await openStorage(location, {
        backupOnOpen: true,
        clock: () => new Date(`${day}T10:${String(i).padStart(2, '0')}:00Z`),
      });
      closeStorage(reopened);
    }
    const left = listBackups(location.backupsDir).map((b) => b.name);
    expect(good.filter((name) => left.includes(name))).toEqual(good);
    expect(left).toHaveLength(15); // the newest 10 of the empty database, and the 5 that hold the audits
  });

  it('keeps the fullest backups whatever their age, besides the newest ten and one a day', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const full = [info('2026-01-01T08:00:00.000Z', 0, 120), info('2026-01-02T08:00:00.000Z', 0, 118)];
    const empty = Array.from({ length: 12 }, (_, i) =>
      info(`2026-11-23T${String(i).padStart(2, '0')}:00:00.000Z`, 0, 0),
    );
    const keep = backupsToKeep([...full, ...empty], now);
    expect(keep.has(full[0]!.name) && keep.has(full[1]!.name)).toBe(true);
    expect(keep.size).toBe(12); // the newest 10 (all empty, of today) and the 2 full ones, 10 months old
  });
});
