import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleOptions } from '../../../scripts/node-bundle.mjs';
import { methodNames } from '../../../shared/api/methods.ts';
import { createElectronStandIn, type ElectronStandIn } from '../../fixtures/electron-stand-in.ts';

/*
 * The desktop shell as it ships: main.ts and preload.ts bundled by esbuild as `npm run build`
 * does, run on plain Node against a stand-in for Electron (tests/fixtures/electron-stand-in.ts),
 * a real database in a temp data folder and real audit files. Every wiring the Electron binary
 * would exercise is driven here, from the app's start to quitting: what is registered before
 * `ready`, the page's protocol and CSP, the window's options, the IPC sender check end to end
 * through the preload, the menu and its commands, files opened by argv, by macOS open-file and
 * by a second instance, exports through the save dialog, and the window state on close.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
const EXAMPLE = path.join(ROOT, 'tests/fixtures/audits/acme-worked-example.rca.json');
const APP_PAGE = 'app://reality-check/index.html';
const API = 'reality-check:api';
const COMMANDS = 'reality-check:command';

let work: string;
let dataDir: string;
let electron: ElectronStandIn;
let savePath: string | null = null;
let answer = 0;
const argv = process.argv;

/** Bundles main, preload and the worker as `npm run build` does (scripts/node-bundle.mjs) into a temp dist/ inside the repo, so their requires resolve to node_modules. */
async function bundleShell(dist: string): Promise<void> {
  await build({
    ...nodeBundleOptions,
    entryPoints: [path.join(ROOT, 'electron/main/main.ts')],
    outfile: path.join(dist, 'main/main.cjs'),
  });
  await build({
    ...nodeBundleOptions,
    entryPoints: [path.join(ROOT, 'electron/preload/preload.ts')],
    outfile: path.join(dist, 'preload/preload.cjs'),
  });
  // The worker thread that imports and reports, beside main as in dist/.
  await build({
    ...nodeBundleOptions,
    entryPoints: [path.join(ROOT, 'electron/worker/worker.ts')],
    outfile: path.join(dist, 'worker/worker.cjs'),
  });
  mkdirSync(path.join(dist, 'renderer'), { recursive: true });
  writeFileSync(path.join(dist, 'renderer/index.html'), '<!doctype html><title>Reality Check</title>');
}

const window = () => {
  const found = electron.windows[0];
  if (!found) throw new Error('no window yet');
  return found;
};
const menuItem = (menu: string, label: string) => {
  const items = electron.recorded.menu.find((m) => m.label === menu)?.submenu as any[] | undefined;
  const item = items?.find((i) => i.label === label);
  if (!item) throw new Error(`no ${menu} ▸ ${label}`);
  return item;
};
const commandsSent = () =>
  window()
    .webContents.sent.filter(([channel]) => channel === COMMANDS)
    .map(([, command]) => command);
const trusted = () => ({ sender: window().webContents, senderFrame: { url: `${APP_PAGE}#/`, parent: null } });
const callApi = (method: string, input: unknown, event: unknown = trusted()) =>
  electron.recorded.ipcHandlers.get(API)!(event, method, input) as Promise<any>;
const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};
const auditTitles = () => {
  const db = new Database(path.join(dataDir, 'reality-check.db'), { readonly: true });
  try {
    return (db.prepare('SELECT title FROM audits ORDER BY title').all() as { title: string }[]).map(
      (r) => r.title,
    );
  } finally {
    db.close();
  }
};
/** The audit id each copied example file carries, by title. */
const ids = new Map<string, string>();
const idOf = (title: string) => ids.get(title) ?? '';
const copyExample = (name: string, title: string) => {
  const file = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  if (!ids.has(title)) ids.set(title, randomUUID());
  file.audit.id = idOf(title);
  file.audit.title = title;
  const target = path.join(work, name);
  writeFileSync(target, JSON.stringify(file));
  return target;
};

beforeAll(async () => {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(path.join(ROOT, '.tmp', 'shell-'));
  dataDir = path.join(work, 'data');
  await bundleShell(path.join(work, 'dist'));
  electron = createElectronStandIn({
    userData: path.join(work, 'userData-unused'),
    documents: work,
    dialogs: {
      open: () => ({
        canceled: false,
        filePaths: [copyExample('from-menu.rca.json', 'Opened from the menu')],
      }),
      save: () => (savePath ? { canceled: false, filePath: savePath } : { canceled: true }),
      message: () => ({ response: answer }),
    },
  });
  process.env.REALITY_CHECK_DATA_DIR = dataDir;
  require.cache[require.resolve('electron')] = {
    id: 'electron',
    filename: 'electron',
    loaded: true,
    exports: electron.exports,
  } as unknown as NodeJS.Module;
  require(path.join(work, 'dist/main/main.cjs'));
}, 60_000);

afterAll(() => {
  process.argv = argv;
  delete process.env.REALITY_CHECK_DATA_DIR;
  delete require.cache[require.resolve('electron')];
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the bundled desktop shell on a stand-in for Electron', () => {
  it('before ready: registers app:// as a secure standard scheme and listens for files and contents', () => {
    expect(electron.recorded.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    for (const event of [
      'web-contents-created',
      'open-file',
      'second-instance',
      'window-all-closed',
      'will-quit',
    ])
      expect(electron.app.listenerCount(event), event).toBe(1);
    expect(electron.windows).toHaveLength(0);
  });

  it('takes a macOS open-file before the window exists and keeps it for later', () => {
    const file = copyExample('double-clicked.rca.json', 'Double-clicked on macOS');
    let prevented = false;
    electron.app.emit('open-file', { preventDefault: () => (prevented = true) }, file);
    expect(prevented).toBe(true);
  });

  it('on ready: denies permissions, blocks the network, serves the page with its CSP, opens one locked-down window', async () => {
    process.argv = [process.execPath, '.', copyExample('argv.rca.json', 'Named on the command line')];
    electron.ready();
    await until(
      () => electron.windows.length === 1 && electron.recorded.menuBuilds > 0,
      'the window and menu',
    );
    process.argv = argv;

    let granted: boolean | undefined;
    electron.recorded.permissionRequest!({}, 'media', (allow: boolean) => (granted = allow));
    expect(granted).toBe(false);
    expect(electron.recorded.permissionCheck!({}, 'clipboard-read')).toBe(false);
    // Full screen, for the reveal's spotlight, is the one permission: for our page, nobody else's.
    const fullscreen = (url: string) => {
      let allowed: boolean | undefined;
      electron.recorded.permissionRequest!({}, 'fullscreen', (allow: boolean) => (allowed = allow), {
        requestingUrl: url,
      });
      return allowed;
    };
    expect(fullscreen(`${APP_PAGE}#/audits/a1/reveal`)).toBe(true);
    expect(fullscreen('https://tracker.example/')).toBe(false);
    expect(
      electron.recorded.permissionCheck!({}, 'fullscreen', 'app://reality-check', {
        requestingUrl: `${APP_PAGE}#/`,
      }),
    ).toBe(true);
    expect(electron.recorded.blocked?.filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*']),
    );
    let cancelled: unknown;
    electron.recorded.blocked!.listener({ url: 'https://tracker.example/' }, (r: unknown) => (cancelled = r));
    expect(cancelled).toEqual({ cancel: true });

    const serve = electron.recorded.protocolHandlers.get('app')!;
    const page = await serve(new Request(APP_PAGE));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Reality Check</title>');
    expect((await serve(new Request('app://reality-check/../../data/reality-check.db'))).status).toBe(404);

    const { options, webContents } = window();
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(work, 'dist/preload/preload.cjs'),
    });
    expect(existsSync(options.webPreferences.preload)).toBe(true);
    expect(webContents.url).toBe(APP_PAGE);
    expect(webContents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(webContents.attempt('will-navigate', `${APP_PAGE}#/audits/x/setup`)).toBe(false);
    expect(webContents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    window().emit('ready-to-show');
    expect(window().shown).toBe(true);
  });

  it('hardens any other web contents that appears, too', () => {
    const stray = new (electron.exports.BrowserWindow as any)({}).webContents;
    electron.windows.pop();
    expect(stray.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(stray.attempt('will-attach-webview')).toBe(true);
    expect(stray.openHandler({ url: 'https://www.electronjs.org/docs' })).toEqual({ action: 'deny' });
    expect(electron.recorded.external).toEqual(['https://www.electronjs.org/docs']);
  });

  it('installs the menu, with the export items greyed out while no audit is open', () => {
    expect(electron.recorded.menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(menuItem('&File', 'Export audit file…').enabled).toBe(false);
    expect(menuItem('&File', 'New audit').accelerator).toBe('CmdOrCtrl+N');
  });

  it('opens the files named before the page loaded once it has, and adds them to recent documents', async () => {
    expect(commandsSent()).toEqual([]);
    window().webContents.emit('did-finish-load');
    await until(() => commandsSent().length >= 4, 'two files opened');
    expect(auditTitles()).toEqual(['Double-clicked on macOS', 'Named on the command line']);
    expect(commandsSent()).toEqual([
      { command: 'audits-changed' },
      { command: 'open-audit', auditId: idOf('Double-clicked on macOS') },
      { command: 'audits-changed' },
      { command: 'open-audit', auditId: idOf('Named on the command line') },
    ]);
    expect(electron.recorded.recentDocuments.map((f) => path.basename(f))).toEqual([
      'double-clicked.rca.json',
      'argv.rca.json',
    ]);
    await until(() => menuItem('&File', 'Recent audits').submenu.length === 2, 'the recent audits');
  });

  it('answers the window over IPC through the bundled preload, and refuses any other sender', async () => {
    const preload = path.join(work, 'dist/preload/preload.cjs');
    // A sandboxed preload can require 'electron' and little else: the bundle must need nothing more.
    expect(new Set(readFileSync(preload, 'utf8').match(/require\("[^"]+"\)/g))).toEqual(
      new Set(['require("electron")']),
    );
    createRequire(preload)(preload);
    expect([...electron.recorded.exposed.keys()]).toEqual([
      'realityCheck',
      'realityCheckEvents',
      'realityCheckShell',
    ]);
    const api = electron.recorded.exposed.get('realityCheck') as Record<
      string,
      (input: unknown) => Promise<any>
    >;
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    const created = await api['audits.create']!({
      organization: 'Acme',
      title: 'Created in the window',
      date: '2026-11-23',
    });
    expect(created).toMatchObject({ ok: true, value: { title: 'Created in the window' } });
    expect(await api['audits.create']!({ organization: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const forbidden = await callApi(
      'audits.list',
      {},
      { sender: {}, senderFrame: { url: APP_PAGE, parent: null } },
    );
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await until(
      () => menuItem('&File', 'Recent audits').submenu.length === 3,
      'the menu to list the new audit',
    );

    const received: unknown[] = [];
    (electron.recorded.exposed.get('realityCheckEvents') as any).onCommand((c: unknown) => received.push(c));
    electron.toRenderer(COMMANDS, { command: 'new-audit' });
    electron.toRenderer(COMMANDS, { command: 'eval', code: 'alert(1)' });
    expect(received).toEqual([{ command: 'new-audit' }]);
  });

  it('sends the menu’s window commands over the command channel', () => {
    const before = commandsSent().length;
    menuItem('&File', 'New audit').click();
    menuItem('&View', 'Presentation mode').click();
    const recent = menuItem('&File', 'Recent audits').submenu[0];
    recent.click();
    expect(commandsSent().slice(before)).toEqual([
      { command: 'new-audit' },
      { command: 'toggle-presentation' },
      { command: 'open-audit', auditId: expect.any(String) },
    ]);
  });

  it('imports from File ▸ Open audit file… and from a file opened in a second instance', async () => {
    menuItem('&File', 'Open audit file…').click();
    await until(() => auditTitles().includes('Opened from the menu'), 'the menu import');
    const later = copyExample('later.rca.json', 'Opened while running');
    electron.app.emit('second-instance', {}, ['/opt/Reality Check/reality-check', 'later.rca.json'], work);
    await until(() => auditTitles().includes('Opened while running'), 'the second-instance import');
    // The file joins the recent documents after its import answered, as with an export below.
    await until(
      () => electron.recorded.recentDocuments.includes(later),
      'the imported file as a recent document',
    );
    expect(electron.recorded.recentDocuments).toContain(later);
  });

  it('asks before importing a file whose audit is already here, and opens that one instead', async () => {
    answer = 0; // "Open the audit on this computer"
    const count = auditTitles().length;
    electron.app.emit('second-instance', {}, ['reality-check', 'later.rca.json'], work);
    await until(() => electron.recorded.messageBoxes.some((m) => m.type === 'question'), 'the question');
    expect(electron.recorded.messageBoxes.at(-1)?.message).toBe(
      '“Opened while running” is already on this computer.',
    );
    const expected = { command: 'open-audit', auditId: idOf('Opened while running') };
    await until(() => JSON.stringify(commandsSent().at(-1)) === JSON.stringify(expected), 'the command');
    expect(auditTitles()).toHaveLength(count);
  });

  it('enables the exports when the window shows an audit, and saves the audit file where the user chose', async () => {
    const contents = window().webContents;
    contents.url = `${APP_PAGE}#/audits/${idOf('Named on the command line')}/results`;
    contents.emit('did-navigate-in-page');
    await until(() => menuItem('&File', 'Export audit file…').enabled === true, 'the export items');
    savePath = path.join(work, 'exported.rca.json');
    menuItem('&File', 'Export audit file…').click();
    // The file is renamed into place a moment before it joins the recent documents.
    await until(() => electron.recorded.recentDocuments.at(-1) === savePath, 'the exported file');
    expect(existsSync(savePath)).toBe(true);
    expect(JSON.parse(readFileSync(savePath, 'utf8')).audit.title).toBe('Named on the command line');
    expect(electron.recorded.saveDialogs.at(-1)?.defaultPath).toMatch(/\.rca\.json$/);
    expect(electron.recorded.recentDocuments.at(-1)).toBe(savePath);
    menuItem('&File', 'Export PDF report…').click();
    expect(commandsSent().at(-1)).toEqual({ command: 'export-report' });
  });

  it('asks where to save the PDF for report.export, suggesting the report’s name, and reports a cancelled dialog', async () => {
    const id = idOf('Named on the command line');
    savePath = null;
    const dialogs = electron.recorded.saveDialogs.length;
    const cancelled = await callApi('report.export', { id, anonymous: true });
    expect(cancelled).toEqual({ ok: false, error: { code: 'cancelled', message: 'Cancelled.' } });
    const asked = electron.recorded.saveDialogs.at(-1);
    expect(electron.recorded.saveDialogs).toHaveLength(dialogs + 1);
    expect(asked?.title).toBe('Export the readiness report');
    expect(path.basename(String(asked?.defaultPath))).toMatch(
      /^[a-z0-9-]+-named-on-the-command-line-[\d-]+-readiness-report\.pdf$/,
    );
    expect(asked?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    savePath = path.join(work, 'report.pdf');
    const saved = await callApi('report.export', { id, anonymous: true });
    expect(saved).toMatchObject({ ok: true, value: { path: savePath, pages: expect.any(Number) } });
    expect(readFileSync(savePath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('never lets the page name where a report goes: a path is refused, nothing is written', async () => {
    const target = path.join(work, 'important.txt');
    writeFileSync(target, 'keep me');
    const dialogs = electron.recorded.saveDialogs.length;
    const result = await callApi('report.export', {
      id: idOf('Named on the command line'),
      anonymous: true,
      path: target,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(electron.recorded.saveDialogs).toHaveLength(dialogs);
  });

  it('shows the versions in Help ▸ About', async () => {
    menuItem('&Help', 'About Reality Check').click();
    await until(() => electron.recorded.messageBoxes.at(-1)?.title === 'About', 'the About dialog');
    const about = electron.recorded.messageBoxes.at(-1)!;
    expect(about.message).toBe('Reality Check 0.1.0');
    expect(String(about.detail)).toContain(`Node.js: ${process.versions.node}`);
    expect(String(about.detail)).toContain(path.join(dataDir, 'reality-check.db'));
  });

  it('opens the projector on the external display through the shell channel, and lets it call only the projector’s methods', async () => {
    const shell = electron.recorded.exposed.get('realityCheckShell') as {
      openProjector: (auditId: string) => Promise<boolean>;
    };
    expect(Object.keys(shell)).toEqual(['openProjector']);
    const auditId = idOf('Named on the command line');
    const beamer = {
      id: 2,
      bounds: { x: 1920, y: 0, width: 1280, height: 720 },
      workArea: { x: 1920, y: 0, width: 1280, height: 720 },
    };
    electron.displays.push(beamer);
    expect(await shell.openProjector(auditId)).toBe(true);
    expect(electron.windows).toHaveLength(2);
    const projector = electron.windows[1]!;
    expect(projector.webContents.url).toBe(`${APP_PAGE}#/projector/${auditId}`);
    expect(projector.options).toMatchObject({ ...beamer.bounds, show: false });
    expect(projector.options.webPreferences).toEqual({
      ...window().options.webPreferences,
      spellcheck: false,
    });
    expect(projector.menu).toBeNull();
    projector.emit('ready-to-show');
    expect(projector.shown && projector.fullScreen).toBe(true);
    // Hardened like every web contents: no new windows, no navigation away.
    expect(projector.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(projector.webContents.attempt('will-navigate', 'https://example.com/')).toBe(true);

    // Its page may ask the room for the projector's view and nothing of the audit.
    const fromProjector = {
      sender: projector.webContents,
      senderFrame: { url: projector.webContents.url, parent: null },
    };
    expect(await callApi('room.projector', { auditId }, fromProjector)).toMatchObject({
      ok: true,
      value: { auditId, title: 'Named on the command line' },
    });
    for (const [method, input] of [
      ['audits.get', { id: auditId }],
      ['audits.results', { id: auditId }],
      ['room.status', { auditId }],
      ['room.start', { auditId, host: '127.0.0.2' }],
    ] as const)
      expect(await callApi(method, input, fromProjector)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    // Only the app window asks for a projector; asked again, the same window comes forward.
    const shellHandler = electron.recorded.ipcHandlers.get('reality-check:shell')!;
    expect(shellHandler(fromProjector, { request: 'open-projector', auditId })).toBe(false);
    expect(await shell.openProjector(auditId)).toBe(true);
    expect(electron.windows).toHaveLength(2);
    // Closed, it is forgotten: its contents may call nothing, and the next request opens a new one.
    projector.close();
    expect(await callApi('room.projector', { auditId }, fromProjector)).toMatchObject({ ok: false });
    expect(await shell.openProjector(auditId)).toBe(true);
    expect(electron.windows).toHaveLength(3);
    electron.displays.pop();
  });

  it('remembers the window’s bounds in the data folder when it closes, and quits with the last window', () => {
    window().emit('close');
    expect(JSON.parse(readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 800,
      maximized: false,
      fullScreen: false,
    });
    window().emit('closed');
    // The projector has nothing to show without the app window: it closes with it.
    expect(electron.windows.at(-1)!.destroyed).toBe(true);
    electron.app.emit('window-all-closed');
    expect(electron.recorded.quits).toBe(1);
    electron.app.emit('will-quit');
  });
});
