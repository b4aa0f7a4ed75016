import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from './window-bounds.ts';

/** The window's smallest size: the workshop views are laid out for at least this. */
export const MIN_WINDOW_SIZE = { minWidth: 960, minHeight: 600 } as const;

/** The size of the first window, before any is remembered. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/**
 * The locked-down options of the one app window (Electron's checklist), placed where it was
 * last (bounds already clamped to a display), or at the default size, centred.
 */
export function windowOptions(
  preloadPath: string,
  placement?: Rect,
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    ...(placement ?? DEFAULT_WINDOW_SIZE),
    ...MIN_WINDOW_SIZE,
    ...(icon ? { icon } : {}),
    show: false,
    title: 'Reality Check',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
      // Middle-click would open links in new windows; those are refused anyway (harden.ts).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/**
 * The projector window's options: the very same locked-down webPreferences as the app window
 * (one definition, above), placed on the display chosen for it, with a dark ground so that a
 * projector does not flash white while the page loads, and no menu bar.
 */
export function projectorWindowOptions(preloadPath: string, bounds: Rect): BrowserWindowConstructorOptions {
  const { webPreferences } = windowOptions(preloadPath, bounds);
  return {
    ...bounds,
    show: false,
    title: 'Reality Check – projector',
    backgroundColor: '#15171a',
    autoHideMenuBar: true,
    webPreferences: { ...webPreferences, spellcheck: false },
  };
}
