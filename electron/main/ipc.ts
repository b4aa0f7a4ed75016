import { isMethodName, saveAsOf, type SaveAs } from '../../shared/api/methods.ts';
import type { MadeFile, SavedFile } from '../../shared/api/models.ts';
import type { ApiResult } from '../../shared/api/result.ts';

import { API_CHANNEL } from '../common/ipc-channels.ts';

/** The part of Electron's ipcMain this needs, so tests can pass a stand-in. */
export type IpcMainLike = {
  handle: (
    channel: string,
    listener: (event: { senderFrame: unknown; sender: unknown }, ...args: unknown[]) => unknown,
  ) => void;
};

export type ApiBinding = {
  /**
   * True only for our own window's main frame showing our own page, and asking for a method that
   * window may call (the projector window may call the projector's two room methods, nothing else).
   */
  readonly isTrustedSender: (event: { senderFrame: unknown; sender: unknown }, method: unknown) => boolean;
  /** Validates the input and runs the service: electron/core/services/dispatch.ts `invoke` bound to the storage. */
  readonly call: (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;
  /**
   * Hands a file that a method made (declared with `saveAs`, such as report.export) to the user:
   * asks with the save dialog, suggesting the file's own name, and saves it there. The page
   * never names the place; it hears where the file went, or `cancelled`.
   */
  readonly saveFile: (file: MadeFile<unknown>, saveAs: SaveAs) => Promise<ApiResult<SavedFile<unknown>>>;
};

/**
 * Registers the whole API on one channel: (1) refuses senders that are not our window,
 * (2) hands the input to the dispatcher, which validates it with the method's schema,
 * (3) has the main process save a made file where the user chooses, and (4) always answers
 * with the result envelope; nothing throws across the boundary.
 */
export function registerApi(ipcMain: IpcMainLike, binding: ApiBinding): void {
  ipcMain.handle(API_CHANNEL, async (event, method, input): Promise<ApiResult<unknown>> => {
    try {
      if (!binding.isTrustedSender(event, method)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This request did not come from the Reality Check window.' },
        };
      }
      const result = await binding.call(method, input);
      const saveAs = result.ok && isMethodName(method) ? saveAsOf(method) : undefined;
      if (!result.ok || !saveAs) return result;
      return await binding.saveFile(result.value as MadeFile<unknown>, saveAs);
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
