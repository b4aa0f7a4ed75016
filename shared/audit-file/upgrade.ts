import type { z } from 'zod';
import { auditFileV1Schema } from './schema.ts';

/** Lifts a file of one older format to the next, or says what is wrong with it in its own format. */
export type Upgrader = (
  file: Record<string, unknown>,
) =>
  | { readonly ok: true; readonly file: Record<string, unknown> }
  | { readonly ok: false; readonly issues: readonly z.core.$ZodIssue[] };

/** An upgrader that first checks the file against its own format's schema, so old files are checked as they always were. */
function checkedUpgrade<T>(schema: z.ZodType<T>, upgrade: (file: T) => Record<string, unknown>): Upgrader {
  return (file) => {
    const parsed = schema.safeParse(file);
    return parsed.success
      ? { ok: true, file: upgrade(parsed.data) }
      : { ok: false, issues: parsed.error.issues };
  };
}

/**
 * Upgraders from older audit file formats, keyed by the version they read; old files keep opening.
 *
 * Format 1 to 2 (docs/spec/interfaces.md, "Format version 2"): every answer is a round-1 answer (a
 * response without `round`) and the audit has no groups. Unknown top-level fields, which
 * format 1 ignores, are dropped by the format-1 schema, so an old file's stray `groups`
 * never becomes groups.
 */
export const upgraders: Readonly<Record<number, Upgrader>> = {
  1: checkedUpgrade(auditFileV1Schema, (file) => ({ ...file, formatVersion: 2 })),
};
