import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { renderReport } from './render-report.ts';
import type { ReportInput, ReportOptions } from './types.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'that path is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EEXIST: 'a temporary file of the same name is in the way',
};

/** The report could not be saved; the message says where and why, in words a user can act on. */
export class ReportWriteError extends Error {
  readonly path: string;
  readonly code: string | undefined;
  constructor(outPath: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const reason = (code && REASONS[code]) ?? (cause instanceof Error ? cause.message : String(cause));
    super(`cannot write the report to ${outPath}: ${reason}`, { cause });
    this.name = 'ReportWriteError';
    this.path = outPath;
    this.code = code;
  }
}

/**
 * Renders the report and saves it at `outPath` atomically: the PDF goes to a temporary file
 * in the same folder, is flushed to disk, and only then renamed over the target. A failure
 * at any point leaves no half-written PDF behind (and an existing file untouched).
 * Returns the number of bytes written.
 */
export async function writeReport(
  input: ReportInput,
  options: ReportOptions,
  outPath: string,
): Promise<number> {
  const pdf = await renderReport(input, options);
  const target = path.resolve(outPath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(pdf);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new ReportWriteError(outPath, error);
  }
  return pdf.length;
}
