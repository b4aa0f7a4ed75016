import type { AuditFile } from './schema.ts';

/** Writes an audit file as UTF-8 JSON text, pretty-printed so a person can read and diff it. */
export function serializeAuditFile(file: AuditFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}
