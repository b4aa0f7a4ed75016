import type { BackupInfo, StorageStatus } from '../../../shared/api/models.ts';
import { backupDatabase, listBackups, rotateBackups } from '../db/backup.ts';
import { restoreBackup, type Storage } from '../db/storage.ts';

/** The storage's backups, newest first. */
export function listStoredBackups(storage: Storage): BackupInfo[] {
  return listBackups(storage.location.backupsDir);
}

/** A verified backup made now, on request; rotation then trims old ones. */
export async function backUpNow(storage: Storage): Promise<BackupInfo> {
  const info = await backupDatabase(storage.db, storage.location.backupsDir, 'manual', storage.clock());
  rotateBackups(storage.location.backupsDir, storage.clock());
  return info;
}

/** Restores a backup, keeping a copy of the current database first. */
export function restoreFromBackup(
  storage: Storage,
  name: string,
): Promise<{ restored: string; safetyCopy: string }> {
  return restoreBackup(storage, name);
}

/** Whether the storage can be written, for the window's read-only banner. */
export function storageStatus(storage: Storage): StorageStatus {
  return storage.readOnly
    ? {
        readOnly: true,
        message: `${storage.readOnly} You can read the audits, export audit files and reports; changes cannot be saved.`,
      }
    : { readOnly: false, message: '' };
}
