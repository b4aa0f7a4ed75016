import { describe, expect, it } from 'vitest';
import { API_CHANNEL, SHELL_CHANNEL } from '../../../electron/common/ipc-channels.ts';
import { registerApi, type IpcMainLike } from '../../../electron/main/ipc.ts';
import { APP_PAGE } from '../../../electron/main/app-protocol.ts';
import { projectorRoute } from '../../../electron/main/page-route.ts';
import {
  PROJECTOR_WINDOW_SIZE,
  projectorPlacement,
  type ProjectorDisplay,
} from '../../../electron/main/projector-display.ts';
import { isTrustedCall } from '../../../electron/main/security.ts';
import { registerShellRequests } from '../../../electron/main/shell-requests.ts';
import { projectorWindowOptions, windowOptions } from '../../../electron/main/window-options.ts';
import { createShellBridge } from '../../../electron/preload/bridge.ts';
import { parseShellRequest } from '../../../shared/api/commands.ts';

type Handler = (event: { senderFrame: unknown; sender: unknown }, ...args: unknown[]) => unknown;

/** A stand-in for ipcMain that keeps each handler so a test can call it as Electron would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener) };
  return { ipcMain, handlers };
}

const display = (id: number, x: number, width: number, height: number): ProjectorDisplay => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 25, width, height: height - 25 },
});
const laptop = display(1, 0, 1440, 900);

const app = { id: 1 };
const projector = { id: 2 };
const frame = (hash: string) => ({ url: `${APP_PAGE}${hash}`, parent: null });

describe('the projector window', () => {
  it('goes full screen on the external display, the largest when there are two', () => {
    const beamer = display(2, 1440, 1920, 1080);
    const small = display(3, -1024, 1024, 768);
    expect(projectorPlacement([laptop, small, beamer], laptop)).toEqual({
      bounds: beamer.bounds,
      fullScreen: true,
    });
    // The primary may be listed anywhere; it is never the projector's when another exists.
    expect(projectorPlacement([beamer, laptop], beamer)).toEqual({ bounds: laptop.bounds, fullScreen: true });
  });

  it('opens as a window on the laptop’s screen when there is no other display', () => {
    expect(projectorPlacement([laptop], laptop)).toEqual({
      bounds: { x: 80, y: 103, ...PROJECTOR_WINDOW_SIZE },
      fullScreen: false,
    });
    const tiny = display(1, 0, 1024, 600);
    expect(projectorPlacement([tiny], tiny).bounds).toEqual({ x: 0, y: 25, width: 1024, height: 575 });
  });

  it('has the very same locked-down web preferences as the app window', () => {
    const options = projectorWindowOptions('/app/preload.cjs', laptop.bounds);
    expect(options.webPreferences).toEqual({
      ...windowOptions('/app/preload.cjs').webPreferences,
      spellcheck: false,
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(options).toMatchObject({ ...laptop.bounds, show: false, autoHideMenuBar: true });
  });

  it('opens the page at the projector’s route', () => {
    expect(projectorRoute('a b/c')).toBe('#/projector/a%20b%2Fc');
  });
});

describe('who may call what', () => {
  const windows = { app, projector };

  it('lets the projector window call the projector’s two methods and nothing else', () => {
    const fromProjector = { sender: projector, senderFrame: frame('#/projector/x') };
    expect(isTrustedCall(fromProjector, 'room.projector', windows, APP_PAGE)).toBe(true);
    expect(isTrustedCall(fromProjector, 'room.present', windows, APP_PAGE)).toBe(true);
    for (const method of ['audits.get', 'audits.results', 'room.status', 'room.start', 'storage.status', 42])
      expect(isTrustedCall(fromProjector, method, windows, APP_PAGE)).toBe(false);
    // Moved to another route, it still may not read the audit.
    const navigated = { sender: projector, senderFrame: frame('#/audits/x/reveal') };
    expect(isTrustedCall(navigated, 'audits.get', windows, APP_PAGE)).toBe(false);
    // Not our page, or a sub-frame: nothing at all.
    expect(
      isTrustedCall(
        { sender: projector, senderFrame: { url: 'https://x.example/', parent: null } },
        'room.projector',
        windows,
        APP_PAGE,
      ),
    ).toBe(false);
    expect(
      isTrustedCall(
        { sender: projector, senderFrame: { url: APP_PAGE, parent: {} } },
        'room.projector',
        windows,
        APP_PAGE,
      ),
    ).toBe(false);
  });

  it('lets the app window call everything, and nobody once a window is closed', () => {
    const fromApp = { sender: app, senderFrame: frame('#/audits/x/scoring') };
    expect(isTrustedCall(fromApp, 'audits.get', windows, APP_PAGE)).toBe(true);
    expect(isTrustedCall(fromApp, 'room.start', windows, APP_PAGE)).toBe(true);
    const fromProjector = { sender: projector, senderFrame: frame('#/projector/x') };
    expect(isTrustedCall(fromProjector, 'room.projector', { app, projector: null }, APP_PAGE)).toBe(false);
    expect(isTrustedCall(fromApp, 'audits.get', { app: null, projector }, APP_PAGE)).toBe(false);
  });

  it('refuses the projector’s call to the audit over the API channel with the envelope', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const called: unknown[] = [];
    registerApi(ipcMain, {
      isTrustedSender: (event, method) => isTrustedCall(event, method, windows, APP_PAGE),
      call: (method) => {
        called.push(method);
        return Promise.resolve({ ok: true, value: null });
      },
      saveFile: () => Promise.reject(new Error('no file')),
    });
    const handler = handlers.get(API_CHANNEL)!;
    const fromProjector = { sender: projector, senderFrame: frame('#/projector/x') };
    expect(await handler(fromProjector, 'audits.get', { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handler(fromProjector, 'room.projector', { auditId: 'x' })).toEqual({
      ok: true,
      value: null,
    });
    expect(called).toEqual(['room.projector']);
  });
});

describe('the window’s requests to the shell', () => {
  function bind() {
    const { ipcMain, handlers } = fakeIpcMain();
    const opened: string[] = [];
    registerShellRequests(ipcMain, {
      isTrustedSender: (event) => event.sender === app,
      openProjector: (auditId) => opened.push(auditId),
    });
    return { handler: handlers.get(SHELL_CHANNEL)!, opened };
  }

  it('opens the projector for the app window’s valid request only', () => {
    const { handler, opened } = bind();
    const fromApp = { sender: app, senderFrame: frame('') };
    expect(handler(fromApp, { request: 'open-projector', auditId: 'audit-1' })).toBe(true);
    expect(
      handler({ sender: projector, senderFrame: frame('') }, { request: 'open-projector', auditId: 'x' }),
    ).toBe(false);
    expect(handler(fromApp, { request: 'open-projector', auditId: 'x', url: 'https://evil.example/' })).toBe(
      false,
    );
    expect(handler(fromApp, { request: 'open-projector' })).toBe(false);
    expect(handler(fromApp, { request: 'open-devtools' })).toBe(false);
    expect(handler(fromApp, 'open-projector')).toBe(false);
    expect(opened).toEqual(['audit-1']);
  });

  it('answers false instead of throwing when opening fails', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerShellRequests(ipcMain, {
      isTrustedSender: () => true,
      openProjector: () => {
        throw new Error('no display');
      },
    });
    expect(
      handlers.get(SHELL_CHANNEL)!(
        { sender: app, senderFrame: null },
        { request: 'open-projector', auditId: 'a' },
      ),
    ).toBe(false);
  });

  it('is exposed to the page as one checked function that answers a boolean only', async () => {
    const sent: unknown[] = [];
    const shell = createShellBridge((request) => {
      sent.push(request);
      return Promise.resolve(sent.length === 1 ? true : { sender: 'a way back into Electron' });
    });
    expect(Object.keys(shell)).toEqual(['openProjector']);
    expect(Object.isFrozen(shell)).toBe(true);
    expect(await shell.openProjector('audit-1')).toBe(true);
    expect(await shell.openProjector('audit-2')).toBe(false);
    expect(await shell.openProjector('')).toBe(false);
    expect(await shell.openProjector({ toString: () => 'x' } as unknown as string)).toBe(false);
    expect(sent).toEqual([
      { request: 'open-projector', auditId: 'audit-1' },
      { request: 'open-projector', auditId: 'audit-2' },
    ]);
    expect(parseShellRequest(sent[0])).toEqual(sent[0]);
  });
});
