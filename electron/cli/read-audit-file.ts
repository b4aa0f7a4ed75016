import { readFileSync, statSync } from 'node:fs';
import { parseAuditFileText, type AuditFileResult } from '../../shared/audit-file/validate.ts';
import { formatMegabytes, MAX_AUDIT_FILE_BYTES } from '../../shared/limits.ts';
import { InputError } from './io.ts';

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'is a folder, not a file'
      : code === 'EACCES'
        ? 'permission denied'
        : String(code ?? error);
}

/**
 * Reads the text of an audit file, refusing one larger than the limit before reading a byte
 * of it, or throws an InputError saying why it cannot be read.
 */
export function readAuditText(path: string): string {
  try {
    const { size } = statSync(path);
    if (size > MAX_AUDIT_FILE_BYTES) {
      throw new InputError([
        `${path}: the file is ${formatMegabytes(size)}; an audit file may be at most ${formatMegabytes(MAX_AUDIT_FILE_BYTES)}`,
      ]);
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([`${path}: cannot read the file (${reasonFor(error)})`]);
  }
}

/** Reads and validates an audit file from disk, or throws an InputError naming its problems. */
export function readAuditFile(path: string): Extract<AuditFileResult, { ok: true }> {
  const text = readAuditText(path);
  const result = parseAuditFileText(text.replace(/^\uFEFF/, ''));
  if (!result.ok) throw new InputError(result.problems.map((p) => `${path}: ${p}`));
  return result;
}
