import { Worker } from 'node:worker_threads';
import { isMethodName, methodNames, methods, type MethodName } from '../../shared/api/methods.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { StorageLocation } from '../core/db/location.ts';
import type { Storage } from '../core/db/storage.ts';
import { NO_CONTEXT, type ServiceContext } from '../core/services/context.ts';
import { invoke } from '../core/services/dispatch.ts';
import type { WorkerData, WorkerReply, WorkerRequest } from './protocol.ts';

/**
 * The calls that take seconds on a big audit (a 5,000-participant import, report or export;
 * the report preview redacts every note), declared `slow`. The desktop app runs them in a
 * worker thread, so the window never freezes; every other call is quick and runs where it is asked.
 */
export const BACKGROUND_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(
  methodNames.filter((method) => methods[method].slow),
);

/** The answer to a call whose worker stopped: its transaction rolled back unless it had committed. */
const STOPPED =
  'The background task stopped before it answered, so it may not have finished; please try again.';

/** A worker thread running API calls against the same database; started on the first call. */
export type Background = {
  /** Runs one call in the worker; answers with the same envelope as `invoke`, never throws. */
  readonly call: (method: string, input: unknown) => Promise<ApiResult<unknown>>;
  /** Stops the worker (its unfinished calls fail, and roll back); the next call starts a fresh one. */
  readonly restart: () => Promise<void>;
  /** Closes the worker's database and stops it, for good. */
  readonly close: () => Promise<void>;
};

/** Starts nothing yet: the worker (`workerFile`, the bundled worker.ts) starts with the first call. */
export function startBackground(options: {
  readonly location: StorageLocation;
  /** Set when the main process opened the database read-only: the worker does too. */
  readonly readOnly?: string | undefined;
  readonly workerFile: string;
}): Background {
  let worker: Worker | null = null;
  let closed = false;
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  let nextId = 1;

  const settle = (id: number, result: ApiResult<unknown>): void => {
    pending.get(id)?.(result);
    pending.delete(id);
    // An idle worker does not keep the process alive.
    if (pending.size === 0) worker?.unref();
  };
  const failAll = (): void => {
    for (const id of [...pending.keys()]) {
      settle(id, { ok: false, error: { code: 'internal', message: STOPPED } });
    }
  };
  const spawn = (): Worker => {
    const data: WorkerData = {
      location: options.location,
      ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }),
    };
    const started = new Worker(options.workerFile, { workerData: data });
    started.on('message', (reply: WorkerReply) => settle(reply.id, reply.result));
    // An uncaught error ends the worker: 'exit' follows and fails what it had.
    started.on('error', () => undefined);
    started.on('exit', () => {
      if (worker !== started) return;
      worker = null;
      failAll();
    });
    return started;
  };

  return {
    call: (method, input) => {
      if (closed) return Promise.resolve({ ok: false, error: { code: 'internal', message: STOPPED } });
      const current = (worker ??= spawn());
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        current.ref();
        try {
          const request: WorkerRequest = { kind: 'call', id, method, input };
          current.postMessage(request);
        } catch {
          settle(id, {
            ok: false,
            error: { code: 'invalid-input', message: 'The request holds something that cannot be sent.' },
          });
        }
      });
    },
    restart: async () => {
      const stopping = worker;
      worker = null;
      failAll();
      await stopping?.terminate();
    },
    close: async () => {
      closed = true;
      const stopping = worker;
      worker = null;
      failAll();
      if (!stopping) return;
      const exited = new Promise<void>((resolve) => stopping.once('exit', () => resolve()));
      const request: WorkerRequest = { kind: 'close' };
      stopping.postMessage(request);
      await exited;
    },
  };
}

/**
 * The API as the desktop shell calls it: the long-running methods in the worker, the rest
 * in-process. Both go through `invoke`, so they validate and answer the same way.
 */
export function routeCalls(
  storage: Storage,
  background: Background,
  /** What the in-process calls get: the desktop's room host. The worker hosts no room. */
  context: ServiceContext = NO_CONTEXT,
): (method: unknown, input: unknown) => Promise<ApiResult<unknown>> {
  return (method, input) =>
    isMethodName(method) && BACKGROUND_METHODS.has(method)
      ? background.call(method, input)
      : invoke(storage, method, input, context);
}
