import { app, BrowserWindow, session, shell } from 'electron';
import path from 'node:path';
import { windowOptions } from './window-options.ts';

/** Starts the app: one locked-down window showing the built renderer. */
function createWindow(): void {
  const window = new BrowserWindow(windowOptions(path.join(__dirname, '..', 'preload', 'preload.cjs')));
  const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
}

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
