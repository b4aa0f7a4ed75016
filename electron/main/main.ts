import { app, ipcMain, protocol, session, shell, type BrowserWindow } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DesktopCommand } from '../../shared/api/commands.ts';
import type { AuditSummary } from '../../shared/api/models.ts';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { DATA_DIR_ENV, DATABASE_FILE, storageLocation } from '../core/db/location.ts';
import { closeStorage, type Storage } from '../core/db/storage.ts';
import { writeAtomically } from '../core/report/write-atomically.ts';
import { invoke } from '../core/services/dispatch.ts';
import type { RoomHost } from '../core/services/room/host.ts';
import { createRoomHost } from '../server/room/room-host.ts';
import { routeCalls, startBackground, type Background } from '../worker/background.ts';
import { aboutText } from './about.ts';
import { APP_PAGE, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol.ts';
import { formatMegabytes, MAX_AUDIT_FILE_BYTES } from '../../shared/limits.ts';
import { openAuditFiles, saveAuditFile, type AuditFileShell } from './audit-files.ts';
import { sendCommand } from './command-channel.ts';
import {
  askAuditFileSavePath,
  askAuditFilesToOpen,
  askOpenOrCopy,
  askSavePath,
  showAbout,
  showError,
} from './dialogs.ts';
import { BLOCKED_REQUEST_URLS, hardenWebContents } from './harden.ts';
import { registerApi } from './ipc.ts';
import { saveMadeFile } from './save-file.ts';
import { installMenu } from './menu.ts';
import { changesAuditList } from './menu-template.ts';
import { auditFilesFromArgv } from './open-files.ts';
import { openAuditId } from './page-route.ts';
import { openProjectorWindow } from './projector-window.ts';
import { isAllowedPermission, isOurPage, isTrustedCall, isTrustedSender } from './security.ts';
import { registerShellRequests } from './shell-requests.ts';
import { openStorageWithDialogs } from './startup.ts';
import { createMainWindow } from './window.ts';
import { WINDOW_STATE_FILE } from './window-state.ts';

/*
 * The desktop shell's wiring, and nothing else: each piece it connects is a plain function
 * tested without Electron (ipc, menu template, window bounds, argv, audit files, protocol).
 */

const APP_ID = 'com.realitycheck.app';
const preloadPath = path.join(__dirname, '..', 'preload', 'preload.cjs');
const rendererDir = path.join(__dirname, '..', 'renderer');
const iconPath = path.join(__dirname, '..', '..', 'assets', 'icon.png');
/** The worker thread that imports and reports (bundled by scripts/build-node.mjs). */
const workerFile = path.join(__dirname, '..', 'worker', 'worker.cjs');

let storage: Storage | null = null;
let background: Background | null = null;
/** The rooms this window hosts (room mode); every one closes its port when the app quits. */
let rooms: RoomHost | null = null;
let roomsClosed = false;
/** The API as the shell calls it: imports and reports off this event loop, the rest in-process. */
let callApi: (method: unknown, input: unknown) => ReturnType<typeof invoke> = () =>
  Promise.resolve({ ok: false, error: { code: 'internal', message: 'Reality Check is still starting.' } });
let window: BrowserWindow | null = null;
let windowLoaded = false;
/** Room mode's second window, on the external display when there is one; one at a time. */
let projector: BrowserWindow | null = null;
/** Files asked for before the window could show them (macOS open-file at launch, argv). */
const pendingFiles: string[] = [];

// Must happen before `ready`: the page's own scheme, with an origin of its own and no file:// powers.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const send = (command: DesktopCommand) => sendCommand(window?.webContents, command);

function auditFileShell(): AuditFileShell {
  return {
    call: (method, input) => callApi(method, input),
    readText: async (file) => {
      const { size } = await stat(file);
      if (size > MAX_AUDIT_FILE_BYTES) {
        throw new Error(
          `the file is ${formatMegabytes(size)}; an audit file may be at most ${formatMegabytes(MAX_AUDIT_FILE_BYTES)}`,
        );
      }
      return readFile(file, 'utf8');
    },
    writeText: (file, text) => writeFile(file, text, 'utf8'),
    addRecentDocument: (file) => app.addRecentDocument(file),
    send,
    showError: (title, message) => showError(window, title, message),
    chooseForExisting: (existing) => askOpenOrCopy(window, existing),
    auditsChanged: () => void refreshMenu(),
  };
}

/** Opens audit files now if the window is ready for them, else as soon as it is. */
function openFiles(files: readonly string[]): void {
  if (files.length === 0) return;
  if (!storage || !window || !windowLoaded) {
    pendingFiles.push(...files);
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  void openAuditFiles(files, auditFileShell());
}

async function refreshMenu(): Promise<void> {
  const listed = storage ? await invoke(storage, 'audits.list', {}) : null;
  const auditId = window && !window.isDestroyed() ? openAuditId(window.webContents.getURL(), APP_PAGE) : null;
  installMenu(
    {
      platform: process.platform,
      appName: app.getName(),
      auditOpen: auditId !== null,
      recent: listed?.ok ? (listed.value as AuditSummary[]) : [],
      developerItems: !app.isPackaged,
    },
    {
      send,
      openAuditFile: () => void askAuditFilesToOpen(window).then(openFiles),
      exportAuditFile: () => {
        if (storage && auditId)
          void saveAuditFile(auditId, auditFileShell(), (name) => askAuditFileSavePath(window, name));
      },
      about: () =>
        void showAbout(
          window,
          aboutText({
            appName: app.getName(),
            appVersion: app.getVersion(),
            versions: process.versions,
            instrument: instrumentV1,
            databasePath: storage?.location.databasePath ?? '',
          }),
        ),
    },
  );
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details?.requestingUrl ?? '', APP_PAGE)),
  );
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isAllowedPermission(permission, details?.requestingUrl ?? '', APP_PAGE),
  );
  // An offline app: no request leaves the machine, whatever the page or a bug would ask.
  ses.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS }, (_details, callback) =>
    callback({ cancel: true }),
  );
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest(request, rendererDir);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });

  const dataDir = process.env[DATA_DIR_ENV] ?? app.getPath('userData');
  storage = await openStorageWithDialogs(
    storageLocation({ databasePath: path.join(dataDir, DATABASE_FILE) }),
  );
  if (!storage) {
    app.quit();
    return;
  }
  const open = storage;
  const worker = (background = startBackground({
    location: open.location,
    readOnly: open.readOnly,
    workerFile,
  }));
  rooms = createRoomHost({ storage: open, phoneDir: path.join(rendererDir, 'phone') });
  const route = routeCalls(open, worker, { room: rooms });
  callApi = async (method, input) => {
    const result = await route(method, input);
    // The worker gets a fresh connection to the restored database, as this process did.
    if (result.ok && method === 'backups.restore') await worker.restart();
    return result;
  };
  registerApi(ipcMain, {
    // The app window may call every method; the projector window only what a projector shows.
    isTrustedSender: (event, method) =>
      isTrustedCall(
        event,
        method,
        {
          app: window?.webContents ?? null,
          projector: projector && !projector.isDestroyed() ? projector.webContents : null,
        },
        APP_PAGE,
      ),
    call: async (method, input) => {
      const result = await callApi(method, input);
      if (result.ok && changesAuditList(method)) void refreshMenu();
      return result;
    },
    saveFile: (file, saveAs) =>
      saveMadeFile(file, saveAs, {
        ask: (suggestedName, { title, filters }) =>
          askSavePath(
            window,
            title,
            suggestedName,
            filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
          ),
        write: writeAtomically,
      }),
  });

  registerShellRequests(ipcMain, {
    isTrustedSender: (event) => !!window && isTrustedSender(event, window.webContents, APP_PAGE),
    openProjector: (auditId) => {
      const before = projector;
      const opened = (projector = openProjectorWindow(before, auditId, { preloadPath, page: APP_PAGE }));
      if (opened !== before)
        opened.once('closed', () => {
          if (projector === opened) projector = null;
        });
    },
  });

  window = createMainWindow({
    preloadPath,
    page: APP_PAGE,
    stateFile: path.join(dataDir, WINDOW_STATE_FILE),
    ...(process.platform === 'linux' ? { icon: iconPath } : {}),
  });
  const contents = window.webContents;
  contents.on('did-navigate-in-page', () => void refreshMenu());
  contents.on('did-finish-load', () => {
    windowLoaded = true;
    openFiles(pendingFiles.splice(0));
  });
  window.on('closed', () => {
    window = null;
    windowLoaded = false;
    // The projector has nothing to show without the app window; closing it lets the app quit.
    if (projector && !projector.isDestroyed()) projector.close();
  });
  await refreshMenu();
  openFiles(auditFilesFromArgv(process.argv, process.cwd()));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every web contents, ours and any other, is locked down the moment it exists.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      isOurPage: (url) => isOurPage(url, APP_PAGE),
      // Called by harden.ts only for https URLs on security.ts's EXTERNAL_ALLOW_LIST.
      openExternal: (url) => void shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
    });
  });
  // macOS: a double-clicked .rca.json, also before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
  });
  // Windows and Linux: a file double-clicked while the app runs starts a second instance.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
    openFiles(auditFilesFromArgv(argv, workingDirectory));
  });
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  // Rooms close their ports before the app goes: phones see the room gone, not a hung socket.
  app.on('before-quit', (event) => {
    if (roomsClosed || !rooms) return;
    event.preventDefault();
    void rooms.closeAll().finally(() => {
      roomsClosed = true;
      app.quit();
    });
  });
  app.on('will-quit', () => {
    void background?.close();
    if (storage) closeStorage(storage);
  });
}
