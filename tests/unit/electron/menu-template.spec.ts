import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { DesktopCommand } from '../../../shared/api/commands.ts';
import { methodNames } from '../../../shared/api/methods.ts';
import { aboutText } from '../../../electron/main/about.ts';
import {
  changesAuditList,
  menuTemplate,
  RECENT_AUDITS,
  recentAuditLabel,
  type MenuState,
} from '../../../electron/main/menu-template.ts';

type Item = MenuItemConstructorOptions;

function build(state: Partial<MenuState> = {}) {
  const calls: (DesktopCommand | string)[] = [];
  const template = menuTemplate(
    {
      platform: 'linux',
      appName: 'Reality Check',
      auditOpen: true,
      recent: [],
      developerItems: false,
      ...state,
    },
    {
      send: (command) => calls.push(command),
      openAuditFile: () => calls.push('openAuditFile'),
      exportAuditFile: () => calls.push('exportAuditFile'),
      about: () => calls.push('about'),
    },
  );
  const menu = (label: string) => {
    const found = template.find((m) => m.label === label || m.role === label);
    if (!found) throw new Error(`no menu ${label}`);
    return found.submenu as Item[];
  };
  const item = (menuLabel: string, label: string) => {
    const found = menu(menuLabel).find((i) => i.label === label);
    if (!found) throw new Error(`no item ${label} in ${menuLabel}`);
    return found;
  };
  const click = (found: Item) => {
    (found.click as () => void)();
    return calls.at(-1);
  };
  return { template, menu, item, click, calls };
}

/** Every item with its label (or role), accelerator and enabled state, for a readable comparison. */
const describeItems = (items: Item[]) =>
  items.map((i) =>
    i.type === 'separator'
      ? '---'
      : [i.label ?? `role:${i.role}`, i.accelerator, i.enabled === false ? 'disabled' : undefined]
          .filter(Boolean)
          .join(' | '),
  );

describe('the application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with the app menu and Window on macOS', () => {
    expect(build().template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build({ platform: 'darwin' }).template.map((m) => m.label ?? m.role)).toEqual([
      'Reality Check',
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      '&Help',
    ]);
  });

  it('offers the audit commands in File with their shortcuts', () => {
    const { menu } = build();
    expect(describeItems(menu('&File'))).toEqual([
      'New audit | CmdOrCtrl+N',
      'Open audit file… | CmdOrCtrl+O',
      'Recent audits',
      '---',
      'Export audit file… | CmdOrCtrl+E',
      'Export PDF report… | CmdOrCtrl+P',
      '---',
      '&Quit',
    ]);
    expect(describeItems(build({ platform: 'win32' }).menu('&File')).at(-1)).toBe('E&xit');
    expect(build({ platform: 'darwin' }).menu('&File').at(-1)).toEqual({ role: 'close' });
  });

  it('sends each window command over the command channel, and runs dialogs in the shell', () => {
    const { item, click } = build();
    expect(click(item('&File', 'New audit'))).toEqual({ command: 'new-audit' });
    expect(click(item('&File', 'Open audit file…'))).toBe('openAuditFile');
    expect(click(item('&File', 'Export audit file…'))).toBe('exportAuditFile');
    expect(click(item('&File', 'Export PDF report…'))).toEqual({ command: 'export-report' });
    expect(click(item('&View', 'Presentation mode'))).toEqual({ command: 'toggle-presentation' });
    expect(click(item('&Help', 'About Reality Check'))).toBe('about');
  });

  it('greys out the export items while no audit is open', () => {
    const { item } = build({ auditOpen: false });
    expect(item('&File', 'Export audit file…').enabled).toBe(false);
    expect(item('&File', 'Export PDF report…').enabled).toBe(false);
    expect(item('&File', 'New audit').enabled).toBeUndefined();
  });

  it('lists the newest audits under Recent audits, each opening its audit', () => {
    const recent = Array.from({ length: 12 }, (_, i) => ({
      id: `audit-${i}`,
      title: `Offsite ${i}`,
      organization: i === 0 ? 'Smith & Jones' : 'Acme',
      date: '2026-11-23',
    }));
    const { item, click } = build({ recent });
    const items = item('&File', 'Recent audits').submenu as Item[];
    expect(items).toHaveLength(RECENT_AUDITS);
    expect(items[0]?.label).toBe('Smith && Jones — Offsite 0 (2026-11-23)');
    expect(click(items[3]!)).toEqual({ command: 'open-audit', auditId: 'audit-3' });
    const empty = build().item('&File', 'Recent audits').submenu as Item[];
    expect(empty).toEqual([{ label: 'No audits yet', enabled: false }]);
    expect(recentAuditLabel({ id: 'x', title: 'T', organization: 'O', date: '2026-01-02' })).toBe(
      'O — T (2026-01-02)',
    );
  });

  it('uses the platform roles for undo and redo in text fields, and the clipboard', () => {
    expect(
      build()
        .menu('&Edit')
        .map((i) => i.role ?? i.type),
    ).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'delete', 'separator', 'selectAll']);
    expect(
      build({ platform: 'darwin' })
        .menu('&Edit')
        .map((i) => i.role ?? i.type),
    ).toContain('pasteAndMatchStyle');
  });

  it('has presentation mode, full screen and zoom in View; reload and devtools only for development', () => {
    const view = build().menu('&View');
    expect(view.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'Presentation mode',
      'togglefullscreen',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomIn',
      'zoomOut',
    ]);
    // F5 is shown but left to the window (App.tsx handles it), so it never toggles twice.
    expect(view[0]).toMatchObject({ accelerator: 'F5', registerAccelerator: false });
    expect(build({ platform: 'darwin' }).menu('&View')[0]?.accelerator).toBeUndefined();
    expect(view[5]).toMatchObject({ accelerator: 'CmdOrCtrl+=', visible: false });
    const dev = build({ developerItems: true })
      .menu('&View')
      .map((i) => i.role ?? i.type);
    expect(dev.slice(-3)).toEqual(['separator', 'reload', 'toggleDevTools']);
  });

  it('has About with the versions in the macOS app menu too', () => {
    const { menu, click } = build({ platform: 'darwin' });
    const appMenu = menu('Reality Check');
    expect(appMenu[0]?.label).toBe('About Reality Check');
    expect(click(appMenu[0]!)).toBe('about');
    expect(appMenu.map((i) => i.role).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
  });

  it('is rebuilt after the calls that change the list of audits, not after every answer', () => {
    for (const method of [
      'audits.create',
      'audits.update',
      'audits.trash',
      'files.import',
      'backups.restore',
    ])
      expect(changesAuditList(method), method).toBe(true);
    for (const method of ['responses.save', 'audits.list', 'report.export', 'audits.craete', 42, undefined])
      expect(changesAuditList(method), String(method)).toBe(false);
  });

  it('takes which calls change the list from the methods’ declarations', () => {
    expect(methodNames.filter(changesAuditList).sort()).toEqual(
      [
        'audits.create',
        'audits.update',
        'audits.duplicate',
        'audits.trash',
        'audits.restore',
        'audits.purge',
        'files.import',
        'backups.restore',
        // Renaming an organisation renames it in File ▸ Recent audits too.
        'organizations.rename',
      ].sort(),
    );
  });
});

describe('the About text', () => {
  it('names the app, instrument, Electron, Chromium, Node and V8 versions and the database', () => {
    const text = aboutText({
      appName: 'Reality Check',
      appVersion: '0.1.0',
      versions: { electron: '45.4.1', chrome: '142.0.1', node: '24.1.0' },
      instrument: { id: 'reality-check', version: '1.0.0' },
      databasePath: '/home/maria/.config/Reality Check/reality-check.db',
    });
    expect(text.message).toBe('Reality Check 0.1.0');
    expect(text.detail.split('\n')).toEqual([
      'Audit instrument: reality-check 1.0.0',
      'Electron: 45.4.1',
      'Chromium: 142.0.1',
      'Node.js: 24.1.0',
      'V8: unknown',
      '',
      'Database: /home/maria/.config/Reality Check/reality-check.db',
    ]);
  });
});
