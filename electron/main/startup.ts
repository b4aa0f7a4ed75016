import { dialog } from 'electron';
import type { StorageLocation } from '../core/db/location.ts';
import { openAtStartup, restoreAtStartup, startNewBeside } from '../core/db/startup.ts';
import type { Storage } from '../core/db/storage.ts';

/**
 * Opens the database when the app starts. A damaged or foreign file is explained in a native
 * dialog with the choice to restore the newest backup or start a new database beside it;
 * nothing is deleted or overwritten without that choice. Returns null when the user quits.
 */
export async function openStorageWithDialogs(location: StorageLocation): Promise<Storage | null> {
  const started = await openAtStartup(location);
  if (started.ok) return started.storage;
  const { failure } = started;
  if (!failure.canRecover) {
    await dialog.showMessageBox({
      type: 'error',
      title: 'Reality Check cannot open its database',
      message: failure.message,
      buttons: ['Quit'],
    });
    return null;
  }
  const newest = failure.backups[0];
  const buttons = [
    ...(newest ? [`Restore the backup of ${newest.createdAt.slice(0, 16).replace('T', ' ')}`] : []),
    'Start a new database beside it',
    'Quit',
  ];
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'The database needs attention',
    message: failure.message,
    detail: 'Nothing has been changed. The damaged file is kept under a dated name whichever you choose.',
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
  });
  const choice = buttons[response];
  if (newest && response === 0) return (await restoreAtStartup(location, newest.name)).storage;
  if (choice === 'Start a new database beside it') return (await startNewBeside(location)).storage;
  return null;
}
