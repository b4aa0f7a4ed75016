import {
  app,
  dialog,
  type BrowserWindow,
  type FileFilter,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import path from 'node:path';
import { AUDIT_FILE_EXTENSION } from './open-files.ts';

/*
 * The native dialogs of the shell, kept apart so the flows that use them (audit-files.ts)
 * stay plain functions. Each is modal to the window when there is one.
 */

// Filter on "json": macOS matches the last extension only, so "rca.json" would grey the files out.
const AUDIT_FILTERS = [
  { name: `Reality Check audit (*${AUDIT_FILE_EXTENSION})`, extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** File ▸ Open audit file…: the chosen files, or none when cancelled. */
export async function askAuditFilesToOpen(window: BrowserWindow | null): Promise<string[]> {
  const options: OpenDialogOptions = {
    title: 'Open an audit file',
    defaultPath: app.getPath('documents'),
    filters: AUDIT_FILTERS,
    properties: ['openFile', 'multiSelections'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** Where to save a file, suggesting `suggestedName` in Documents; null when cancelled. */
export async function askSavePath(
  window: BrowserWindow | null,
  title: string,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title,
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters,
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The save dialog of File ▸ Export audit file…. */
export function askAuditFileSavePath(
  window: BrowserWindow | null,
  suggestedName: string,
): Promise<string | null> {
  return askSavePath(window, 'Export the audit file', suggestedName, AUDIT_FILTERS.slice(0, 1));
}

/** An error a person can act on, with the service's own explanation. */
export async function showError(window: BrowserWindow | null, title: string, message: string): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'error',
    title,
    message: title,
    detail: message,
    buttons: ['OK'],
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

/** The file's audit is already on this computer: open that one, or import the file as a copy. */
export async function askOpenOrCopy(
  window: BrowserWindow | null,
  existing: { title: string; file: string },
): Promise<'open' | 'copy' | 'cancel'> {
  const buttons = ['Open the audit on this computer', 'Import the file as a copy', 'Cancel'];
  const options: MessageBoxOptions = {
    type: 'question',
    title: 'This audit is already here',
    message: `“${existing.title}” is already on this computer.`,
    detail: `${path.basename(existing.file)} holds the same audit. Importing it makes a second, separate copy.`,
    buttons,
    defaultId: 0,
    cancelId: 2,
  };
  const { response } = window
    ? await dialog.showMessageBox(window, options)
    : await dialog.showMessageBox(options);
  return response === 0 ? 'open' : response === 1 ? 'copy' : 'cancel';
}

/** Help ▸ About: the versions, as text a person can copy into a problem report. */
export async function showAbout(
  window: BrowserWindow | null,
  text: { message: string; detail: string },
): Promise<void> {
  const options: MessageBoxOptions = { type: 'info', title: 'About', ...text, buttons: ['OK'] };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
