import { parentPort, workerData } from 'node:worker_threads';
import type { ApiResult } from '../../shared/api/result.ts';
import { StorageError } from '../core/db/errors.ts';
import { closeStorage, openStorage, openStorageReadOnly, type Storage } from '../core/db/storage.ts';
import { invoke } from '../core/services/dispatch.ts';
import type { WorkerData, WorkerReply, WorkerRequest } from './protocol.ts';

/*
 * The worker thread of the desktop app (dist/worker/worker.cjs): it runs the calls that take
 * long on a big audit (import, report) through the same `invoke` as every transport, on its
 * own connection to the same database, so the main process's event loop, and with it the
 * window, never waits for them. SQLite's locking keeps the two connections consistent.
 */

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread, not on its own');
const { location, readOnly } = workerData as WorkerData;
// The main process opened (and migrated, and checked) the database already; the worker opens
// it the same way, read-only when the main process had to.
const opening: Promise<Storage> =
  readOnly === undefined
    ? openStorage(location, { checkIntegrity: false })
    : Promise.resolve().then(() => openStorageReadOnly(location, readOnly, { checkIntegrity: false }));

async function answer(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let storage: Storage;
  try {
    storage = await opening;
  } catch (error) {
    const message =
      error instanceof StorageError ? error.message : 'The background task could not open the database.';
    return { ok: false, error: { code: 'storage', message } };
  }
  return invoke(storage, method, input);
}

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'close') {
    void opening.then(closeStorage, () => undefined).finally(() => port.close());
    return;
  }
  void answer(request.method, request.input).then((result) => {
    const reply: WorkerReply = { id: request.id, result };
    port.postMessage(reply);
  });
});
