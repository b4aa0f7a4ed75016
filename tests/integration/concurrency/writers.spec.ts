import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageLocation } from '../../../electron/core/db/location.ts';
import { closeStorage, openStorage } from '../../../electron/core/db/storage.ts';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import { call } from '../../fixtures/temp-storage.ts';
import { bundleChildProgram, childEnv } from '../child-program.ts';

/**
 * Several programs write one database at once, as they may on a facilitator's laptop: two
 * `npm run web` servers (the bundled web binding, each over real HTTP on 127.0.0.1) and the
 * `rca` command line importing files. Every write is an IMMEDIATE transaction that waits for
 * the lock, so none fails.
 */

const WRITES_PER_SERVER = 200;
const IMPORTS = 10;
/** Requests each server has in flight at once. */
const IN_FLIGHT = 8;
const WORKED = readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8');

type Server = { child: ChildProcess; origin: string; token: string };

let dir = '';
let web = '';
let cli = '';
const servers: Server[] = [];

function startServer(databasePath: string): Promise<Server> {
  const child = spawn(process.execPath, [web, '--db', databasePath, '--port', '0'], {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(output);
      if (m?.[1] && m[2]) resolve({ child, origin: m[1], token: m[2] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the web server exited with ${code}:\n${output}`)));
  });
}

async function post(server: Server, method: string, input: unknown): Promise<ApiResult<unknown>> {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  });
  return (await response.json()) as ApiResult<unknown>;
}

/** Runs `count` calls, `IN_FLIGHT` at a time, and returns the failed results. */
async function writeMany(count: number, write: (i: number) => Promise<ApiResult<unknown>>) {
  const failed: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const result = await write(next++);
      if (!result.ok) failed.push(result.error);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return failed;
}

function runImport(file: string, databasePath: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'import', file, '--db', databasePath], { env: childEnv() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rca-writers-'));
  web = await bundleChildProgram('electron/server/main.ts', path.join(dir, 'server', 'web.cjs'));
  cli = await bundleChildProgram('electron/cli/main.ts', path.join(dir, 'cli', 'rca.cjs'));
}, 60_000);

afterAll(() => {
  for (const server of servers) server.child.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('two web servers and the command line writing one database at once', () => {
  it('loses no write: every call succeeds and every row is there', async () => {
    const databasePath = path.join(dir, 'data', 'reality-check.db');
    const seed = await openStorage(storageLocation({ databasePath }));
    const audit = await call(seed, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    closeStorage(seed);
    servers.push(await startServer(databasePath), await startServer(databasePath));
    const [a, b] = servers as [Server, Server];
    const items = [...catalogOf(instrumentV1).keys()];
    const files = Array.from({ length: IMPORTS }, (_, i) => {
      const file = JSON.parse(WORKED) as { audit: { id: string; title: string } };
      file.audit.id = crypto.randomUUID();
      file.audit.title = `Imported ${i}`;
      const name = path.join(dir, `import-${i}.rca.json`);
      writeFileSync(name, JSON.stringify(file));
      return name;
    });

    const [notesFailed, actionsFailed, imports] = await Promise.all([
      writeMany(WRITES_PER_SERVER, (i) =>
        post(a, 'discussion.set', { auditId: audit.id, itemId: items[i % items.length], note: `note ${i}` }),
      ),
      writeMany(WRITES_PER_SERVER, (i) =>
        post(b, 'actions.add', { auditId: audit.id, title: `Action ${i}`, status: 'open' }),
      ),
      Promise.all(files.map((file) => runImport(file, databasePath))),
    ]);

    const failedImports = imports.filter((r) => r.code !== 0);
    console.log(
      `concurrent writers: ${WRITES_PER_SERVER} discussion.set on server 1 (${notesFailed.length} failed), ` +
        `${WRITES_PER_SERVER} actions.add on server 2 (${actionsFailed.length} failed), ` +
        `${IMPORTS} rca import (${failedImports.length} failed)`,
    );
    expect(notesFailed).toEqual([]);
    expect(actionsFailed).toEqual([]);
    expect(failedImports).toEqual([]);

    const db = new Database(databasePath, { readonly: true });
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get(audit.id);
      expect(count('SELECT count(*) FROM actions WHERE audit_id = ?')).toBe(WRITES_PER_SERVER);
      expect(count('SELECT count(*) FROM discussion_notes WHERE audit_id = ?')).toBe(
        Math.min(items.length, WRITES_PER_SERVER),
      );
      expect(count('SELECT count(*) FROM audits WHERE id <> ?')).toBe(IMPORTS);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 180_000);
});
