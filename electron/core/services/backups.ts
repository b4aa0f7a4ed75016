import type { BackupInfo, StorageStatus } from '../../../shared/api/models.ts';
import { backupDatabase, listBackups, rotateBackups } from '../db/backup.ts';
import { restoreBackup, type Store } from '../db/store.ts';

/** The store's backups, newest first. */
export function storeBackups(store: Store): BackupInfo[] {
  return listBackups(store.location.backupsDir);
}

/** A verified backup made now, on request; rotation then trims old ones. */
export async function backUpNow(store: Store): Promise<BackupInfo> {
  const info = await backupDatabase(store.db, store.location.backupsDir, 'manual', store.clock());
  rotateBackups(store.location.backupsDir, store.clock());
  return info;
}

/** Restores a backup, keeping a copy of the current database first. */
export function restoreFromBackup(
  store: Store,
  name: string,
): Promise<{ restored: string; safetyCopy: string }> {
  return restoreBackup(store, name);
}

/** Whether the store can be written, for the window's read-only banner. */
export function storageStatus(store: Store): StorageStatus {
  return store.readOnly
    ? {
        readOnly: true,
        message: `${store.readOnly} You can read the audits, export audit files and reports; changes cannot be saved.`,
      }
    : { readOnly: false, message: '' };
}
