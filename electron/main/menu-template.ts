import type { MenuItemConstructorOptions } from 'electron';
import type { DesktopCommand } from '../../shared/api/commands.ts';
import { traitsOf } from '../../shared/api/methods.ts';

/** One audit in File ▸ Recent audits. */
export type RecentAudit = {
  readonly id: string;
  readonly title: string;
  readonly organization: string;
  readonly date: string;
};

/** What the menu shows right now. */
export type MenuState = {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** An audit is open in the window: the export items apply to it. */
  readonly auditOpen: boolean;
  /** Newest first, as audits.list returns them. */
  readonly recent: readonly RecentAudit[];
  /** Reload and developer tools, for `npm start` only (never in a packaged app). */
  readonly developerItems: boolean;
};

/** What the menu items do; the shell passes the real ones, tests pass recorders. */
export type MenuActions = {
  /** Sends a command to the window over the one command channel. */
  readonly send: (command: DesktopCommand) => void;
  /** A native open dialog, then the files imported in the main process. */
  readonly openAuditFile: () => void;
  /** A native save dialog for the open audit's file. */
  readonly exportAuditFile: () => void;
  /** The versions dialog. */
  readonly about: () => void;
};

/** How many audits File ▸ Recent audits lists. */
export const RECENT_AUDITS = 10;

/** The label of an audit in the recent list; `&` doubled, since menus read a single one as a mnemonic. */
export function recentAuditLabel(audit: RecentAudit): string {
  return `${audit.organization} — ${audit.title} (${audit.date})`.replaceAll('&', '&&');
}

function recentAuditsMenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const audits = state.recent.slice(0, RECENT_AUDITS);
  if (audits.length === 0) return [{ label: 'No audits yet', enabled: false }];
  return audits.map((audit) => ({
    label: recentAuditLabel(audit),
    click: () => actions.send({ command: 'open-audit', auditId: audit.id }),
  }));
}

/**
 * The application menu as plain data, built without Electron so it can be tested: every
 * item's label, accelerator and what it does. Commands that change what the window shows go
 * to the renderer over the command channel; file dialogs run in the main process. Text
 * editing, zoom and full screen use Electron's roles, which act on the focused field or
 * window with each platform's own shortcuts.
 */
export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${state.appName}`, click: () => actions.about() };

  const appMenu: MenuItemConstructorOptions = {
    label: state.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'New audit',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.send({ command: 'new-audit' }),
      },
      { label: 'Open audit file…', accelerator: 'CmdOrCtrl+O', click: () => actions.openAuditFile() },
      { label: 'Recent audits', submenu: recentAuditsMenu(state, actions) },
      { type: 'separator' },
      {
        label: 'Export audit file…',
        accelerator: 'CmdOrCtrl+E',
        enabled: state.auditOpen,
        click: () => actions.exportAuditFile(),
      },
      {
        label: 'Export PDF report…',
        accelerator: 'CmdOrCtrl+P',
        enabled: state.auditOpen,
        click: () => actions.send({ command: 'export-report' }),
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: state.platform === 'win32' ? 'E&xit' : '&Quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        label: 'Presentation mode',
        // The window handles F5 itself (App.tsx); the menu only shows the key. macOS cannot
        // show a key without also taking it, so there the label stands alone.
        ...(mac ? {} : { accelerator: 'F5', registerAccelerator: false }),
        click: () => actions.send({ command: 'toggle-presentation' }),
      },
      { role: 'togglefullscreen' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // Ctrl+= zooms in too, where + needs Shift (US and many other layouts).
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true },
      { role: 'zoomOut' },
      ...(state.developerItems
        ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [about],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu,
  ];
}

/**
 * True when a successful call of this method may change the recent audits, so the menu is
 * rebuilt: the method's declaration says so (`changesAuditList`, shared/api/methods/).
 */
export function changesAuditList(method: unknown): boolean {
  return traitsOf(method).changesAuditList;
}
