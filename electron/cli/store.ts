import { StorageError } from '../db/errors.ts';
import { storeLocation } from '../db/location.ts';
import { closeStore, openStore, type Store } from '../db/store.ts';
import { invoke } from '../services/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/methods.ts';
import { InputError } from './io.ts';

/** Opens the app's database, or the one named by --db, runs `work`, and always closes it. */
export async function withStore<T>(
  dbPath: string | undefined,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  let store: Store;
  try {
    store = await openStore(storeLocation(dbPath ? { databasePath: dbPath } : {}), { checkIntegrity: true });
  } catch (error) {
    if (error instanceof StorageError) throw new InputError([error.message]);
    throw error;
  }
  try {
    return await work(store);
  } finally {
    closeStore(store);
  }
}

/** Calls an API method the way the window does, turning a failed result into an InputError. */
export async function call<M extends MethodName>(
  store: Store,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await invoke(store, method, input);
  if (!result.ok) throw new InputError(result.error.message.split('\n'));
  return result.value as MethodOutput<M>;
}
