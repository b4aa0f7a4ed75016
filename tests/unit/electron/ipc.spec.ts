import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAsOf } from '../../../shared/api/methods.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { API_CHANNEL } from '../../../electron/common/ipc-channels.ts';
import { registerApi, type ApiBinding, type IpcMainLike } from '../../../electron/main/ipc.ts';
import { saveMadeFile } from '../../../electron/main/save-file.ts';
import { writeAtomically } from '../../../electron/core/report/write-atomically.ts';
import { APP_PAGE } from '../../../electron/main/app-protocol.ts';
import { isAllowedExternal, isTrustedSender } from '../../../electron/main/security.ts';
import { windowOptions } from '../../../electron/main/window-options.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { WORKED } from '../../fixtures/run-cli.ts';
import { call, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';

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

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
});
afterAll(() => closeStorage(storage));

const noSave = () => Promise.reject(new Error('no file to save in this test'));

function bind(saveFile: ApiBinding['saveFile'] = noSave) {
  const { ipcMain, handlers } = fakeIpcMain();
  registerApi(ipcMain, {
    isTrustedSender: (event) => isTrustedSender(event, ourContents, page),
    call: (method, input) => invoke(storage, method, input),
    saveFile,
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

  it('hands a made file to the main process to save, and never to the page', async () => {
    const { auditId } = await call(storage, 'files.import', { text: readFileSync(WORKED, 'utf8') });
    const saved: { fileName: string; saveAs: unknown; bytes: number }[] = [];
    const handler = bind((file, saveAs) => {
      saved.push({ fileName: file.fileName, saveAs, bytes: file.content.length });
      return Promise.resolve({ ok: true, value: { path: '/chosen/report.pdf', bytes: file.content.length } });
    });
    const trusted = { sender: ourContents, senderFrame: ourFrame };
    const result = await handler(trusted, 'report.export', { id: auditId, anonymous: true });
    expect(saved).toEqual([
      {
        fileName: 'acme-corp-q4-leadership-offsite-2026-11-23-readiness-report.pdf',
        saveAs: saveAsOf('report.export'),
        bytes: expect.any(Number),
      },
    ]);
    expect(result).toEqual({ ok: true, value: { path: '/chosen/report.pdf', bytes: saved[0]!.bytes } });
    // Every other method's result goes to the page as it is; a failed export is never saved.
    expect(await handler(trusted, 'audits.list', {})).toMatchObject({ ok: true });
    expect(await handler(trusted, 'report.export', { id: 'nope', anonymous: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(saved).toHaveLength(1);
  });

  it('refuses a path from the page instead of skipping the save dialog', async () => {
    let asked = 0;
    const handler = bind(() => {
      asked++;
      return Promise.resolve({ ok: false, error: { code: 'cancelled', message: 'Cancelled.' } });
    });
    const result = await handler({ sender: ourContents, senderFrame: ourFrame }, 'report.export', {
      id: 'x',
      anonymous: true,
      path: '/etc/important.txt',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(asked).toBe(0);
  });

  it('turns a failing save step into an internal error envelope', async () => {
    const { id } = await call(storage, 'audits.create', {
      organization: 'O',
      title: 'T',
      date: '2026-01-02',
    });
    const handler = bind(() => Promise.reject(new Error('dialog broke')));
    expect(
      await handler({ sender: ourContents, senderFrame: ourFrame }, 'report.export', {
        id,
        anonymous: true,
      }),
    ).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong: dialog broke' } });
  });
});

describe('saving a made file in the desktop shell', () => {
  const file = {
    fileName: 'acme-report.pdf',
    mediaType: 'application/pdf',
    content: Buffer.from('%PDF-1'),
    details: { pages: 3 },
  };
  const saveAs = saveAsOf('report.export')!;

  it('asks with the save dialog, suggesting the file’s own name, and saves there', async () => {
    const dir = tempDir();
    const asked: unknown[] = [];
    const result = await saveMadeFile(file, saveAs, {
      ask: (name, how) => {
        asked.push([name, how.title]);
        return Promise.resolve(path.join(dir, 'chosen.pdf'));
      },
      write: writeAtomically,
    });
    expect(asked).toEqual([['acme-report.pdf', 'Export the readiness report']]);
    expect(result).toEqual({ ok: true, value: { pages: 3, path: path.join(dir, 'chosen.pdf'), bytes: 6 } });
    expect(readFileSync(path.join(dir, 'chosen.pdf'), 'latin1')).toBe('%PDF-1');
  });

  it('writes nothing when the dialog is cancelled, and names a failed write', async () => {
    let writes = 0;
    const cancelled = await saveMadeFile(file, saveAs, {
      ask: () => Promise.resolve(null),
      write: () => Promise.resolve(void writes++),
    });
    expect(cancelled).toEqual({ ok: false, error: { code: 'cancelled', message: 'Cancelled.' } });
    expect(writes).toBe(0);
    const failed = await saveMadeFile(file, saveAs, {
      ask: () => Promise.resolve(path.join(tempDir(), 'missing-folder', 'r.pdf')),
      write: writeAtomically,
    });
    expect(failed).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(!failed.ok && failed.error.message).toBe(
      'The file was not saved: the folder does not exist. Choose another place.',
    );
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
