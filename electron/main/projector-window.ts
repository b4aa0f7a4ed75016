import { BrowserWindow, screen } from 'electron';
import { projectorRoute } from './page-route.ts';
import { projectorPlacement } from './projector-display.ts';
import { projectorWindowOptions } from './window-options.ts';

/** The projector window's pieces: the same preload and page as the app window. */
export type ProjectorWindowOptions = {
  readonly preloadPath: string;
  /** The app:// page; the window shows it at the projector's route. */
  readonly page: string;
};

/**
 * Opens the projector window of an audit's room, or brings the open one forward showing that
 * audit: one projector at a time. It goes on the external display when there is one, full
 * screen, else in a window on the laptop's screen. Its web contents are hardened like every
 * other (main.ts, web-contents-created), and its calls are limited to the projector's methods.
 */
export function openProjectorWindow(
  existing: BrowserWindow | null,
  auditId: string,
  options: ProjectorWindowOptions,
): BrowserWindow {
  const url = `${options.page}${projectorRoute(auditId)}`;
  if (existing && !existing.isDestroyed()) {
    if (existing.webContents.getURL() !== url) void existing.loadURL(url);
    existing.show();
    existing.focus();
    return existing;
  }
  const placement = projectorPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay());
  // Electronegativity reads only literals in this file, so it cannot see the webPreferences that
  // projectorWindowOptions() takes from windowOptions(); tests/unit/electron/projector-window.spec.ts pins them.
  const window = new BrowserWindow(projectorWindowOptions(options.preloadPath, placement.bounds)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.setMenu(null);
  window.once('ready-to-show', () => {
    if (placement.fullScreen) window.setFullScreen(true);
    window.show();
  });
  void window.loadURL(url);
  return window;
}
