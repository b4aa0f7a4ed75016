import os from 'node:os';
import path from 'node:path';

/** The app's name as Electron uses it for the userData folder. */
export const APP_FOLDER = 'Reality Check';
export const DATABASE_FILE = 'reality-check.db';
/** Overrides the data folder for tests, demos and a second workshop on the same machine. */
export const DATA_DIR_ENV = 'REALITY_CHECK_DATA_DIR';

/**
 * The folder Electron's app.getPath('userData') gives on each platform, computed without
 * Electron so the command line and the browser binding find the same database.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = env[DATA_DIR_ENV];
  if (override) return path.resolve(override);
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

/** Where a database and its backups live. */
export type StorageLocation = { readonly databasePath: string; readonly backupsDir: string };

/** The database file and backups folder for a data folder, or for an explicit `--db` file. */
export function storageLocation(options: { dataDir?: string; databasePath?: string } = {}): StorageLocation {
  const databasePath = options.databasePath
    ? path.resolve(options.databasePath)
    : path.join(options.dataDir ?? defaultDataDir(), DATABASE_FILE);
  const stem = path.basename(databasePath).replace(/\.[^.]*$/, '') || 'database';
  return { databasePath, backupsDir: path.join(path.dirname(databasePath), 'backups', stem) };
}
