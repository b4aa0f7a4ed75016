import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../electron/core/db/errors.ts';
import { APPLICATION_ID } from '../../../electron/core/db/guard.ts';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { tempDir } from '../../fixtures/temp-storage.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function expectStorageError(promise: Promise<unknown>, problem: string, message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  expect((error as StorageError).problem).toBe(problem);
  expect((error as StorageError).message).toMatch(message);
}

describe('opening the database', () => {
  it('sets WAL, foreign keys and synchronous = FULL on every open, including a reopen', async () => {
    const file = path.join(tempDir(), 'a.db');
    for (let i = 0; i < 2; i++) {
      const db = await openDatabase(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      db.close();
    }
  });

  it('creates STRICT tables that refuse a wrongly typed value', async () => {
    const db = await openDatabase(path.join(tempDir(), 'a.db'));
    const strict = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE '%STRICT%'")
      .all();
    expect(strict).toEqual([]);
    db.exec("INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01')");
    expect(() =>
      db
        .prepare(
          `INSERT INTO audits (id, organization_id, title, audit_date, status, instrument_id, instrument_version,
             anonymous, created_at, updated_at)
           VALUES ('a1', 'o1', 't', '2026-01-01', 'in-progress', 'reality-check', '1.0.0', 'yes', 'now', 'now')`,
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column audits.anonymous/);
    db.close();
  });

  it('refuses a database from a newer version without writing a byte', async () => {
    const file = path.join(tempDir(), 'newer.db');
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.exec('CREATE TABLE future (x INTEGER) STRICT; INSERT INTO future VALUES (1);');
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.close();
    const before = sha(file);
    await expectStorageError(
      openDatabase(file),
      'newer-version',
      /written by a newer version of Reality Check.*nothing was changed/,
    );
    expect(sha(file)).toBe(before);
  });

  it('reports a file that is not a database and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'notes.db');
    writeFileSync(file, 'These are my meeting notes, not a database. '.repeat(200));
    const before = sha(file);
    await expectStorageError(openDatabase(file), 'not-a-database', /is not a Reality Check database/);
    expect(sha(file)).toBe(before);
  });

  it('reports a damaged database on integrity check and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'damaged.db');
    const db = await openDatabase(file);
    db.exec("INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01')");
    const insert = db.prepare('INSERT INTO organizations VALUES (?, ?, ?)');
    for (let i = 0; i < 2000; i++)
      insert.run(`id-${i}`, `Organization number ${i} with a long name`, '2026-01-01');
    db.pragma('journal_mode = DELETE');
    db.close();
    // Scribble over the middle of the file: pages of the index and table now disagree.
    const bytes = readFileSync(file);
    bytes.fill(0x55, 4096 * 6, 4096 * 6 + 3000);
    writeFileSync(file, bytes);
    const before = sha(file);
    await expectStorageError(
      openDatabase(file, { checkIntegrity: true }),
      'corrupt',
      /is damaged.*Restore a backup or start a new database beside it/,
    );
    expect(sha(file)).toBe(before);
  });
});

describe('migrations', () => {
  it('0010-initial and 0040-database-guard: from no file to the current schema, marked as ours', async () => {
    const file = path.join(tempDir(), 'new.db');
    const db = await openDatabase(file);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      'actions',
      'audits',
      'consensus',
      'contacts',
      'database_guard',
      'dimension_commentary',
      'discussion_notes',
      'merged_response_files',
      'organizations',
      'participants',
      'plan_reviews',
      'responses',
      'role_groups',
      'room_clears',
      'room_devices',
      'rooms',
      'round_clears',
      'round_items',
      'round_responses',
      'rounds',
      'settings',
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.prepare('SELECT stamp FROM database_guard').pluck().get()).toMatch(
      /^rc-guard:[0-9a-f]{32}:\d{16}$/,
    );
    db.close();
  });

  it('0020-reveal-and-completeness: audits that show a reveal are revealed, every summary is recomputed', async () => {
    const file = path.join(tempDir(), 'v10.db');
    const v10 = await openDatabase(file, { migrations: migrations.slice(0, 1) });
    v10.exec(`
      INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01');
      INSERT INTO audits (id, organization_id, title, audit_date, status, instrument_id, instrument_version,
        summary_level, summary_index, summary_stale, created_at, updated_at)
      VALUES
        ('blind', 'o1', 'Scoring', '2026-11-23', 'in-progress', 'reality-check', '1.0.0', 'Ready', 90, 0, 't0', 't1'),
        ('agreed', 'o1', 'Consensus', '2026-11-23', 'in-progress', 'reality-check', '1.0.0', NULL, NULL, 1, 't0', 't2'),
        ('noted', 'o1', 'Discussed', '2026-11-23', 'in-progress', 'reality-check', '1.0.0', NULL, NULL, 1, 't0', 't3'),
        ('planned', 'o1', 'Planned', '2026-11-23', 'in-progress', 'reality-check', '1.0.0', NULL, NULL, 1, 't0', 't4'),
        ('done', 'o1', 'Complete', '2026-11-23', 'complete', 'reality-check', '1.0.0', NULL, NULL, 0, 't0', 't5');
      INSERT INTO consensus VALUES ('agreed', 'leadership-1', 3, '', 't2');
      INSERT INTO discussion_notes VALUES ('noted', 'leadership-1', 'We disagree', 't3');
      INSERT INTO actions (audit_id, id, position, title, status, source, created_at, updated_at)
      VALUES ('planned', 'a1', 0, 'Call customers', 'open', 'custom', 't4', 't4');
    `);
    v10.close();

    const db = await openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(
      db
        .prepare(
          'SELECT id, revealed_at, summary_stale, summary_provisional, summary_completeness FROM audits ORDER BY id',
        )
        .all(),
    ).toEqual([
      {
        id: 'agreed',
        revealed_at: 't2',
        summary_stale: 1,
        summary_provisional: 1,
        summary_completeness: null,
      },
      {
        id: 'blind',
        revealed_at: null,
        summary_stale: 1,
        summary_provisional: 1,
        summary_completeness: null,
      },
      { id: 'done', revealed_at: 't5', summary_stale: 1, summary_provisional: 1, summary_completeness: null },
      {
        id: 'noted',
        revealed_at: 't3',
        summary_stale: 1,
        summary_provisional: 1,
        summary_completeness: null,
      },
      {
        id: 'planned',
        revealed_at: 't4',
        summary_stale: 1,
        summary_provisional: 1,
        summary_completeness: null,
      },
    ]);
    expect(() => db.exec("UPDATE audits SET summary_provisional = 2 WHERE id = 'blind'")).toThrow(/CHECK/);
    db.close();
  });

  it('0030-position-indexes: a 0010 database keeps its rows and lists each audit in order by an index', async () => {
    const file = path.join(tempDir(), 'old.db');
    const old = await openDatabase(file, { migrations: migrations.slice(0, 1) });
    old.exec(`
      INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01');
      INSERT INTO audits (id, organization_id, title, audit_date, status, instrument_id, instrument_version, created_at, updated_at)
        VALUES ('a1', 'o1', 'Offsite', '2026-11-23', 'complete', 'reality-check', '1.0.0', '2026-01-01', '2026-01-01');
      INSERT INTO participants VALUES ('a1', 'p2', 1, 'Ben', '', 'P2'), ('a1', 'p1', 0, 'Ana', '', 'P1');
    `);
    old.close();
    const db = await openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT name FROM participants ORDER BY position').pluck().all()).toEqual([
      'Ana',
      'Ben',
    ]);
    for (const table of ['participants', 'contacts', 'actions']) {
      // The next position is found through the index, not by reading every row of the audit.
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT max(position) FROM ${table} WHERE audit_id = ?`)
        .all('a1') as { detail: string }[];
      const index = /USING (?:COVERING )?INDEX (\w+)/.exec(plan.map((p) => p.detail).join(' '))?.[1];
      const columns = (db.pragma(`index_info(${index ?? 'none'})`) as { name: string }[]).map((c) => c.name);
      expect(columns, table).toEqual(['audit_id', 'position']);
    }
    db.close();
  });

  it('runs all pending migrations in one transaction: a failure leaves the database exactly as it was', async () => {
    const file = path.join(tempDir(), 'a.db');
    const first = await openDatabase(file, { migrations: migrations.slice(0, 1) });
    first.exec("INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01')");
    first.close(); // checkpoints the WAL into the main file and removes it
    const before = sha(file);
    const failing = [
      ...migrations,
      {
        version: 900,
        name: 'adds a table',
        up: (db: Database.Database) => db.exec('CREATE TABLE extra (x INTEGER) STRICT'),
      },
      {
        version: 910,
        name: 'breaks',
        up: (db: Database.Database) => {
          db.exec("UPDATE organizations SET name = 'changed'");
          throw new Error('injected failure');
        },
      },
    ];
    await expectStorageError(
      openDatabase(file, { migrations: failing }),
      'migration-failed',
      /version 910 \(breaks\) failed: injected failure\. The database was left as it was/,
    );
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(10);
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").pluck().get()).toBe(0);
    expect(check.prepare('SELECT name FROM organizations').pluck().all()).toEqual(['Acme']);
    check.close();
    expect(sha(file)).toBe(before);
  });
});
