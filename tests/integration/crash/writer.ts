/**
 * The crash test's child program: saves answers through the real services as fast as it can
 * and reports each one on stdout only after `responses.save` has returned, that is after the
 * commit, until it is killed.
 *
 * Usage: writer <database path> <run id>
 *
 * Lines on stdout, one per event, written synchronously so SIGKILL cannot lose a written one:
 *   try <participantId> <itemId> <value|null> <note>    before a save (it may or may not commit)
 *   saved <participantId> <itemId> <value|null> <note>  after the save returned ok
 * The note is unique to each save (`<run>.<sequence>`), so the test can tell which save a
 * stored answer came from.
 */
import { writeSync } from 'node:fs';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { storageLocation } from '../../../electron/core/db/location.ts';
import { openStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { createClient, type ApiClient } from '../../../shared/api/client.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';

/** The audit every run writes into; runs reuse it so answers pile up across kills. */
const CRASH_AUDIT_TITLE = 'Crash test';
const PARTICIPANTS = 6;
/** A child the test forgot to kill stops by itself. */
const LIFETIME_MS = 30_000;

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Writes all of a line to stdout before returning, retrying if the pipe is momentarily full. */
function report(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

/** Finds the crash-test audit or creates it, and tops its participants up to PARTICIPANTS. */
async function prepareAudit(api: ApiClient): Promise<{ auditId: string; participantIds: string[] }> {
  const audits = unwrap(await api['audits.list']({}));
  const auditId =
    audits.find((a) => a.title === CRASH_AUDIT_TITLE)?.id ??
    unwrap(
      await api['audits.create']({ organization: 'Crash', title: CRASH_AUDIT_TITLE, date: '2026-01-01' }),
    ).id;
  let participants = unwrap(await api['audits.get']({ id: auditId })).participants;
  while (participants.length < PARTICIPANTS) {
    unwrap(await api['participants.add']({ auditId, name: `Participant ${participants.length + 1}` }));
    participants = unwrap(await api['audits.get']({ id: auditId })).participants;
  }
  return { auditId, participantIds: participants.map((p) => p.id) };
}

async function main(): Promise<void> {
  const [databasePath, runId = '0'] = process.argv.slice(2);
  if (!databasePath) throw new Error('usage: writer <database path> <run id>');
  const storage: Storage = await openStorage(storageLocation({ databasePath }));
  const api = createClient((method, input) => invoke(storage, method, input));
  const { auditId, participantIds } = await prepareAudit(api);
  const items = [...catalogOf(instrumentV1).values()];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
  const deadline = Date.now() + LIFETIME_MS;
  for (let sequence = 0; Date.now() < deadline; sequence++) {
    const participantId = pick(participantIds);
    const item = pick(items);
    const { min, max } = item.scale;
    const value = Math.random() < 0.1 ? null : min + Math.floor(Math.random() * (max - min + 1));
    const note = `${runId}.${sequence}`;
    const fields = `${participantId} ${item.id} ${String(value)} ${note}`;
    report(`try ${fields}`);
    const result = await invoke(storage, 'responses.save', {
      auditId,
      participantId,
      itemId: item.id,
      value,
      note,
    });
    unwrap(result);
    report(`saved ${fields}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `writer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
