import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { APP_PAGE } from '../../../electron/main/app-protocol.ts';
import { hardenWebContents, type HardenableContents } from '../../../electron/main/harden.ts';
import { openAuditId } from '../../../electron/main/page-route.ts';
import { isOurPage } from '../../../electron/main/security.ts';

/** A stand-in for WebContents: events a test can emit, and the window-open handler it was given. */
function fakeContents() {
  const events = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on: (event: string, listener: (...args: any[]) => void) => events.on(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as HardenableContents;
  const attempt = (event: string, ...args: unknown[]) => {
    let prevented = false;
    events.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  };
  return { contents, attempt, open: (url: string) => openHandler?.({ url }) };
}

function hardened() {
  const opened: string[] = [];
  const fake = fakeContents();
  hardenWebContents(fake.contents, {
    isOurPage: (url) => isOurPage(url, APP_PAGE),
    openExternal: (url) => opened.push(url),
  });
  return { ...fake, opened };
}

describe('hardening of every web contents (app web-contents-created)', () => {
  it('lets the window move within our page and stops navigation and redirects anywhere else', () => {
    const { attempt } = hardened();
    expect(attempt('will-navigate', `${APP_PAGE}#/audits/x/scoring`)).toBe(false);
    expect(attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(attempt('will-navigate', 'file:///home/maria/acme.rca.json')).toBe(true);
    expect(attempt('will-navigate', 'app://reality-check/other.html')).toBe(true);
    expect(attempt('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
  });

  it('refuses <webview> and every new window; allow-listed https links go to the system browser', () => {
    const { attempt, open, opened } = hardened();
    expect(attempt('will-attach-webview')).toBe(true);
    expect(open('https://www.electronjs.org/docs/latest/tutorial/security')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('http://www.electronjs.org/')).toEqual({ action: 'deny' });
    expect(open(`${APP_PAGE}#/`)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.electronjs.org/docs/latest/tutorial/security']);
  });
});

describe('the audit open in the window, read from its address', () => {
  it('is the id in the router hash of our page, and nothing on any other page', () => {
    expect(openAuditId(`${APP_PAGE}#/audits/a%2Fb-1/report`, APP_PAGE)).toBe('a/b-1');
    expect(openAuditId(`${APP_PAGE}#/audits/abc/setup`, APP_PAGE)).toBe('abc');
    expect(openAuditId(`${APP_PAGE}#/`, APP_PAGE)).toBeNull();
    expect(openAuditId(APP_PAGE, APP_PAGE)).toBeNull();
    expect(openAuditId('https://evil.example/index.html#/audits/abc/setup', APP_PAGE)).toBeNull();
    expect(openAuditId(`${APP_PAGE}#/audits/%E0%A4%A/setup`, APP_PAGE)).toBeNull();
  });
});
