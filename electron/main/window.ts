import { BrowserWindow, shell } from 'electron';
import { isAllowedExternal, isOurPage } from './security.ts';
import { windowOptions } from './window-options.ts';

/**
 * The app window: locked-down options, our page only (navigation elsewhere is blocked), no
 * new windows (allow-listed https links go to the system browser).
 */
export function createMainWindow(preloadPath: string, indexHtml: string, ourPage: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOurPage(url, ourPage)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isOurPage(url, ourPage)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(indexHtml);
  return window;
}
