import { parseShellRequest, type ShellRequest } from '../../shared/api/commands.ts';

import { SHELL_CHANNEL } from '../common/ipc-channels.ts';
import type { IpcMainLike } from './ipc.ts';

/** What answering the window's requests needs from the shell, so tests can pass stand-ins. */
export type ShellBinding = {
  /** True only for the app window's main frame showing our page (the projector window asks for nothing). */
  readonly isTrustedSender: (event: { senderFrame: unknown; sender: unknown }) => boolean;
  /** Opens (or brings forward) the projector window of this audit's room. */
  readonly openProjector: (auditId: string) => void;
};

/**
 * Registers the window's requests to the shell on their one channel: refuses any other sender,
 * checks the request against the declared list (shared/api/commands.ts), does it, and answers
 * true, or false for anything refused. Nothing throws across the boundary.
 */
export function registerShellRequests(ipcMain: IpcMainLike, binding: ShellBinding): void {
  ipcMain.handle(SHELL_CHANNEL, (event, payload): boolean => {
    try {
      if (!binding.isTrustedSender(event)) return false;
      const request: ShellRequest | null = parseShellRequest(payload);
      if (!request) return false;
      switch (request.request) {
        case 'open-projector':
          binding.openProjector(request.auditId);
          return true;
      }
    } catch {
      return false;
    }
  });
}
