import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { storageLocation } from '../../electron/core/db/location.ts';
import { closeStorage, openStorage } from '../../electron/core/db/storage.ts';
import { invoke } from '../../electron/core/services/dispatch.ts';
import { renderAuditReport } from '../../electron/core/services/report.ts';
import { MAX_PARTICIPANTS } from '../../shared/limits.ts';
import { bigAuditText } from '../../tests/fixtures/big-audit.ts';
import { formatMs, formatRatio, record, settle, summarize, table } from './measure.ts';

/*
 * Import and report of audits of 100, 1,000 and 5,000 participants (5,000 is the limit), each
 * measured in a fresh process so its peak memory is its own. The figures that matter are per
 * participant, and the ratio of the per-participant cost at 5,000 to that at 100, measured in
 * the same run: flat means the work grows with the audit, not with its square.
 */

const SIZES = [100, 1_000, MAX_PARTICIPANTS] as const;
/** The aim from the issue; printed, never asserted. */
const FLAT_AIM = 2;
/** The flag that makes the bench bundle run one measurement as a child process. */
export const SCALE_CHILD = '--scale-child';

type Phase = 'import' | 'report';
type Measurement = { readonly medianMs: number; readonly peakBytes: number; readonly pages?: number };

async function openAt(databasePath: string) {
  return openStorage(storageLocation({ databasePath }), { checkIntegrity: false });
}

/**
 * The peak resident size of this process while `work` runs, sampled every 2 ms from a thread
 * of its own (the work blocks this one), minus the size just before: the memory the work took.
 */
async function peakDuring(work: () => Promise<unknown>): Promise<number> {
  const sampler = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 2);
     parentPort.once('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`,
    { eval: true },
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  settle();
  const resting = process.memoryUsage.rss();
  await work();
  const end = process.memoryUsage.rss();
  sampler.postMessage('stop');
  const [peak] = (await once(sampler, 'message')) as [number];
  await sampler.terminate();
  return Math.max(peak, end) - resting;
}

/**
 * One measurement, in this (child) process: the first run gives the peak memory above the
 * resting size, then warm runs give the time. Prints its figures as JSON on stdout.
 */
export async function scaleChild(argv: readonly string[]): Promise<void> {
  const [phase, file, runsText] = argv;
  const runs = Number(runsText);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rca-scale-'));
  try {
    const times: number[] = [];
    let peakBytes = 0;
    let pages: number | undefined;
    if (phase === 'import') {
      const text = readFileSync(file ?? '', 'utf8');
      const importInto = async (i: number) => {
        const storage = await openAt(path.join(dir, `import-${i}.db`));
        const result = await invoke(storage, 'files.import', { text });
        if (!result.ok) throw new Error(result.error.message);
        closeStorage(storage);
      };
      peakBytes = await peakDuring(() => importInto(0));
      for (let i = 1; i <= runs; i++) {
        settle();
        const start = performance.now();
        await importInto(i);
        times.push(performance.now() - start);
      }
    } else {
      const storage = await openAt(file ?? '');
      const id = (storage.db.prepare('SELECT id FROM audits').pluck().get() as string | undefined) ?? '';
      const render = async () => {
        pages = (await renderAuditReport(storage, { id, anonymous: false, includeAppendix: true })).pages;
      };
      // pdfkit and the fonts load with the first report: before the measurement, not in it.
      await import('../../electron/core/report/render-report.ts');
      peakBytes = await peakDuring(render);
      for (let i = 1; i <= runs; i++) {
        settle();
        const start = performance.now();
        await render();
        times.push(performance.now() - start);
      }
      closeStorage(storage);
    }
    const measured: Measurement = { medianMs: summarize(times).median, peakBytes, pages };
    process.stdout.write(JSON.stringify(measured));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one measurement in a fresh copy of this bundle. */
function measure(phase: Phase, file: string, runs: number): Measurement {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', process.argv[1] ?? '', SCALE_CHILD, phase, file, String(runs)],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`the ${phase} measurement failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Measurement;
}

const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
const kilobytes = (bytes: number): string => `${(bytes / 1e3).toFixed(0)} KB`;

/** Import and report at 100, 1,000 and 5,000 participants: time, memory, and the cost per participant. */
export async function benchScale(): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rca-scale-'));
  try {
    const results: { n: number; bytes: number; imported: Measurement; reported: Measurement }[] = [];
    for (const n of SIZES) {
      const text = bigAuditText(n);
      const textFile = path.join(dir, `audit-${n}.json`);
      writeFileSync(textFile, text);
      const databasePath = path.join(dir, `report-${n}.db`);
      const storage = await openAt(databasePath);
      const imported = await invoke(storage, 'files.import', { text });
      closeStorage(storage);
      if (!imported.ok) throw new Error(imported.error.message);
      const runs = n >= MAX_PARTICIPANTS ? 2 : 4;
      results.push({
        n,
        bytes: Buffer.byteLength(text),
        imported: measure('import', textFile, runs),
        reported: measure('report', databasePath, runs),
      });
    }
    const [first] = results;
    const last = results.at(-1);
    if (!first || !last) return [];
    for (const r of results) {
      for (const [work, m] of [
        ['import', r.imported],
        ['report', r.reported],
      ] as const) {
        record(`${work} of ${r.n} participants, median`, m.medianMs, 'ms');
        record(`${work} of ${r.n} participants, peak memory`, m.peakBytes, 'bytes');
      }
    }
    const row = (r: (typeof results)[number], m: Measurement, extra: string[]) => [
      `${r.n.toLocaleString('en-GB')} participants`,
      ...extra,
      formatMs(m.medianMs),
      formatMs(m.medianMs / r.n),
      megabytes(m.peakBytes),
      kilobytes(m.peakBytes / r.n),
    ];
    type Result = (typeof results)[number];
    /** Per-participant cost at the largest size over that at `base`, for one figure. */
    const ratios = (base: Result): string[] => {
      const of = (pick: (r: Result) => number, what: string) => {
        const ratio = pick(last) / last.n / (pick(base) / base.n);
        record(`${what} per participant, ${last.n} / ${base.n}`, ratio, 'ratio', {
          aim: FLAT_AIM,
          baseline: `the same per-participant cost at ${base.n} participants`,
        });
        return formatRatio(ratio, FLAT_AIM);
      };
      return [
        `  import time ${of((r) => r.imported.medianMs, 'import time')}, import memory ${of((r) => r.imported.peakBytes, 'import memory')}`,
        `  report time ${of((r) => r.reported.medianMs, 'report time')}, report memory ${of((r) => r.reported.peakBytes, 'report memory')}`,
      ];
    };
    // Against 1,000 too: at 100 the fixed cost (fonts, the report's first pages) flatters the ratio.
    const middle = results[1] ?? first;
    return [
      'Big audits: every participant answers all 65 items; each figure from a fresh process',
      '(time: median of warm runs; memory: peak resident size above the process at rest)',
      '',
      'Import (files.import: validate, then one transaction)',
      ...table(
        ['audit', 'file', 'time', 'per participant', 'memory', 'per participant'],
        results.map((r) => row(r, r.imported, [megabytes(r.bytes)])),
      ),
      '',
      'Report (load, score and render the full PDF with its appendix, in memory)',
      ...table(
        ['audit', 'pages', 'time', 'per participant', 'memory', 'per participant'],
        results.map((r) => row(r, r.reported, [String(r.reported.pages ?? '')])),
      ),
      '',
      `Cost per participant at ${last.n.toLocaleString('en-GB')}, against the baselines measured in this run:`,
      `against ${first.n}:`,
      ...ratios(first),
      `against ${middle.n.toLocaleString('en-GB')}:`,
      ...ratios(middle),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
