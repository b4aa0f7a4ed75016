import path from 'node:path';
import type { DesktopCommand } from '../../shared/api/commands.ts';
import type { ExportedFile, ImportOutcome } from '../../shared/api/models.ts';
import type { ApiResult } from '../../shared/api/result.ts';

/** What opening and saving audit files needs from the shell; tests pass stand-ins. */
export type AuditFileShell = {
  /** The services, as every transport calls them (dispatch.ts `invoke` bound to the storage). */
  readonly call: (method: string, input: unknown) => Promise<ApiResult<unknown>>;
  readonly readText: (file: string) => Promise<string>;
  readonly writeText: (file: string, text: string) => Promise<void>;
  /** app.addRecentDocument: the system's recent files (Windows jump list, macOS Dock menu). */
  readonly addRecentDocument: (file: string) => void;
  /** Tells the window (sendCommand on its web contents). */
  readonly send: (command: DesktopCommand) => void;
  readonly showError: (title: string, message: string) => Promise<void>;
  /** The file's audit is already here: open that one, import the file as a copy, or neither. */
  readonly chooseForExisting: (existing: {
    title: string;
    file: string;
  }) => Promise<'open' | 'copy' | 'cancel'>;
  /** Rebuilds the menu so "Recent audits" shows the change. */
  readonly auditsChanged: () => void;
};

/** What opening a file came to, so the shell (and a test) can tell without reading dialogs. */
export type OpenOutcome =
  | { readonly kind: 'imported' | 'opened'; readonly auditId: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Opens one audit file (menu, double-click, command line, second instance): all or nothing
 * through files.import, then the window shows it. A file whose audit is already in the
 * database asks first, so opening yesterday's export twice does not make a silent copy.
 */
export async function openAuditFile(file: string, shell: AuditFileShell): Promise<OpenOutcome> {
  const name = path.basename(file);
  const fail = async (message: string): Promise<OpenOutcome> => {
    await shell.showError(`Could not open ${name}`, message);
    return { kind: 'failed', message };
  };
  let text: string;
  try {
    text = await shell.readText(file);
  } catch (error) {
    return fail(`The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // One rule for every way in (files.import): the service reports an audit that is already
  // here, and the user chooses between opening it and importing a copy.
  let imported = await shell.call('files.import', { text, ifExists: 'report' });
  if (!imported.ok) return fail(imported.error.message);
  let outcome = imported.value as ImportOutcome;
  if (outcome.status === 'exists') {
    const choice = await shell.chooseForExisting({ title: outcome.title, file });
    if (choice === 'cancel') return { kind: 'cancelled' };
    if (choice === 'open') {
      shell.addRecentDocument(file);
      shell.send({ command: 'open-audit', auditId: outcome.auditId });
      return { kind: 'opened', auditId: outcome.auditId };
    }
    imported = await shell.call('files.import', { text, ifExists: 'copy' });
    if (!imported.ok) return fail(imported.error.message);
    outcome = imported.value as ImportOutcome;
  }
  const { auditId } = outcome;
  shell.addRecentDocument(file);
  shell.auditsChanged();
  shell.send({ command: 'audits-changed' });
  shell.send({ command: 'open-audit', auditId });
  return { kind: 'imported', auditId };
}

/** Opens several files one after the other; the window ends on the last one opened. */
export async function openAuditFiles(
  files: readonly string[],
  shell: AuditFileShell,
): Promise<OpenOutcome[]> {
  const outcomes: OpenOutcome[] = [];
  for (const file of files) outcomes.push(await openAuditFile(file, shell));
  return outcomes;
}

/** What an export came to: saved (where), cancelled in the dialog, or failed (already explained). */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly path: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * File ▸ Export audit file: files.export, a save dialog suggesting the file's own name, then
 * the text written where the user chose. `askSavePath` returns null when cancelled.
 */
export async function saveAuditFile(
  auditId: string,
  shell: Pick<AuditFileShell, 'call' | 'writeText' | 'addRecentDocument' | 'showError'>,
  askSavePath: (suggestedName: string) => Promise<string | null>,
): Promise<SaveOutcome> {
  const exported = await shell.call('files.export', { id: auditId });
  if (!exported.ok) {
    await shell.showError('Could not export the audit', exported.error.message);
    return { kind: 'failed', message: exported.error.message };
  }
  const { fileName, text } = exported.value as ExportedFile;
  const target = await askSavePath(fileName);
  if (!target) return { kind: 'cancelled' };
  try {
    await shell.writeText(target, text);
  } catch (error) {
    const message = `The file could not be written: ${error instanceof Error ? error.message : String(error)}`;
    await shell.showError('Could not export the audit', message);
    return { kind: 'failed', message };
  }
  shell.addRecentDocument(target);
  return { kind: 'saved', path: target };
}
