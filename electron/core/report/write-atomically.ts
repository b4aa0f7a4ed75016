import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/*
 * Apart from write-report.ts so the desktop shell can save a made file without loading pdfkit
 * at start.
 */

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
  /** Why, without the path or the system's own message (which quote the path, maybe a name). */
  readonly plainReason: string;
  constructor(outPath: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const reason = (code && REASONS[code]) ?? (cause instanceof Error ? cause.message : String(cause));
    super(`cannot write the report to ${outPath}: ${reason}`, { cause });
    this.name = 'ReportWriteError';
    this.path = outPath;
    this.code = code;
    this.plainReason = (code && REASONS[code]) ?? `the system refused it${code ? ` (${code})` : ''}`;
  }
}

/**
 * Saves bytes at `outPath` atomically: they go to a temporary file in the same folder, are
 * flushed to disk, and only then renamed over the target. A failure at any point leaves no
 * half-written file behind (and an existing file untouched).
 */
export async function writeAtomically(outPath: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(outPath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new ReportWriteError(outPath, error);
  }
}
