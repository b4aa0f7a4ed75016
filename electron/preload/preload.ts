import { contextBridge } from 'electron';

/**
 * The only bridge between the page and the main process. For now it exposes the app's
 * versions; the audit API joins it when the store lands.
 */
contextBridge.exposeInMainWorld('realityCheck', {
  versions: { app: process.env.npm_package_version ?? '', electron: process.versions.electron ?? '' },
});
