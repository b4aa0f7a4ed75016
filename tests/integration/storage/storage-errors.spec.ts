import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { storageLocation } from '../../../electron/core/db/location.ts';
import { closeStorage, openStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { createClient } from '../../../shared/api/client.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import { bundleChildProgram, childEnv } from '../child-program.ts';

/**
 * A read-only folder, a full disk and a database locked by another program each give a
 * storage error a person can act on, and every answer committed before is still there.
 */

const NOBODY = 65534;
const KEPT = 'Everything saved before this is still in the database.';
const EARLIER: readonly [string, number | null][] = [
  ['leadership-1', 4],
  ['leadership-2', 2],
  ['listening-1', null],
];

type Answers = Record<string, number | null>;
type Seeded = { storage: Storage; databasePath: string; auditId: string; participantId: string };

const stores: Storage[] = [];
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rca-storage-'));
  dirs.push(dir);
  return dir;
}

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A storage with one audit, one participant and the EARLIER answers committed. */
async function seedStorage(databasePath: string): Promise<Seeded> {
  const storage = await openStorage(storageLocation({ databasePath }));
  stores.push(storage);
  const api = createClient((method, input) => invoke(storage, method, input));
  const audit = unwrap(
    await api['audits.create']({ organization: 'Acme', title: 'Offsite', date: '2026-11-23' }),
  );
  const participant = unwrap(await api['participants.add']({ auditId: audit.id, name: 'Ana Souza' }));
  for (const [itemId, value] of EARLIER) {
    unwrap(await api['responses.save']({ auditId: audit.id, participantId: participant.id, itemId, value }));
  }
  return { storage, databasePath, auditId: audit.id, participantId: participant.id };
}

/** The answers in the database, read through a connection of its own. */
function storedAnswers(databasePath: string): Answers {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT item_id, value FROM responses ORDER BY item_id').all() as {
      item_id: string;
      value: number | null;
    }[];
    return Object.fromEntries(rows.map((r) => [r.item_id, r.value]));
  } finally {
    db.close();
  }
}

const earlierAnswers = (): Answers => Object.fromEntries(EARLIER);

afterEach(() => {
  for (const storage of stores.splice(0)) closeStorage(storage);
});

afterAll(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('a read-only database folder', () => {
  let dir = '';
  let program = '';
  /** A Node binary the nobody user may run, or why the tests cannot run as another user. */
  let node: { path: string } | { skip: string } = { skip: 'not prepared' };

  /** Runs `node -e script` as nobody with the children's environment. */
  const probe = (binary: string, script: string) =>
    spawnSync(binary, ['-e', script], { uid: NOBODY, gid: NOBODY, env: childEnv(), encoding: 'utf8' });

  beforeAll(async () => {
    dir = tempDir();
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'bin'));
    program = await bundleChildProgram(
      'tests/integration/storage/save-child.ts',
      path.join(dir, 'bin', 'save-child.cjs'),
    );
    if (process.getuid?.() !== 0) {
      node = {
        skip: 'the tests do not run as root, so they cannot run a child as the unprivileged user nobody',
      };
      return;
    }
    const script = "require('better-sqlite3'); process.stdout.write(String(process.getuid()))";
    let binary = process.execPath;
    if (probe(binary, script).error) {
      // Node often lives in root's home, which nobody cannot enter: give nobody the same binary,
      // through a hard link where it can (no copy, and the original's mode is left alone).
      binary = path.join(dir, 'bin', 'node');
      try {
        linkSync(process.execPath, binary);
      } catch {
        copyFileSync(process.execPath, binary);
        chmodSync(binary, 0o755);
      }
    }
    const check = probe(binary, script);
    node =
      check.stdout === String(NOBODY)
        ? { path: binary }
        : {
            skip: `nobody cannot run Node with better-sqlite3 from ${childEnv().NODE_PATH}: ${check.error?.message ?? check.stderr}`,
          };
  });

  /** Runs the save child as nobody and returns what it printed. */
  function saveAsNobody(binary: string, seeded: Seeded, itemId: string, value: number): unknown {
    const run = spawnSync(
      binary,
      [program, seeded.databasePath, seeded.auditId, seeded.participantId, itemId, String(value)],
      { uid: NOBODY, gid: NOBODY, env: childEnv(), encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? 'null');
  }

  /** The outcome of a start where the database cannot be written: opened read-only, each write refused. */
  function expectReadOnlyStart(outcome: unknown, seeded: Seeded): void {
    expect(outcome).toEqual({
      stage: 'save',
      readOnly: `Reality Check opened the database at ${seeded.databasePath} read-only because the database file or its folder cannot be written (a read-only folder or disk).`,
      listed: 1,
      result: { ok: false, error: { code: 'storage', message: expect.any(String) } },
    });
    const { message } = (outcome as { result: { error: { message: string } } }).result.error;
    expect(message).toContain(`opened the database at ${seeded.databasePath} read-only`);
    expect(message).toContain('This change was not saved.');
    expect(message).toContain('You can still read the audits, export audit files and reports.');
  }

  it('opens the database read-only in a folder it may not write, refuses each write with a clear message, and changes nothing', async (ctx) => {
    if ('skip' in node) {
      console.warn(`skipped: ${node.skip}`);
      ctx.skip(node.skip);
      return;
    }
    const data = path.join(dir, 'read-only-folder');
    const seeded = await seedStorage(path.join(data, 'reality-check.db'));
    closeStorage(seeded.storage); // as the app leaves it: no -wal or -shm beside the database
    chmodSync(data, 0o555);
    try {
      // WAL needs the -wal and -shm files beside the database; a folder nobody may write to refuses them.
      expectReadOnlyStart(saveAsNobody(node.path, seeded, 'leadership-3', 5), seeded);
    } finally {
      chmodSync(data, 0o755);
    }
    expect(storedAnswers(seeded.databasePath)).toEqual(earlierAnswers());
  });

  it('opens a database file the user may only read read-only, and responses.save returns a storage error saying so', async (ctx) => {
    if ('skip' in node) {
      console.warn(`skipped: ${node.skip}`);
      ctx.skip(node.skip);
      return;
    }
    const data = path.join(dir, 'read-only-file');
    const seeded = await seedStorage(path.join(data, 'reality-check.db'));
    closeStorage(seeded.storage);
    chownSync(data, NOBODY, NOBODY); // the folder is theirs, the database file stays root's, mode 0644
    expectReadOnlyStart(saveAsNobody(node.path, seeded, 'leadership-3', 5), seeded);
    expect(storedAnswers(seeded.databasePath)).toEqual(earlierAnswers());
  });
});

describe('a full disk', () => {
  it('returns a storage error saying the disk is full, keeps every earlier answer, and saves again once there is room', async () => {
    const seeded = await seedStorage(path.join(tempDir(), 'reality-check.db'));
    const { storage, auditId, participantId } = seeded;
    // The database may not grow by a single page: the next save that needs one gets SQLITE_FULL,
    // exactly what a write to a full disk gets.
    const pages = storage.db.pragma('page_count', { simple: true }) as number;
    storage.db.pragma(`max_page_count = ${pages}`);
    const expected = earlierAnswers();
    const note = 'A long note, so that each answer needs room of its own. '.repeat(100);
    const items = ['listening-2', 'listening-3', 'listening-4', 'listening-5', 'metrics-1', 'metrics-2'];
    let failed: { itemId: string; result: ApiResult<unknown> } | undefined;
    for (const itemId of items) {
      const result = await invoke(storage, 'responses.save', {
        auditId,
        participantId,
        itemId,
        value: 3,
        note,
      });
      if (!result.ok) {
        failed = { itemId, result };
        break;
      }
      expected[itemId] = 3;
    }
    expect(failed, 'a save should have needed a new page').toBeDefined();
    expect(failed?.result).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message:
          `The disk holding ${seeded.databasePath} is full, so the last change was not saved. ${KEPT} ` +
          'Free some space and try again.',
      },
    });
    expect(storedAnswers(seeded.databasePath)).toEqual(expected);

    storage.db.pragma('max_page_count = 1073741823');
    const retry = await invoke(storage, 'responses.save', {
      auditId,
      participantId,
      itemId: failed?.itemId,
      value: 3,
      note,
    });
    expect(retry.ok).toBe(true);
    expect(storedAnswers(seeded.databasePath)).toEqual({ ...expected, [failed?.itemId ?? '']: 3 });
  });
});

describe('a database locked by another program (SQLITE_BUSY)', () => {
  it('returns a storage error saying another program holds the lock, keeps earlier answers, and saves once it is released', async () => {
    const seeded = await seedStorage(path.join(tempDir(), 'reality-check.db'));
    const { storage, auditId, participantId } = seeded;
    const other = new Database(seeded.databasePath);
    try {
      other.exec('BEGIN IMMEDIATE'); // holds the write lock, as a second copy of the app mid-save would
      storage.db.pragma('busy_timeout = 50'); // the app waits 2 s; the outcome is the same, only sooner
      const save = { auditId, participantId, itemId: 'leadership-3', value: 5 };
      const result = await invoke(storage, 'responses.save', save);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'storage',
          message:
            `The database at ${seeded.databasePath} is locked by another program (is Reality Check open twice?), ` +
            `so the last change was not saved. ${KEPT} Close the other copy and try again.`,
        },
      });
      expect(storedAnswers(seeded.databasePath)).toEqual(earlierAnswers());

      other.exec('ROLLBACK');
      expect(await invoke(storage, 'responses.save', save)).toMatchObject({ ok: true, value: { value: 5 } });
      expect(storedAnswers(seeded.databasePath)).toEqual({ ...earlierAnswers(), 'leadership-3': 5 });
    } finally {
      other.close();
    }
  });
});
