import type { SaveAs } from '../../shared/api/methods.ts';
import type { MadeFile, SavedFile } from '../../shared/api/models.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { ReportWriteError } from '../core/report/write-atomically.ts';

/** What saving a made file needs from the shell, so the flow is tested without Electron. */
export type SaveFileShell = {
  /** The save dialog, suggesting `suggestedName`; null when the user cancels. */
  readonly ask: (suggestedName: string, saveAs: SaveAs) => Promise<string | null>;
  /** Writes the bytes at the chosen path, atomically. */
  readonly write: (path: string, bytes: Uint8Array) => Promise<void>;
};

/**
 * The desktop shell's way of handing over a file a method made: the user chooses where in the
 * save dialog (the file's own name suggested), and only then is anything written.
 */
export async function saveMadeFile(
  file: MadeFile<unknown>,
  saveAs: SaveAs,
  shell: SaveFileShell,
): Promise<ApiResult<SavedFile<unknown>>> {
  const chosen = await shell.ask(file.fileName, saveAs);
  if (!chosen) return { ok: false, error: { code: 'cancelled', message: 'Cancelled.' } };
  try {
    await shell.write(chosen, file.content);
  } catch (error) {
    // The reason only: the path, which the user just chose, may hold a participant's name, and
    // an anonymous report's messages name no one.
    const reason = error instanceof ReportWriteError ? error.plainReason : 'the system refused it';
    return {
      ok: false,
      error: { code: 'storage', message: `The file was not saved: ${reason}. Choose another place.` },
    };
  }
  const details = typeof file.details === 'object' && file.details !== null ? file.details : {};
  return { ok: true, value: { ...details, path: chosen, bytes: file.content.length } };
}
