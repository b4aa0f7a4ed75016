import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, type Store } from '../../../electron/db/store.ts';
import { API_CHANNEL, registerApi, type IpcMainLike } from '../../../electron/main/ipc.ts';
import { APP_PAGE } from '../../../electron/main/app-protocol.ts';
import { isAllowedExternal, isTrustedSender } from '../../../electron/main/security.ts';
import { windowOptions } from '../../../electron/main/window-options.ts';
import { invoke } from '../../../electron/services/dispatch.ts';
import { tempStore } from '../../fixtures/temp-store.ts';

/** A stand-in for ipcMain that keeps the handler so a test can call it as Electron would. */
function fakeIpcMain() {
  const handlers = new Map<
    string,
    (event: { senderFrame: unknown; sender: unknown }, ...args: unknown[]) => unknown
  >();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener) };
  return { ipcMain, handlers };
}

const page = APP_PAGE;
const ourContents = { id: 1 };
const ourFrame = { url: `${page}#/audits/x/scoring`, parent: null };

let store: Store;
beforeAll(async () => {
  store = await tempStore();
});
afterAll(() => closeStore(store));

function bind(prepare?: (method: string, input: unknown) => Promise<unknown>) {
  const { ipcMain, handlers } = fakeIpcMain();
  registerApi(ipcMain, {
    isTrustedSender: (event) => isTrustedSender(event, ourContents, page),
    call: (method, input) => invoke(store, method, input),
    ...(prepare ? { prepare } : {}),
  });
  const handler = handlers.get(API_CHANNEL);
  if (!handler) throw new Error('no handler registered');
  return handler;
}

describe('the IPC binding', () => {
  it('registers the whole API on one channel and answers our window with the result envelope', async () => {
    const handler = bind();
    expect(await handler({ sender: ourContents, senderFrame: ourFrame }, 'audits.list', {})).toEqual({
      ok: true,
      value: [],
    });
  });

  it('refuses another web contents, a sub-frame, and a frame showing another page', async () => {
    const handler = bind();
    const forbidden = {
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from the Reality Check window.' },
    };
    expect(await handler({ sender: { id: 2 }, senderFrame: ourFrame }, 'audits.list', {})).toEqual(forbidden);
    expect(
      await handler({ sender: ourContents, senderFrame: { url: page, parent: {} } }, 'audits.list', {}),
    ).toEqual(forbidden);
    expect(
      await handler(
        { sender: ourContents, senderFrame: { url: 'https://evil.example/', parent: null } },
        'audits.list',
        {},
      ),
    ).toEqual(forbidden);
    expect(await handler({ sender: ourContents, senderFrame: null }, 'audits.list', {})).toEqual(forbidden);
  });

  it('validates every input and never throws across the boundary', async () => {
    const handler = bind();
    const trusted = { sender: ourContents, senderFrame: ourFrame };
    expect(await handler(trusted, 'audits.create', { organization: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await handler(trusted, 'no.such.method', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(await handler(trusted, { toString: null }, undefined)).toMatchObject({ ok: false });
  });

  it('lets the main process fill in a save dialog, and reports a cancelled one', async () => {
    const seen: unknown[] = [];
    const handler = bind((method, input) => {
      seen.push(method);
      return Promise.resolve(method === 'report.export' ? null : input);
    });
    const trusted = { sender: ourContents, senderFrame: ourFrame };
    expect(await handler(trusted, 'report.export', { id: 'x', anonymous: true })).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Cancelled.' },
    });
    expect(await handler(trusted, 'audits.list', {})).toMatchObject({ ok: true });
    expect(seen).toEqual(['report.export', 'audits.list']);
  });

  it('turns a failing prepare step into an internal error envelope', async () => {
    const handler = bind(() => Promise.reject(new Error('dialog broke')));
    expect(await handler({ sender: ourContents, senderFrame: ourFrame }, 'audits.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong: dialog broke' },
    });
  });
});

describe('window security', () => {
  it('uses exactly the locked-down webPreferences of Electron’s checklist', () => {
    expect(windowOptions('/app/preload.cjs').webPreferences).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('opens where the window was left, at least at its minimum size, or at the default size', () => {
    const placed = windowOptions(
      '/app/preload.cjs',
      { x: 10, y: 20, width: 1000, height: 700 },
      '/app/icon.png',
    );
    expect(placed).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, minWidth: 960, minHeight: 600 });
    expect(placed.icon).toBe('/app/icon.png');
    const first = windowOptions('/app/preload.cjs');
    expect(first).toMatchObject({ width: 1280, height: 800, show: false });
    expect(first).not.toHaveProperty('x');
    expect(first).not.toHaveProperty('icon');
  });

  it('opens only allow-listed https links outside the app', () => {
    expect(isAllowedExternal('https://www.electronjs.org/docs')).toBe(true);
    expect(isAllowedExternal('http://www.electronjs.org/')).toBe(false);
    expect(isAllowedExternal('https://evil.example/')).toBe(false);
    expect(isAllowedExternal('file:///etc/passwd')).toBe(false);
  });
});
