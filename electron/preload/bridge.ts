import type { ApiClient } from '../../shared/api/client.ts';
import {
  parseDesktopCommand,
  parseShellRequest,
  type DesktopCommand,
  type DesktopEvents,
  type DesktopShell,
  type ShellRequest,
} from '../../shared/api/commands.ts';
import { methodNames } from '../../shared/api/methods.ts';

/** One API call over IPC: `ipcRenderer.invoke(API_CHANNEL, method, input)` in the preload. */
export type InvokeApi = (method: string, input: unknown) => Promise<unknown>;

/** The part of ipcRenderer the command subscription needs, so a test can pass a stand-in. */
export type IpcListenerLike = {
  readonly on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => unknown;
};

/**
 * The declared API as the window sees it: one function per method and nothing else, each
 * handing its input to the one IPC channel. Built from the method list, so it cannot drift.
 */
export function createApiBridge(invoke: InvokeApi): ApiClient {
  const api = Object.fromEntries(
    methodNames.map((method) => [method, (input: unknown) => invoke(method, input)]),
  ) as ApiClient;
  return Object.freeze(api);
}

/** Commands kept for the page until it subscribes (a file opened while the window was loading). */
export const MAX_PENDING_COMMANDS = 20;

/**
 * The shell's commands as one subscription. Each message is checked against the declared
 * commands before the page sees it, and only the command crosses: never the IPC event, whose
 * `sender` would hand the page a way back into Electron. Commands that arrive before the page
 * has subscribed are kept (a few) and delivered to the first subscriber.
 */
export function createEventsBridge(ipc: IpcListenerLike, channel: string): DesktopEvents {
  const listeners = new Set<(command: DesktopCommand) => void>();
  const pending: DesktopCommand[] = [];
  ipc.on(channel, (_event, payload) => {
    const command = parseDesktopCommand(payload);
    if (!command) return;
    if (listeners.size === 0) {
      if (pending.length < MAX_PENDING_COMMANDS) pending.push(command);
      return;
    }
    for (const listener of listeners) listener(command);
  });
  return Object.freeze({
    onCommand: (listener: (command: DesktopCommand) => void) => {
      if (typeof listener !== 'function') return () => undefined;
      listeners.add(listener);
      for (const command of pending.splice(0)) listener(command);
      return () => {
        listeners.delete(listener);
      };
    },
  });
}

/** One request to the shell over IPC: `ipcRenderer.invoke(SHELL_CHANNEL, request)` in the preload. */
export type InvokeShell = (request: ShellRequest) => Promise<unknown>;

/**
 * The shell's requests as the window sees them: one function per declared request. What the
 * page passes is checked against the declaration before it is sent (the main process checks it
 * again), and only a boolean comes back: never an object of Electron's.
 */
export function createShellBridge(invoke: InvokeShell): DesktopShell {
  return Object.freeze({
    openProjector: async (auditId: string) => {
      const request = parseShellRequest({ request: 'open-projector', auditId });
      if (!request) return false;
      try {
        return (await invoke(request)) === true;
      } catch {
        return false;
      }
    },
  });
}
