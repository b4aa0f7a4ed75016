import type { DesktopShell } from '../../shared/api/commands.ts';
import { hashOf } from '../router.ts';
import { sessionToken } from '../session-token.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface can extend Window
  interface Window {
    /** What the page may ask of the desktop shell (electron/preload); absent in the browser. */
    readonly realityCheckShell?: DesktopShell;
  }
}

/**
 * Opens the projector's screen of an audit's room. In the desktop app the shell opens a second
 * window, on the external display when there is one; in the browser binding a second tab,
 * which is handed this tab's session token in its address (it takes it out at once, as the
 * first tab did: renderer/session-token.ts). Answers an error message, or null.
 */
export async function openProjector(auditId: string): Promise<string | null> {
  const route = hashOf({ view: 'projector', auditId });
  const shell = window.realityCheckShell;
  if (shell) {
    return (await shell.openProjector(auditId))
      ? null
      : 'The projector window could not be opened. Try again, or restart Reality Check.';
  }
  const token = sessionToken();
  if (!token) return 'This page’s session has ended. Open the address printed by "npm run web" again.';
  const address = `${window.location.pathname}?token=${encodeURIComponent(token)}${route}`;
  // noopener: the projector's tab gets no handle on this one; it shares nothing but the token.
  window.open(address, '_blank', 'noopener');
  return null;
}
