import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../electron/core/db/errors.ts';
import { APPLICATION_ID } from '../../../electron/core/db/guard.ts';
import { storageLocation } from '../../../electron/core/db/location.ts';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations/index.ts';
import { openAtStartup, startNewBeside } from '../../../electron/core/db/startup.ts';
import { closeStorage, openStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { call, tempDir } from '../../fixtures/temp-storage.ts';

/**
 * The database is the one we think it is: the cases of SQLite's "How To Corrupt An SQLite
 * Database File" that reach us through the data folder. A file that is not ours (empty,
 * another program's) and a WAL that is not the database's own are refused before SQLite
 * writes a byte, with the choice a damaged database gets; nothing is deleted.
 */

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function refusal(databasePath: string): Promise<StorageError> {
  const error = await openStorage(storageLocation({ databasePath })).then(
    (storage) => {
      closeStorage(storage);
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

/** A storage with `audits` audits, each with one participant and one answer. */
async function storageWith(databasePath: string, audits: number): Promise<Storage> {
  const storage = await openStorage(storageLocation({ databasePath }));
  for (let i = 0; i < audits; i++) {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: `Audit ${i}`,
      date: '2026-11-23',
    });
    const p = await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana' });
    await call(storage, 'responses.save', {
      auditId: audit.id,
      participantId: p.id,
      itemId: 'leadership-1',
      value: 4,
    });
  }
  return storage;
}

/** The audits in a database file, read from a copy of the file alone (so no WAL beside it is applied). */
function auditsInFileAlone(databasePath: string): number {
  const copy = path.join(tempDir(), 'copy.db');
  copyFileSync(databasePath, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM audits').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('a file that is not a database of ours', () => {
  it('refuses a 0-byte file instead of starting a new database in it, and offers the way out', async () => {
    const location = storageLocation({ dataDir: tempDir() });
    writeFileSync(location.databasePath, '');
    const error = await refusal(location.databasePath);
    expect(error.problem).toBe('not-a-database');
    expect(error.message).toContain('is empty (0 bytes)');
    expect(readFileSync(location.databasePath)).toHaveLength(0);
    const started = await openAtStartup(location);
    expect(!started.ok && started.failure).toMatchObject({ problem: 'not-a-database', canRecover: true });
    const { storage, movedTo } = await startNewBeside(location);
    expect(readFileSync(movedTo)).toHaveLength(0); // kept, not deleted
    expect(await call(storage, 'audits.list', {})).toEqual([]);
    closeStorage(storage);
  });

  it('refuses a valid SQLite database of another program and adds nothing to it', async () => {
    const file = path.join(tempDir(), 'reality-check.db');
    const other = new Database(file);
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
    other.close();
    const before = sha(file);
    const error = await refusal(file);
    expect(error.problem).toBe('not-a-database');
    expect(error.message).toMatch(
      /is not a Reality Check database: it is an SQLite database without our mark/,
    );
    expect(sha(file)).toBe(before);
    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()).toEqual([
      'recipes',
    ]);
    check.close();
  });

  it('refuses a database with our schema version but another application id', async () => {
    const file = path.join(tempDir(), 'reality-check.db');
    const other = new Database(file);
    other.exec('CREATE TABLE things (x INTEGER)');
    other.pragma('user_version = 10');
    other.pragma('application_id = 1234');
    other.close();
    const before = sha(file);
    expect((await refusal(file)).message).toMatch(
      /SQLite database of another program \(application id 0x4d2\)/,
    );
    expect(sha(file)).toBe(before);
  });

  it('refuses an unmarked database with our schema version but not our tables', async () => {
    const file = path.join(tempDir(), 'reality-check.db');
    const other = new Database(file);
    other.exec('CREATE TABLE audits (x INTEGER)');
    other.pragma('user_version = 10');
    other.close();
    expect((await refusal(file)).message).toMatch(/without our mark or our tables \(no organizations/);
  });

  it('marks an existing database of ours (written before the mark) when it opens, keeping its data', async () => {
    const file = path.join(tempDir(), 'reality-check.db');
    const old = await openStorage(storageLocation({ databasePath: file }), {
      migrations: migrations.slice(0, 1),
    });
    old.db.exec("INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01')");
    expect(old.db.pragma('application_id', { simple: true })).toBe(0);
    closeStorage(old);
    const storage = await openStorage(storageLocation({ databasePath: file }));
    expect(storage.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(storage.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(storage.db.prepare('SELECT name FROM organizations').pluck().all()).toEqual(['Acme']);
    closeStorage(storage);
  });

  it('leaves no half-made database at the path: a new one appears complete, and a creation left by a killed start is removed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'reality-check.db');
    writeFileSync(`${file}.creating-999999999-abcd`, 'half');
    const storage = await openStorage(storageLocation({ databasePath: file }));
    expect(existsSync(`${file}.creating-999999999-abcd`)).toBe(false);
    expect(storage.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    closeStorage(storage);
  });
});

describe('a WAL file beside the database', () => {
  it("never applies another database's WAL: refuses with the damaged database's choice and keeps both files", async () => {
    const dir = tempDir();
    const ours = path.join(dir, 'reality-check.db');
    closeStorage(await storageWith(ours, 1));
    // Another database of ours, open and written, so its -wal holds committed changes.
    const otherPath = path.join(tempDir(), 'other.db');
    const other = await storageWith(otherPath, 0);
    await call(other, 'audits.create', { organization: 'Other', title: 'Theirs', date: '2026-11-23' });
    copyFileSync(`${otherPath}-wal`, `${ours}-wal`);
    closeStorage(other);
    const walBefore = sha(`${ours}-wal`);
    const dbBefore = sha(ours);

    const error = await refusal(ours);
    expect(error.problem).toBe('foreign-wal');
    expect(error.message).toMatch(
      /-wal beside the database does not belong to it: it was written for another database/,
    );
    expect(error.message).toMatch(/It was not applied\. Restore a backup or start a new database beside it/);
    expect(sha(ours)).toBe(dbBefore);
    expect(sha(`${ours}-wal`)).toBe(walBefore);
    expect(auditsInFileAlone(ours)).toBe(1);
    const started = await openAtStartup(storageLocation({ databasePath: ours }));
    expect(!started.ok && started.failure).toMatchObject({ problem: 'foreign-wal', canRecover: true });
    const { storage, movedTo } = await startNewBeside(storageLocation({ databasePath: ours }));
    expect(existsSync(`${movedTo}-wal`)).toBe(true);
    expect(auditsInFileAlone(movedTo)).toBe(1);
    closeStorage(storage);
  });

  it('refuses a WAL of a non-Reality Check database', async () => {
    const dir = tempDir();
    const ours = path.join(dir, 'reality-check.db');
    closeStorage(await storageWith(ours, 1));
    const foreignPath = path.join(tempDir(), 'foreign.db');
    const foreign = new Database(foreignPath);
    foreign.pragma('journal_mode = WAL');
    foreign.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (1), (2), (3);');
    copyFileSync(`${foreignPath}-wal`, `${ours}-wal`);
    foreign.close();
    const error = await refusal(ours);
    expect(error.problem).toBe('foreign-wal');
    expect(auditsInFileAlone(ours)).toBe(1);
  });

  it('refuses its own WAL beside an older copy of the database file (a restore by copying the file)', async () => {
    const dir = tempDir();
    const ours = path.join(dir, 'reality-check.db');
    closeStorage(await storageWith(ours, 1));
    const older = path.join(tempDir(), 'older.db');
    copyFileSync(ours, older);
    closeStorage(await storageWith(ours, 1)); // one more audit, checkpointed into the file
    const live = await openStorage(storageLocation({ databasePath: ours }));
    await call(live, 'audits.create', { organization: 'Acme', title: 'Later', date: '2026-11-24' });
    const wal = readFileSync(`${ours}-wal`);
    closeStorage(live);
    copyFileSync(older, ours);
    writeFileSync(`${ours}-wal`, wal);
    const error = await refusal(ours);
    expect(error.problem).toBe('foreign-wal');
    expect(error.message).toMatch(/the database file is older than the changes in it/);
  });

  it('applies its own WAL after a crash: every committed change is there', async () => {
    const dir = tempDir();
    const ours = path.join(dir, 'reality-check.db');
    const live = await storageWith(ours, 2);
    // What a kill leaves: the database file and its -wal, copied while the storage is open.
    const crashed = path.join(tempDir(), 'reality-check.db');
    copyFileSync(ours, crashed);
    copyFileSync(`${ours}-wal`, `${crashed}-wal`);
    closeStorage(live);
    expect(auditsInFileAlone(crashed)).toBeLessThan(2); // the changes are in the WAL only
    const storage = await openStorage(storageLocation({ databasePath: crashed }));
    expect(await call(storage, 'audits.list', {})).toHaveLength(2);
    closeStorage(storage);
  });
});
