import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { InstallationSettings } from '../../../shared/api/models.ts';
import { getSettings, updateSettings } from '../db/repositories/settings.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';

/** `settings.get`: the settings of this installation. */
export function installationSettings(storage: Storage): InstallationSettings {
  return getSettings(storage.db);
}

/** `settings.update`: changes the firm's name or logo; what the call leaves out stays as it is. */
export function updateInstallationSettings(
  storage: Storage,
  args: MethodArgs<'settings.update'>,
): InstallationSettings {
  writeTransaction(storage, () => {
    updateSettings(
      storage.db,
      { firmName: args.firmName, firmLogo: args.firmLogo },
      storage.clock().toISOString(),
    );
  });
  return getSettings(storage.db);
}
