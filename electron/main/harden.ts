import { isAllowedExternal } from './security.ts';

type PreventableEvent = { preventDefault: () => void };

/** The part of WebContents the hardening touches, so tests can pass a stand-in. */
export type HardenableContents = {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/** What only the shell knows: which page is ours, and how to open a link outside. */
export type HardeningPolicy = {
  /** True for the one page our window may show. */
  readonly isOurPage: (url: string) => boolean;
  /** Opens a link in the system browser (shell.openExternal). */
  readonly openExternal: (url: string) => void;
};

/**
 * Locks down any web contents the app creates (our window, and anything a bug or an attacker
 * might make appear): navigation only to our page, no redirects away from it, no <webview>,
 * no new windows. Allow-listed https links go to the system browser instead.
 */
export function hardenWebContents(contents: HardenableContents, policy: HardeningPolicy): void {
  const keepOnOurPage = (event: PreventableEvent, url: string) => {
    if (!policy.isOurPage(url)) event.preventDefault();
  };
  contents.on('will-navigate', keepOnOurPage);
  contents.on('will-redirect', keepOnOurPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Only https links on security.ts's allow-list leave the app, and only to the system browser.
    if (isAllowedExternal(url)) policy.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
}

/** Requests the offline app never makes; cancelled in the session even if the CSP let one through. */
export const BLOCKED_REQUEST_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];
