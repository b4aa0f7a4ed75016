import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import {
  BACKGROUND_METHODS,
  routeCalls,
  startBackground,
  type Background,
} from '../../../electron/worker/background.ts';
import type { MadeFile } from '../../../shared/api/models.ts';
import { bigAuditText } from '../../fixtures/big-audit.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';
import { bundleChildProgram } from '../child-program.ts';

/*
 * The desktop app runs imports and reports in a worker thread, so the window stays
 * responsive. Here on plain Node: the worker is bundled as `npm run build` bundles it, and
 * a timer on this thread counts how often it still gets to run while the work is under way.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let work: string;
let workerFile: string;
let storage: Storage;
let background: Background;

beforeAll(async () => {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  // Inside the checkout, so the bundle finds better-sqlite3 and pdfkit in node_modules.
  work = mkdtempSync(path.join(ROOT, '.tmp', 'worker-'));
  workerFile = await bundleChildProgram('electron/worker/worker.ts', path.join(work, 'worker.cjs'));
  storage = await tempStorage();
  background = startBackground({ location: storage.location, workerFile });
}, 60_000);

afterAll(async () => {
  await background?.close();
  if (storage) closeStorage(storage);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs `work` and counts the ticks of a 5 ms timer on this thread meanwhile. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  try {
    const value = await work();
    return { value, ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('imports and reports off the calling thread', () => {
  it('sends exactly the long-running methods to the worker', () => {
    expect([...BACKGROUND_METHODS].sort()).toEqual([
      'exports.csv',
      'exports.pptx',
      'exports.xlsx',
      'files.export',
      'files.import',
      'report.export',
      'report.preview',
    ]);
  });

  it('imports and reports 5,000 participants while a timer on this thread keeps firing', async () => {
    const route = routeCalls(storage, background);
    const text = bigAuditText(5_000);
    const imported = await ticksDuring(() => route('files.import', { text }));
    expect(imported.value).toMatchObject({ ok: true });
    expect(imported.ticks).toBeGreaterThan(3);
    const { auditId } = (imported.value as { ok: true; value: { auditId: string } }).value;
    // Written through the worker's own connection, read back through this thread's.
    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail.participants).toHaveLength(5_000);

    const reported = await ticksDuring(() => route('report.export', { id: auditId, anonymous: false }));
    expect(reported.ticks).toBeGreaterThan(3);
    // The made file, as the main process then saves it where the user chooses.
    const made = (reported.value as { ok: true; value: MadeFile<{ pages: number }> }).value;
    expect(made.mediaType).toBe('application/pdf');
    expect(made.details.pages).toBeGreaterThan(1_000);
    expect(Buffer.from(made.content).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('makes the workbook, the CSV zip and the deck in the bundled worker, as the desktop app does', async () => {
    const { auditId } = await call(storage, 'files.import', { text: bigAuditText(12) });
    const route = routeCalls(storage, background);
    for (const method of ['exports.xlsx', 'exports.csv', 'exports.pptx'] as const) {
      const result = await route(method, { id: auditId, anonymous: true });
      expect(result, method).toMatchObject({ ok: true });
      const made = (result as { ok: true; value: MadeFile<{ anonymous: boolean }> }).value;
      expect(made.details, method).toEqual({ anonymous: true });
      // Every one of them is a zip archive (OOXML or the folder of tables).
      expect(Buffer.from(made.content).subarray(0, 2).toString('latin1'), method).toBe('PK');
    }
  });

  it('answers a refused call with the same error as in-process', async () => {
    const route = routeCalls(storage, background);
    const text = JSON.stringify({ format: 'reality-check-audit', formatVersion: 1 });
    const inWorker = await route('files.import', { text });
    const { invoke } = await import('../../../electron/core/services/dispatch.ts');
    expect(inWorker).toEqual(await invoke(storage, 'files.import', { text }));
    expect(inWorker.ok).toBe(false);
  });

  it('opens the database read-only when the main process had to, and still makes reports', async () => {
    const { auditId } = await call(storage, 'files.import', { text: bigAuditText(3) });
    const readOnly = startBackground({
      location: storage.location,
      readOnly: 'The disk is full.',
      workerFile,
    });
    try {
      const route = routeCalls(storage, readOnly);
      const refused = await route('files.import', { text: bigAuditText(3) });
      expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
      expect(refused.ok ? '' : refused.error.message).toMatch(
        /^The disk is full\. This change was not saved\./,
      );
      expect(await route('report.export', { id: auditId, anonymous: true })).toMatchObject({ ok: true });
    } finally {
      await readOnly.close();
    }
  });

  it('starts a fresh worker after one stopped, failing only the calls it had', async () => {
    const route = routeCalls(storage, background);
    const pending = route('files.import', { text: bigAuditText(2_000) });
    await background.restart();
    const lost = await pending;
    expect(lost).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          'The background task stopped before it answered, so it may not have finished; please try again.',
      },
    });
    const again = await route('files.import', { text: bigAuditText(3) });
    expect(again.ok).toBe(true);
  });
});
