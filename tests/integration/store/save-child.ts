/**
 * A child program for the storage-error tests that must run as another user: opens the store
 * the way the app does, tries to save one answer through the services, and prints one JSON
 * line saying what happened.
 *
 * Usage: save-child <database path> <audit id> <participant id> <item id> <value>
 * Prints { "stage": "open", "problem", "message" } when the store refuses to open, or
 * { "stage": "save", "result": <the API result of responses.save> }.
 */
import { StorageError } from '../../../electron/db/errors.ts';
import { storeLocation } from '../../../electron/db/location.ts';
import { closeStore, openStore } from '../../../electron/db/store.ts';
import { invoke } from '../../../electron/services/dispatch.ts';

async function main(): Promise<void> {
  const [databasePath = '', auditId, participantId, itemId, value] = process.argv.slice(2);
  let store;
  try {
    store = await openStore(storeLocation({ databasePath }));
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    process.stdout.write(
      `${JSON.stringify({ stage: 'open', problem: error.problem, message: error.message })}\n`,
    );
    return;
  }
  try {
    const result = await invoke(store, 'responses.save', {
      auditId,
      participantId,
      itemId,
      value: Number(value),
    });
    process.stdout.write(`${JSON.stringify({ stage: 'save', result })}\n`);
  } finally {
    closeStore(store);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `save-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
