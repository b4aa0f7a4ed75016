import { readFileSync } from 'node:fs';
import { parseAuditFileText, type AuditFileResult } from '../../shared/audit-file/validate.ts';
import { InputError } from './io.ts';

/** Reads and validates an audit file from disk, or throws an InputError naming every problem. */
export function readAuditFile(path: string): Extract<AuditFileResult, { ok: true }> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? error);
    throw new InputError([`${path}: cannot read the file (${reason})`]);
  }
  const result = parseAuditFileText(text.replace(/^\uFEFF/, ''));
  if (!result.ok) throw new InputError(result.problems.map((p) => `${path}: ${p}`));
  return result;
}
