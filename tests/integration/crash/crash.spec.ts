import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../fixtures/random.ts';
import { bundleChildProgram, childEnv } from '../child-program.ts';

/**
 * Kills a child that saves answers as fast as it can, over and over, and checks after every
 * kill that the database is intact and holds every answer the child reported as saved.
 * `CRASH_ITERATIONS` sets the number of kills (`npm run stress` runs 1,000); `CRASH_SEED`
 * replays a run's kill moments.
 */
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 200);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** A child that has not been killed by then is stuck, and the test says so. */
const CHILD_LIMIT_MS = 15_000;

type Answer = { value: number | null; note: string };
type Report = { kind: 'try' | 'saved'; key: string; answer: Answer };
type KillPlan =
  | { when: 'after-reports'; reports: number }
  | { when: 'after-first-report'; delayMs: number }
  | { when: 'after-spawn'; delayMs: number };

function planKill(next: () => number): KillPlan {
  const roll = next();
  if (roll < 0.45) return { when: 'after-reports', reports: 1 + Math.floor(next() * 50) };
  if (roll < 0.9) return { when: 'after-first-report', delayMs: Math.floor(next() * 81) };
  // Sometimes anywhere from start-up on: while opening, migrating, checking or preparing the audit.
  return { when: 'after-spawn', delayMs: Math.floor(next() * 150) };
}

function parseReport(line: string): Report {
  const [kind, participantId, itemId, value, note] = line.split(' ');
  if ((kind !== 'try' && kind !== 'saved') || !participantId || !itemId || !value || !note) {
    throw new Error(`The writer printed an unexpected line: ${JSON.stringify(line)}`);
  }
  return {
    kind,
    key: `${participantId} ${itemId}`,
    answer: { value: value === 'null' ? null : Number(value), note },
  };
}

/** Runs the writer until the planned moment, kills it with SIGKILL, and returns every complete line it wrote. */
function runAndKill(program: string, databasePath: string, run: number, plan: KillPlan): Promise<Report[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program, databasePath, String(run)], {
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let pending = '';
    let saved = 0;
    let stderr = '';
    let killed = false;
    const timers: NodeJS.Timeout[] = [];
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    const later = (ms: number) => timers.push(setTimeout(kill, ms));
    if (plan.when === 'after-spawn') later(plan.delayMs);
    const stuck = setTimeout(() => {
      kill();
      stderr += `\n(the writer was not killed as planned within ${CHILD_LIMIT_MS} ms)`;
    }, CHILD_LIMIT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (!line.startsWith('saved ')) continue;
        saved++;
        if (plan.when === 'after-reports' && saved === plan.reports) kill();
        if (plan.when === 'after-first-report' && saved === 1) later(plan.delayMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(stuck);
      timers.forEach(clearTimeout);
      // A line cut short would be one the child had not finished writing; only complete lines count.
      if (signal !== 'SIGKILL' || stderr !== '') {
        reject(new Error(`The writer ended by itself (code ${code}, signal ${signal}): ${stderr}`));
        return;
      }
      try {
        resolve(lines.map(parseReport));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** What the database holds, read without writing (WAL files the child left stay for the next child). */
function readDatabase(databasePath: string): { integrity: unknown; answers: Map<string, Answer> } {
  const answers = new Map<string, Answer>();
  if (!existsSync(databasePath)) return { integrity: 'ok', answers };
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const migrated = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'responses'").get() !== undefined;
    if (migrated) {
      const rows = db.prepare('SELECT participant_id, item_id, value, note FROM responses').all() as {
        participant_id: string;
        item_id: string;
        value: number | null;
        note: string;
      }[];
      for (const r of rows) answers.set(`${r.participant_id} ${r.item_id}`, { value: r.value, note: r.note });
    }
    return { integrity, answers };
  } finally {
    db.close();
  }
}

const same = (a: Answer | undefined, b: Answer) => a?.value === b.value && a.note === b.note;

describe('crash test: answers saved through the services survive SIGKILL', () => {
  let dir = '';
  let program = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rca-crash-'));
    program = await bundleChildProgram('tests/integration/crash/writer.ts', path.join(dir, 'writer.cjs'));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    `loses no reported answer over ${ITERATIONS} kills, and integrity_check is ok after each`,
    async () => {
      const databasePath = path.join(dir, 'data', 'reality-check.db');
      const next = seededRandom(SEED);
      // The latest answer the child reported as saved for each participant and item, over all runs.
      const expected = new Map<string, Answer>();
      let reported = 0;
      const started = performance.now();
      for (let run = 1; run <= ITERATIONS; run++) {
        const plan = planKill(next);
        const reports = await runAndKill(program, databasePath, run, plan);
        for (const r of reports) if (r.kind === 'saved') expected.set(r.key, r.answer);
        reported += reports.filter((r) => r.kind === 'saved').length;

        const { integrity, answers } = readDatabase(databasePath);
        // The save under way when the kill came may or may not have committed; either is fine.
        const last = reports.at(-1);
        if (last?.kind === 'try' && same(answers.get(last.key), last.answer))
          expected.set(last.key, last.answer);
        const lost = [...expected].filter(([key, answer]) => !same(answers.get(key), answer));
        const unreported = [...answers.keys()].filter((key) => !expected.has(key));
        const context = `run ${run} (seed ${SEED}, kill ${JSON.stringify(plan)})`;
        expect(integrity, context).toBe('ok');
        expect(
          lost.map(([key, answer]) => ({ key, reported: answer, stored: answers.get(key) ?? null })),
          `${context}: answers reported as saved but not in the database`,
        ).toEqual([]);
        expect(unreported, `${context}: answers in the database nobody reported`).toEqual([]);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `crash test: ${ITERATIONS} kills, ${reported} answers reported saved ` +
          `(${expected.size} distinct participant/item pairs), 0 lost, integrity_check ok ${ITERATIONS}/${ITERATIONS}, ` +
          `${seconds} s (CRASH_SEED=${SEED})`,
      );
    },
    ITERATIONS * 2_000 + 30_000,
  );
});
