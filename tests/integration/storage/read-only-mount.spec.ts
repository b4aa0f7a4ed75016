import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageLocation, type StorageLocation } from '../../../electron/core/db/location.ts';
import { openAtStartup } from '../../../electron/core/db/startup.ts';
import { closeStorage, openStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { auditWithOneAnswer, call, tempDir } from '../../fixtures/temp-storage.ts';

/**
 * On a real read-only file system and a real full disk (mounts this test makes as root), the
 * app opens the database read-only instead of refusing to start: the audits can be read,
 * exported and reported, and every write fails with a sentence saying why.
 */

const mounts: string[] = [];
let skip: string | null = null;

function run(command: string, args: string[]): { ok: boolean; error: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { ok: result.status === 0, error: (result.error?.message ?? result.stderr).trim() };
}

function mount(args: string[], target: string): void {
  const result = run('mount', [...args, target]);
  if (!result.ok) throw new Error(`mount ${args.join(' ')} ${target} failed: ${result.error}`);
  mounts.push(target);
}

beforeAll(() => {
  if (process.platform !== 'linux') skip = 'mounting file systems is tested on Linux only';
  else if (process.getuid?.() !== 0) skip = 'the tests do not run as root, so they cannot mount file systems';
  else {
    const probe = tempDir('rc-mount-probe-');
    const result = run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]);
    if (result.ok) run('umount', [probe]);
    else skip = `mounting is not permitted here (${result.error})`;
  }
  if (skip) console.warn(`skipped: ${skip}`);
});

afterAll(() => {
  for (const target of mounts.reverse()) if (!run('umount', [target]).ok) run('umount', ['-l', target]);
});

/** A closed storage with one audit (one participant, one answer) at `location`. */
async function seed(location: StorageLocation): Promise<{ auditId: string; participantId: string }> {
  const storage = await openStorage(location);
  const seeded = await auditWithOneAnswer(storage);
  closeStorage(storage);
  return seeded;
}

/** What a read-only storage must still do, and how it must refuse a write. */
async function expectReadable(
  storage: Storage,
  ids: { auditId: string; participantId: string },
  why: RegExp,
) {
  expect(storage.readOnly).toMatch(why);
  expect(await invoke(storage, 'storage.status', {})).toEqual({
    ok: true,
    value: { readOnly: true, message: expect.stringMatching(/read-only.*changes cannot be saved/) },
  });
  const listed = await call(storage, 'audits.list', {});
  expect(listed.map((a) => a.title)).toEqual(['Offsite']);
  const exported = await call(storage, 'files.export', { id: ids.auditId });
  expect(exported.text).toContain('"Offsite"');
  const report = await call(storage, 'report.export', { id: ids.auditId, anonymous: true });
  expect(report.details.pages).toBeGreaterThan(0);
  const saved = await invoke(storage, 'responses.save', { ...ids, itemId: 'leadership-2', value: 2 });
  expect(saved).toEqual({ ok: false, error: { code: 'storage', message: expect.any(String) } });
  const { message } = (saved as { error: { message: string } }).error;
  expect(message).toMatch(why);
  expect(message).toContain(
    'This change was not saved. You can still read the audits, export audit files and reports.',
  );
  expect((await call(storage, 'audits.get', { id: ids.auditId })).responses).toHaveLength(1);
}

describe('a database on a file system it cannot write', () => {
  it('opens read-only on a read-only mount, says so, and refuses writes', async (ctx) => {
    if (skip) return ctx.skip(skip);
    const source = tempDir('rc-ro-source-');
    const ids = await seed(storageLocation({ dataDir: source }));
    const target = tempDir('rc-ro-mount-');
    mount(['--bind', source], target);
    mount(['-o', 'remount,bind,ro'], target);
    const started = await openAtStartup(storageLocation({ dataDir: target }));
    expect(started.ok, JSON.stringify(!started.ok && started.failure)).toBe(true);
    if (!started.ok) return;
    try {
      await expectReadable(
        started.storage,
        ids,
        /read-only because the database file or its folder cannot be written/,
      );
    } finally {
      closeStorage(started.storage);
    }
  });

  it('opens read-only on a full disk, says so, and refuses writes; writes again once there is room', async (ctx) => {
    if (skip) return ctx.skip(skip);
    const target = tempDir('rc-full-');
    mount(['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs'], target);
    const location = storageLocation({ dataDir: target });
    const ids = await seed(location);
    const filler = path.join(target, 'filler');
    const fd = openSync(filler, 'w');
    try {
      const block = Buffer.alloc(64 * 1024, 1);
      for (;;) writeSync(fd, block);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      closeSync(fd);
    }
    const started = await openAtStartup(location);
    expect(started.ok, JSON.stringify(!started.ok && started.failure)).toBe(true);
    if (!started.ok) return;
    try {
      await expectReadable(started.storage, ids, /read-only because the disk holding it is full/);
    } finally {
      closeStorage(started.storage);
    }
    rmSync(filler);
    mkdirSync(path.join(target, 'room'));
    const again = await openAtStartup(location);
    expect(again.ok && again.storage.readOnly).toBeUndefined();
    if (again.ok) closeStorage(again.storage);
  });
});
