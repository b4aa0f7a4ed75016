import type Database from 'better-sqlite3';
import { prepared } from '../prepared.ts';

/** The participant a response file with this digest was merged into, if it was merged into the audit. */
export function mergedFileParticipant(
  db: Database.Database,
  auditId: string,
  digest: string,
): string | undefined {
  return prepared(db, 'SELECT participant_id FROM merged_response_files WHERE audit_id = ? AND digest = ?')
    .pluck()
    .get(auditId, digest) as string | undefined;
}

/** Records that a response file was merged, so merging it again changes nothing. */
export function recordMergedFile(
  db: Database.Database,
  auditId: string,
  digest: string,
  participantId: string,
  now: string,
): void {
  prepared(
    db,
    'INSERT INTO merged_response_files (audit_id, digest, participant_id, merged_at) VALUES (?, ?, ?, ?)',
  ).run(auditId, digest, participantId, now);
}
