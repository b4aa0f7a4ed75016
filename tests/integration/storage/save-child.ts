/**
 * A child program for the storage-error tests that must run as another user: opens the storage
 * the way the app does at start-up, tries to save one answer through the services, and prints
 * one JSON line saying what happened.
 *
 * Usage: save-child <database path> <audit id> <participant id> <item id> <value>
 * Prints { "stage": "open", "problem", "message" } when the storage refuses to open, or
 * { "stage": "save", "readOnly": <why it is read-only, or null>, "listed": <audits listed>,
 *   "result": <the API result of responses.save> }.
 */
import { openAtStartup } from '../../../electron/core/db/startup.ts';
import { closeStorage } from '../../../electron/core/db/storage.ts';
import { storageLocation } from '../../../electron/core/db/location.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';

async function main(): Promise<void> {
  const [databasePath = '', auditId, participantId, itemId, value] = process.argv.slice(2);
  const started = await openAtStartup(storageLocation({ databasePath }));
  if (!started.ok) {
    const { problem, message } = started.failure;
    process.stdout.write(`${JSON.stringify({ stage: 'open', problem, message })}\n`);
    return;
  }
  const { storage } = started;
  try {
    const listed = await invoke(storage, 'audits.list', {});
    const result = await invoke(storage, 'responses.save', {
      auditId,
      participantId,
      itemId,
      value: Number(value),
    });
    const readOnly = storage.readOnly ?? null;
    const count = listed.ok ? (listed.value as unknown[]).length : listed;
    process.stdout.write(`${JSON.stringify({ stage: 'save', readOnly, listed: count, result })}\n`);
  } finally {
    closeStorage(storage);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `save-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
