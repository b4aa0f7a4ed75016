import { useEffect } from 'react';
import type { DesktopCommand, DesktopEvents } from '../../shared/api/commands.ts';
import { useRouter } from '../router.ts';
import { useAuditListStore } from '../stores/audit-list.ts';
import { useSessionStore } from '../stores/session.ts';
import { useAuditFileDrop } from './file-drop.ts';
import { useDesktopRequests } from './requests.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface can extend Window
  interface Window {
    /** The desktop shell's menu commands (electron/preload); absent in the browser. */
    readonly realityCheckEvents?: DesktopEvents;
  }
}

/**
 * Does what the desktop menu (or a file opened from the system) asks: the shell decides
 * nothing about the window's views, it only names a command from the declared list.
 */
export function runDesktopCommand(command: DesktopCommand): void {
  const { route, go } = useRouter.getState();
  const requests = useDesktopRequests.getState();
  switch (command.command) {
    case 'new-audit':
      go({ view: 'home' });
      requests.request('newAudit');
      return;
    case 'export-report':
      // The menu item is enabled only while an audit is open; the report step exports it.
      if (route.view === 'home' || route.view === 'projector' || route.view === 'organization') return;
      go({ view: 'report', auditId: route.auditId });
      requests.request('exportReport');
      return;
    case 'toggle-presentation':
      useSessionStore.getState().togglePresentation();
      return;
    case 'open-audit':
      go({ view: 'setup', auditId: command.auditId });
      return;
    case 'audits-changed':
      void useAuditListStore.getState().load();
      return;
  }
}

/**
 * The window's side of the desktop shell: listens for menu commands (when the preload offers
 * them) and imports audit files dropped onto the window. One call, in App.
 */
export function useDesktopCommands(): void {
  useEffect(() => window.realityCheckEvents?.onCommand(runDesktopCommand), []);
  useAuditFileDrop();
}
