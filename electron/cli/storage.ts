import { storageLocation } from '../core/db/location.ts';
import { openAtStartup } from '../core/db/startup.ts';
import { closeStorage, type Storage } from '../core/db/storage.ts';
import { invoke } from '../core/services/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/methods.ts';
import { InputError } from './io.ts';

/**
 * Opens the app's database, or the one named by --db, runs `work`, and always closes it. As
 * in the app, a database on a full disk or a read-only folder opens read-only: `list` and
 * `export` still work, a write says why it cannot be saved.
 */
export async function withStorage<T>(
  dbPath: string | undefined,
  work: (storage: Storage) => Promise<T>,
): Promise<T> {
  const started = await openAtStartup(storageLocation(dbPath ? { databasePath: dbPath } : {}), {
    backupOnOpen: false,
    checkIntegrity: true,
  });
  if (!started.ok) throw new InputError([started.failure.message]);
  const { storage } = started;
  try {
    return await work(storage);
  } finally {
    closeStorage(storage);
  }
}

/** Calls an API method the way the window does, turning a failed result into an InputError. */
export async function call<M extends MethodName>(
  storage: Storage,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await invoke(storage, method, input);
  if (!result.ok) throw new InputError(result.error.message.split('\n'));
  return result.value as MethodOutput<M>;
}
