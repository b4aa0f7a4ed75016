import { readFileSync, statSync } from 'node:fs';
import { parseAuditFileText, type AuditFileResult } from '../../shared/audit-file/validate.ts';
import { formatMegabytes, MAX_AUDIT_FILE_BYTES, MAX_RESPONSE_FILE_BYTES } from '../../shared/limits.ts';
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

/** Reads a text file, refusing one larger than `max` bytes before reading a byte of it. */
function readLimitedText(path: string, max: number, what: string): string {
  try {
    const { size } = statSync(path);
    if (size > max) {
      throw new InputError([
        `${path}: the file is ${formatMegabytes(size)}; ${what} may be at most ${formatMegabytes(max)}`,
      ]);
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([`${path}: cannot read the file (${reasonFor(error)})`]);
  }
}

/**
 * Reads the text of an audit file, refusing one larger than the limit before reading a byte
 * of it, or throws an InputError saying why it cannot be read.
 */
export function readAuditText(path: string): string {
  return readLimitedText(path, MAX_AUDIT_FILE_BYTES, 'an audit file');
}

/** Reads the text of a response file (a pre-work form's answers), within its own limit. */
export function readResponseText(path: string): string {
  return readLimitedText(path, MAX_RESPONSE_FILE_BYTES, 'a response file');
}

/** Reads and validates an audit file from disk, or throws an InputError naming its problems. */
export function readAuditFile(path: string): Extract<AuditFileResult, { ok: true }> {
  const text = readAuditText(path);
  const result = parseAuditFileText(text.replace(/^\uFEFF/, ''));
  if (!result.ok) throw new InputError(result.problems.map((p) => `${path}: ${p}`));
  return result;
}
