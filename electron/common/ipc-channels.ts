/**
 * The IPC channel names the main process and the preload both use. They live here, a neutral
 * home, so that neither side imports the other (the preload runs sandboxed in the page's
 * process and must not pull in main-process code).
 */

/** The one renderer→main channel every API call travels on: `invoke(API_CHANNEL, method, input)`. */
export const API_CHANNEL = 'reality-check:api';

/** The one main→renderer channel: menu commands and files opened from the system. */
export const COMMAND_CHANNEL = 'reality-check:command';

/** The window's requests to the shell (shared/api/commands.ts ShellRequest): `invoke(SHELL_CHANNEL, request)`. */
export const SHELL_CHANNEL = 'reality-check:shell';
