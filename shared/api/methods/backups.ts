import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import type { BackupInfo, StorageStatus } from '../models.ts';
import { method, none } from './declare.ts';

/** The database's backups, and whether it can be written at all. */
export const backupMethods = {
  'backups.list': method<BackupInfo[]>()(none),
  'backups.create': method<BackupInfo>()(none),
  /** Puts a backup in place of the database (after a safety copy): every audit may have changed. */
  'backups.restore': method<{ restored: string; safetyCopy: string }>({ changesAuditList: true })(
    z.strictObject({ name: id }),
  ),
  'storage.status': method<StorageStatus>()(none),
};
