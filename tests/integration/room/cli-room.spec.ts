import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, openStorage } from '../../../electron/core/db/storage.ts';
import type { SeatSnapshot } from '../../../shared/room/protocol.ts';
import { bundleChildProgram, childEnv } from '../child-program.ts';
import { auditWithSeats, Phone, ROOM_HOST, roomRequest } from '../../fixtures/room.ts';
import { tempDir, tempLocation } from '../../fixtures/temp-storage.ts';

/*
 * `rca room` as a facilitator runs it: the bundled command line in a child process beside a
 * phone page folder, as in dist/. Phones are real WebSocket and HTTP clients on 127.0.0.2.
 */

let rca: string;
beforeAll(async () => {
  const dist = tempDir('rc-room-dist-');
  mkdirSync(path.join(dist, 'renderer', 'phone', 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'renderer', 'phone', 'index.html'), '<!doctype html><title>Phone</title>');
  rca = await bundleChildProgram('electron/cli/main.ts', path.join(dist, 'cli', 'rca.cjs'));
});

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** An audit with three named seats in a fresh database file. */
async function database(): Promise<{ db: string; auditId: string; seats: string[] }> {
  const location = tempLocation();
  const storage = await openStorage(location);
  const { auditId, seats } = await auditWithSeats(storage, ['Ana', 'Ben', 'Caro']);
  closeStorage(storage);
  return { db: location.databasePath, auditId, seats };
}

type Running = {
  child: ChildProcess;
  join: string;
  code: string;
  port: number;
  roomToken: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
};

/** Starts `rca room` and waits for its join: and code: lines. */
function startRoom(db: string, auditId: string, port: number): Promise<Running> {
  const child = spawn(
    process.execPath,
    [rca, 'room', '--audit', auditId, '--db', db, '--host', ROOM_HOST, '--port', String(port)],
    { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let out = '';
  let err = '';
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    out: string;
    err: string;
  }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, out, err })));
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const join = /^join: (\S+)$/m.exec(out)?.[1];
      const code = /^code: (\S+)$/m.exec(out)?.[1];
      if (join && code) {
        const url = new URL(join);
        resolve({
          child,
          join,
          code,
          port: Number(url.port),
          roomToken: url.pathname.split('/j/')[1] ?? '',
          exited,
        });
      }
    });
    void exited.then((e) => reject(new Error(`rca room stopped early (${e.code}): ${e.out}${e.err}`)));
  });
}

async function portClosed(port: number): Promise<boolean> {
  return roomRequest(port, { path: '/' }).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
  );
}

describe('rca room', () => {
  it('prints join: URL and code: CODE on lines of their own, serves, and closes the port on SIGINT and SIGTERM', async () => {
    const { db, auditId } = await database();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const room = await startRoom(db, auditId, 0);
      expect(room.join).toMatch(new RegExp(`^http://127\\.0\\.0\\.2:\\d+/j/[A-Za-z0-9_-]{22}$`));
      expect(room.code).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{6}$/);
      expect((await roomRequest(room.port, { path: `/j/${room.roomToken}` })).status).toBe(200);
      room.child.kill(signal);
      const exit = await room.exited;
      expect(exit.code, exit.err).toBe(0);
      expect(exit.out.split('\n').filter((line) => /^(join|code): /.test(line))).toEqual([
        `join: ${room.join}`,
        `code: ${room.code}`,
      ]);
      expect(await portClosed(room.port)).toBe(true);
    }
  });

  it('refuses a missing --audit with a usage error, and an audit that does not exist with its reason', async () => {
    const { db } = await database();
    const missing = spawnSync(process.execPath, [rca, 'room', '--db', db], {
      env: childEnv(),
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing --audit ID/);
    const unknown = spawnSync(
      process.execPath,
      [rca, 'room', '--audit', 'nope', '--db', db, '--host', ROOM_HOST],
      {
        env: childEnv(),
        encoding: 'utf8',
      },
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/There is no audit with id nope/);
    expect(unknown.stdout).toBe('');
  });

  it('killed with SIGKILL mid-session and restarted on the same port: every acked answer is there, tokens work, phones resume', async () => {
    const { db, auditId, seats } = await database();
    const first = await startRoom(db, auditId, 0);
    const phones = [new Phone(first.port), new Phone(first.port), new Phone(first.port)];
    const items = [
      'leadership-1',
      'leadership-2',
      'leadership-3',
      'leadership-4',
      'leadership-5',
      'leadership-6',
    ];
    const acked = new Map<string, { seq: number; value: number }>();
    for (const [i, phone] of phones.entries()) {
      await (i === 0 ? phone.join({ code: first.code }) : phone.join({ roomToken: first.roomToken }));
      expect((await phone.claim({ seatId: seats[i] })).status).toBe(200);
      await phone.connect();
    }
    // Every phone answers the first three items and waits for the ticks...
    for (const [i, phone] of phones.entries()) {
      for (const [n, item] of items.slice(0, 3).entries()) {
        const reply = await phone.answer(n + 1, item, 1 + ((i + n) % 5));
        expect(reply.type).toBe('ack');
        acked.set(`${seats[i]} ${item}`, { seq: n + 1, value: 1 + ((i + n) % 5) });
      }
    }
    // ...then sends the rest in a burst, and the laptop dies while they are in flight.
    for (const [i, phone] of phones.entries()) {
      phone.socket?.on('message', (data: Buffer) => {
        const m = JSON.parse(data.toString('utf8')) as { type: string; seq: number; item: string };
        if (m.type === 'ack')
          acked.set(`${seats[i]} ${m.item}`, { seq: m.seq, value: 1 + ((i + m.seq - 1) % 5) });
      });
      for (const [n, item] of items.slice(3).entries()) {
        phone.send({ type: 'answer', seq: n + 4, item, round: 1, value: 1 + ((i + n + 3) % 5) });
      }
    }
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    for (const phone of phones) phone.drop();

    const read = new Database(db, { readonly: true });
    const stored = new Map(
      (
        read
          .prepare('SELECT participant_id, item_id, value, device_seq FROM responses WHERE audit_id = ?')
          .all(auditId) as {
          participant_id: string;
          item_id: string;
          value: number;
          device_seq: number;
        }[]
      ).map((r) => [`${r.participant_id} ${r.item_id}`, { seq: r.device_seq, value: r.value }]),
    );
    read.close();
    for (const [key, answer] of acked) expect(stored.get(key), key).toEqual(answer);

    // Restarted on the same port: the same room token and device tokens work.
    const second = await startRoom(db, auditId, first.port);
    expect(second.join).toBe(first.join);
    expect(second.code).toBe(first.code);
    for (const [i, phone] of phones.entries()) {
      expect((await phone.join({ roomToken: second.roomToken })).seatId).toBe(seats[i]);
      const snapshot = (await phone.connect()) as SeatSnapshot;
      expect(snapshot.phase).toBe('scoring');
      for (const [key, answer] of acked) {
        if (!key.startsWith(`${seats[i]} `)) continue;
        const item = key.split(' ')[1];
        expect(snapshot.answers.find((a) => a.item === item)).toMatchObject(answer);
      }
      // The phone resends everything it holds no tick for, with the same numbers: each lands once.
      for (const [n, item] of items.slice(3).entries()) {
        expect(await phone.answer(n + 4, item, 1 + ((i + n + 3) % 5))).toMatchObject({
          type: 'ack',
          seq: n + 4,
        });
      }
      phone.close();
    }
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    const check = new Database(db, { readonly: true });
    const rows = check
      .prepare(
        'SELECT participant_id, item_id, value, device_seq FROM responses WHERE audit_id = ? ORDER BY participant_id, item_id',
      )
      .all(auditId) as { participant_id: string; item_id: string; value: number; device_seq: number }[];
    check.close();
    expect(rows).toHaveLength(seats.length * items.length);
    for (const [i, seat] of seats.entries()) {
      for (const [n, item] of items.entries()) {
        expect(rows.find((r) => r.participant_id === seat && r.item_id === item)).toMatchObject({
          value: 1 + ((i + n) % 5),
          device_seq: n + 1,
        });
      }
    }
  });
});
