import { z } from 'zod';
import { id } from '../audit-file/fields.ts';

/**
 * What the desktop shell may tell the window (menu items, files opened from the system): a
 * closed list, so the one main→renderer channel carries nothing else. The renderer never
 * sends these; it only listens.
 */
export const desktopCommandSchema = z.discriminatedUnion('command', [
  /** File ▸ New audit: show the new-audit form on the home view. */
  z.strictObject({ command: z.literal('new-audit') }),
  /** File ▸ Export PDF report: the open audit's report step, export started. */
  z.strictObject({ command: z.literal('export-report') }),
  /** View ▸ Presentation mode. */
  z.strictObject({ command: z.literal('toggle-presentation') }),
  /** An audit file was imported (menu, double-click, command line): show that audit. */
  z.strictObject({ command: z.literal('open-audit'), auditId: id }),
  /** The list of audits changed outside the window (an import from the menu): reload it. */
  z.strictObject({ command: z.literal('audits-changed') }),
]);

/** One command from the shell, as the window receives it. */
export type DesktopCommand = z.infer<typeof desktopCommandSchema>;
/** The names of the declared commands. */
export type DesktopCommandName = DesktopCommand['command'];

/** Every command name, for tests and for the menu's checks. */
export const desktopCommandNames: readonly DesktopCommandName[] = desktopCommandSchema.options.map(
  (option) => option.shape.command.value,
);

/** The command if the value is exactly one of the declared commands, else null. */
export function parseDesktopCommand(value: unknown): DesktopCommand | null {
  const parsed = desktopCommandSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What the preload exposes as `window.realityCheckEvents`: one subscription, nothing more. */
export type DesktopEvents = {
  /** Calls `listener` with each valid command from the shell; returns the unsubscribe function. */
  readonly onCommand: (listener: (command: DesktopCommand) => void) => () => void;
};

/**
 * What the window may ask of the desktop shell, the other way round: a closed list too, checked
 * in the preload before it is sent and again in the main process before anything happens.
 */
export const shellRequestSchema = z.discriminatedUnion('request', [
  /** Room mode: open this audit's projector screen in a second window, on the external display when there is one. */
  z.strictObject({ request: z.literal('open-projector'), auditId: id }),
]);

/** One request from the window, as the shell receives it. */
export type ShellRequest = z.infer<typeof shellRequestSchema>;

/** The request if the value is exactly one of the declared requests, else null. */
export function parseShellRequest(value: unknown): ShellRequest | null {
  const parsed = shellRequestSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What the preload exposes as `window.realityCheckShell`: one function per request. */
export type DesktopShell = {
  /** Opens (or brings forward) the projector window of an audit's room; false when the shell refused. */
  readonly openProjector: (auditId: string) => Promise<boolean>;
};
