import type { MethodName } from '../../shared/api/methods.ts';
import type { ApiResult } from '../../shared/api/result.ts';

/** The one IPC channel every API call travels on: `invoke(API_CHANNEL, method, input)`. */
export const API_CHANNEL = 'reality-check:api';

/** The part of Electron's ipcMain this needs, so tests can pass a stand-in. */
export type IpcMainLike = {
  handle: (
    channel: string,
    listener: (event: { senderFrame: unknown; sender: unknown }, ...args: unknown[]) => unknown,
  ) => void;
};

export type ApiBinding = {
  /** True only for our own window's main frame showing our own page. */
  readonly isTrustedSender: (event: { senderFrame: unknown; sender: unknown }) => boolean;
  /** Validates the input and runs the service: electron/services/dispatch.ts `invoke` bound to the store. */
  readonly call: (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;
  /** Fills in what only the main process can ask for (the save dialog of report.export); null to cancel. */
  readonly prepare?: (method: MethodName, input: unknown) => Promise<unknown>;
};

/**
 * Registers the whole API on one channel: (1) refuses senders that are not our window,
 * (2) hands the input to the dispatcher, which validates it with the method's schema, and
 * (3) always answers with the result envelope; nothing throws across the boundary.
 */
export function registerApi(ipcMain: IpcMainLike, binding: ApiBinding): void {
  ipcMain.handle(API_CHANNEL, async (event, method, input): Promise<ApiResult<unknown>> => {
    try {
      if (!binding.isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This request did not come from the Reality Check window.' },
        };
      }
      let prepared = input;
      if (binding.prepare && typeof method === 'string') {
        prepared = await binding.prepare(method as MethodName, input);
        if (prepared === null) return { ok: false, error: { code: 'cancelled', message: 'Cancelled.' } };
      }
      return await binding.call(method, prepared);
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
        },
      };
    }
  });
}
