import type { DesktopCommand } from '../../shared/api/commands.ts';

import { COMMAND_CHANNEL } from '../common/ipc-channels.ts';

/** The part of WebContents that sending needs, so tests can pass a stand-in. */
export type CommandTarget = {
  readonly send: (channel: string, ...args: unknown[]) => void;
  readonly isDestroyed?: () => boolean;
};

/** Sends a typed command to the window; the preload checks it again before the page sees it. */
export function sendCommand(target: CommandTarget | null | undefined, command: DesktopCommand): void {
  if (!target || target.isDestroyed?.()) return;
  target.send(COMMAND_CHANNEL, command);
}
