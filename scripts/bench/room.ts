import Database from 'better-sqlite3';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { storageLocation } from '../../electron/core/db/location.ts';
import { closeStorage, openStorage, type Storage } from '../../electron/core/db/storage.ts';
import { invoke } from '../../electron/core/services/dispatch.ts';
import { createRoomHost } from '../../electron/server/room/room-host.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { answerPlan, lostAnswers, runPhones } from '../../tests/fixtures/room-load.ts';
import { formatMs, formatRatio, percentileOf, record, settle, table } from './measure.ts';

/*
 * `npm run bench -- room`: 30 and 200 simulated phones over loopback, each from its own
 * address, answering every item at a fast human pace against the room server in a child
 * process (so its memory is its own). Tap-to-tick is the time from sending an answer to its
 * ack, which comes after the commit. The baseline, measured in the same run on the same disk:
 * the same answers saved in-process through invoke('responses.save'), one commit each.
 */

export const ROOM_CHILD = '--room-child';
const ROOM_HOST = '127.0.0.2';
const SIZES = [30, 200];
/** A fast human: a tap every 0.4 to 1.2 s (ROOM_BENCH_PACE_MS sets the middle). */
const PACE_MS = Number(process.env.ROOM_BENCH_PACE_MS ?? 800);
const BASELINE_SAVES = 1000;
/** The aim: p95 under 50 ms at 200 phones. */
const P95_AIM_MS = 50;

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** An audit with `phones` seats in a new database; returns its id and the seat ids. */
async function prepare(file: string, phones: number): Promise<{ auditId: string; seats: string[] }> {
  const storage = await openStorage(storageLocation({ databasePath: file }), { checkIntegrity: false });
  try {
    const audit = unwrap(
      await invoke(storage, 'audits.create', {
        organization: 'Bench',
        title: 'Room bench',
        date: '2026-11-23',
      }),
    ) as { id: string };
    const seats: string[] = [];
    for (let i = 0; i < phones; i++) {
      seats.push(
        (
          unwrap(await invoke(storage, 'participants.add', { auditId: audit.id, name: `P ${i}` })) as {
            id: string;
          }
        ).id,
      );
    }
    return { auditId: audit.id, seats };
  } finally {
    closeStorage(storage);
  }
}

/** The room server's process: opens the database, starts the room, answers `memory` and `stop` on stdin. */
export async function roomChild(argv: readonly string[]): Promise<void> {
  const [file, auditId, phoneDir] = argv;
  const storage: Storage = await openStorage(storageLocation({ databasePath: file ?? '' }), {
    checkIntegrity: false,
  });
  const host = createRoomHost({
    storage,
    phoneDir: phoneDir ?? '',
    log: (m) => process.stderr.write(`${m}\n`),
  });
  const status = unwrap(
    await invoke(storage, 'room.start', { auditId: auditId ?? '', host: ROOM_HOST }, { room: host }),
  ) as {
    port: number;
    joinUrl: string;
  };
  const lines = createInterface({ input: process.stdin });
  process.stdout.write(
    `${JSON.stringify({ port: status.port, roomToken: status.joinUrl.split('/j/')[1] })}\n`,
  );
  for await (const line of lines) {
    if (line === 'memory') {
      settle();
      const m = process.memoryUsage();
      process.stdout.write(
        `${JSON.stringify({ rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers })}\n`,
      );
    } else if (line === 'stop') {
      await host.closeAll();
      closeStorage(storage);
      process.exit(0);
    }
  }
}

/** The room's child process and a way to ask it a line. */
function startChild(file: string, auditId: string, phoneDir: string) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--expose-gc', process.argv[1] ?? '', ROOM_CHILD, file, auditId, phoneDir],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const replies = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async <T>(): Promise<T> => {
    const next = await replies.next();
    if (next.done) throw new Error(`the room's process stopped: ${stderr}`);
    return JSON.parse(next.value) as T;
  };
  return {
    ready: () => nextLine<{ port: number; roomToken: string }>(),
    memory: async () => {
      child.stdin.write('memory\n');
      return nextLine<{ rss: number; heap: number }>();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.write('stop\n');
      }),
  };
}

/** The same answers, saved in-process through invoke('responses.save'): one save's time, and saves per second. */
async function baseline(
  file: string,
  phones: number,
): Promise<{ median: number; p95: number; perSecond: number }> {
  const { auditId, seats } = await prepare(file, phones);
  const storage = await openStorage(storageLocation({ databasePath: file }), { checkIntegrity: false });
  try {
    const saves = seats.flatMap((seat, n) => answerPlan(1000 + n).map((a) => ({ seat, ...a })));
    const sample = saves.slice(0, BASELINE_SAVES);
    const times: number[] = [];
    settle();
    const start = performance.now();
    for (const { seat, item, value } of sample) {
      const t = performance.now();
      unwrap(await invoke(storage, 'responses.save', { auditId, participantId: seat, itemId: item, value }));
      times.push(performance.now() - t);
    }
    const elapsed = performance.now() - start;
    return {
      median: percentileOf(times, 50),
      p95: percentileOf(times, 95),
      perSecond: (sample.length / elapsed) * 1000,
    };
  } finally {
    closeStorage(storage);
  }
}

export async function benchRoom(): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rca-room-bench-'));
  const phoneDir = path.join(dir, 'phone');
  mkdirSync(path.join(phoneDir, 'assets'), { recursive: true });
  writeFileSync(path.join(phoneDir, 'index.html'), '<!doctype html><title>Phone</title>');
  const rows: string[][] = [];
  try {
    for (const phones of SIZES) {
      const base = await baseline(path.join(dir, `baseline-${phones}.db`), phones);
      const file = path.join(dir, `room-${phones}.db`);
      const { auditId, seats } = await prepare(file, phones);
      const child = startChild(file, auditId, phoneDir);
      const { port, roomToken } = await child.ready();
      const idle = await child.memory();
      const result = await runPhones({ port, roomToken, seats, paceMs: PACE_MS });
      const busy = await child.memory();
      for (const phone of result.phones) phone.close();
      await child.stop();
      const check = new Database(file, { readonly: true });
      const lost = lostAnswers(check, auditId, seats) + (result.sent - result.acked);
      check.close();

      const median = percentileOf(result.latencies, 50);
      const p95 = percentileOf(result.latencies, 95);
      const perSecond = (result.acked / result.elapsedMs) * 1000;
      const perPhone = Math.max(0, busy.heap - idle.heap) / phones;
      const rssPerPhone = Math.max(0, busy.rss - idle.rss) / phones;
      const saveBaseline = { baseline: "the same answers through invoke('responses.save'), in-process" };
      record(`${phones} phones: tap to tick, median`, median, 'ms');
      record(`${phones} phones: tap to tick, p95`, p95, 'ms', phones === 200 ? { aim: P95_AIM_MS } : {});
      record(`${phones} phones: tap to tick / one save, median`, median / base.median, 'ratio', saveBaseline);
      record(`${phones} phones: tap to tick / one save, p95`, p95 / base.p95, 'ratio', saveBaseline);
      record(`${phones} phones: answers per second`, perSecond, 'count');
      record(
        `${phones} phones: answers per second / in-process saves per second`,
        perSecond / base.perSecond,
        'ratio',
        saveBaseline,
      );
      record(`${phones} phones: server heap per phone`, perPhone, 'bytes');
      record(`${phones} phones: server RSS per phone`, rssPerPhone, 'bytes');
      record(`${phones} phones: answers lost`, lost, 'count', { aim: 0 });
      rows.push([
        `${phones} phones × ${answerPlan(1).length} items`,
        `${formatMs(median)} / ${formatMs(p95)}`,
        `${formatMs(base.median)} / ${formatMs(base.p95)}`,
        `${formatRatio(median / base.median)} / ${formatRatio(p95 / base.p95)}`,
        `${perSecond.toFixed(0)} (${formatRatio(perSecond / base.perSecond)})`,
        `${(perPhone / 1e3).toFixed(0)} KB heap, ${(rssPerPhone / 1e3).toFixed(0)} KB RSS`,
        String(lost),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    `Room mode: simulated phones on loopback, a tap every ${(PACE_MS * 0.5) / 1000}–${(PACE_MS * 1.5) / 1000} s; the room server in its own process`,
    `    baseline: one save through invoke('responses.save') in-process, same disk, ${BASELINE_SAVES} saves; aim: p95 < ${P95_AIM_MS} ms at 200 phones`,
    ...table(
      [
        '',
        'tap to tick median / p95',
        'one save median / p95',
        'ratio',
        'answers/s (÷ saves/s)',
        'server memory per phone',
        'lost',
      ],
      rows,
    ).map((l) => `    ${l}`),
  ];
}
