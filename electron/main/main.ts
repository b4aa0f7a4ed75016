import { app, dialog, ipcMain, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { DATA_DIR_ENV, DATABASE_FILE, storeLocation } from '../db/location.ts';
import { closeStore, type Store } from '../db/store.ts';
import { invoke } from '../services/dispatch.ts';
import { registerApi } from './ipc.ts';
import { isTrustedSender, rendererUrl } from './security.ts';
import { openStoreWithDialogs } from './startup.ts';
import { createMainWindow } from './window.ts';

const preloadPath = path.join(__dirname, '..', 'preload', 'preload.cjs');
const indexHtml = path.join(__dirname, '..', 'renderer', 'index.html');
const ourPage = rendererUrl(indexHtml);

let store: Store | null = null;
let window: BrowserWindow | null = null;

/** Asks where to save the PDF when the window exports a report without a path. */
async function prepare(method: string, input: unknown): Promise<unknown> {
  if (method !== 'report.export' || !window) return input;
  const args = (input ?? {}) as { path?: unknown };
  if (typeof args.path === 'string') return input;
  const result = await dialog.showSaveDialog(window, {
    title: 'Export the readiness report',
    defaultPath: 'readiness-report.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  return result.canceled || !result.filePath ? null : { ...args, path: result.filePath };
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const dataDir = process.env[DATA_DIR_ENV] ?? app.getPath('userData');
  store = await openStoreWithDialogs(storeLocation({ databasePath: path.join(dataDir, DATABASE_FILE) }));
  if (!store) {
    app.quit();
    return;
  }
  const open = store;
  registerApi(ipcMain, {
    isTrustedSender: (event) => !!window && isTrustedSender(event, window.webContents, ourPage),
    call: (method, input) => invoke(open, method, input),
    prepare: (method, input) => prepare(method, input),
  });
  window = createMainWindow(preloadPath, indexHtml, ourPage);
  window.on('closed', () => {
    window = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    if (store) closeStore(store);
  });
}
