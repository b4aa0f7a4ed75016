import { BrowserWindow, screen } from 'electron';
import { clampToDisplays } from './window-bounds.ts';
import { MIN_WINDOW_SIZE, windowOptions } from './window-options.ts';
import { readWindowState, writeWindowState } from './window-state.ts';

/** Where the window's pieces are: its preload, its page, the file that remembers its place. */
export type MainWindowOptions = {
  readonly preloadPath: string;
  /** The app:// page; navigation anywhere else is refused (harden.ts, for every web contents). */
  readonly page: string;
  /** window-state.json in the data folder. */
  readonly stateFile: string;
  /** The window icon where the platform takes it from the window (Linux). */
  readonly icon?: string;
};

/**
 * The app window, where it was last left: the remembered bounds are validated and clamped to
 * a display that exists now, and saved again when the window closes.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const remembered = readWindowState(options.stateFile);
  const placement = remembered
    ? clampToDisplays(remembered, screen.getAllDisplays(), MIN_WINDOW_SIZE, screen.getPrimaryDisplay())
    : undefined;
  // Electronegativity reads only literals in this file, so it cannot see the webPreferences that
  // windowOptions() sets (contextIsolation, sandbox, Auxclick off); tests/unit/electron/ipc.spec.ts pins them.
  const settings = windowOptions(options.preloadPath, placement, options.icon);
  const window = new BrowserWindow(settings); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => {
    if (remembered?.maximized) window.maximize();
    if (remembered?.fullScreen) window.setFullScreen(true);
    window.show();
  });
  window.on('close', () => {
    writeWindowState(options.stateFile, {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen(),
    });
  });
  void window.loadURL(options.page);
  return window;
}
