import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extension of an audit file, as the file association declares it. */
export const AUDIT_FILE_EXTENSION = '.rca.json';

/** True for a path whose name ends in .rca.json (any case: Windows paths arrive as typed). */
export function isAuditFilePath(value: string): boolean {
  return value.toLowerCase().endsWith(AUDIT_FILE_EXTENSION);
}

/**
 * The audit files named on a command line: Windows and Linux pass a double-clicked file as
 * an argument, and a second instance forwards its arguments with its working directory.
 * Switches (Chromium adds some), the executable, the app folder of `electron .` and anything
 * that is not an .rca.json file are skipped; relative paths are resolved against `cwd`, and
 * file:// URLs (Linux desktop entries pass `%U`) become paths. Duplicates are opened once.
 */
export function auditFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    const file = toPath(arg, cwd);
    if (file && isAuditFilePath(file) && !files.includes(file)) files.push(file);
  }
  return files;
}

function toPath(arg: string, cwd: string): string | null {
  if (arg.startsWith('-')) return null;
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}
