import { createHash, randomUUID } from 'node:crypto';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { MergedResponses, Participant, Response } from '../../../shared/api/models.ts';
import { formatCount, MAX_PARTICIPANTS } from '../../../shared/limits.ts';
import type { ResponseFile } from '../../../shared/response-file/schema.ts';
import { parseResponseFileText } from '../../../shared/response-file/validate.ts';
import { markAuditChanged } from '../db/repositories/audits.ts';
import { mergedFileParticipant, recordMergedFile } from '../db/repositories/merged-files.ts';
import {
  countParticipants,
  getParticipant,
  insertParticipant,
  nextParticipantCode,
} from '../db/repositories/participants.ts';
import { countAnswersOf, upsertResponse } from '../db/repositories/responses.ts';
import { listGroups } from '../db/repositories/role-groups.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { instrumentOf, requireLiveAudit } from './audit-detail.ts';
import { ConflictError, InvalidRequestError } from './errors.ts';

/**
 * What makes two response files the same file: their content as validated (so spacing, key
 * order or a byte-order mark make no difference), hashed.
 */
function digestOf(file: ResponseFile): string {
  return createHash('sha256').update(JSON.stringify(file)).digest('hex');
}

/**
 * Merges one person's answers from a response file (docs/spec/interfaces.md, "The response file")
 * into an audit, in one transaction, all or nothing:
 * - the file must be for this audit and its instrument version, every answer on its item's
 *   scale, its group one of the audit's (shared/response-file);
 * - a file made for a seat (`participant.seat`: the id of a participant of the roster) fills
 *   that seat, which keeps its name, role and group, and only while it has no answers;
 * - any other file adds a participant with the file's name (or "Pre-work" and their code),
 *   role and group;
 * - the same file merged again changes nothing and says so;
 * - blind answers join only before the reveal, like every other blind answer.
 * No message names a participant: a seat is named by its code.
 */
export function mergeResponseFile(storage: Storage, args: MethodArgs<'files.merge'>): MergedResponses {
  const db = storage.db;
  return writeTransaction(storage, () => {
    const audit = requireLiveAudit(db, args.auditId);
    const parsed = parseResponseFileText(args.text.replace(/^\uFEFF/, ''), {
      auditId: audit.id,
      instrument: instrumentOf(audit),
      groups: listGroups(db, audit.id).map((g) => g.id),
    });
    if (!parsed.ok) throw new InvalidRequestError(parsed.problems);
    const file = parsed.file;
    const digest = digestOf(file);
    const already = mergedFileParticipant(db, audit.id, digest);
    const earlier = already === undefined ? undefined : getParticipant(db, audit.id, already);
    if (earlier)
      return {
        status: 'unchanged',
        seat: file.participant.seat !== undefined,
        participant: earlier,
        responses: [],
      };

    if (audit.revealed_at !== null) {
      throw new ConflictError(
        `The reveal of "${audit.title}" has started, so these answers can no longer join the blind scoring; nothing was merged.`,
      );
    }
    if (file.responses.length === 0) {
      throw new InvalidRequestError(['responses: the file holds no answers, so nothing was merged']);
    }

    let participant: Participant;
    const seat = file.participant.seat;
    if (seat !== undefined) {
      const found = getParticipant(db, audit.id, seat);
      if (!found) {
        throw new InvalidRequestError([
          'participant.seat: the form was made for a seat this audit does not have (any more); nothing was merged',
        ]);
      }
      const answered = countAnswersOf(db, audit.id, seat);
      if (answered > 0) {
        throw new ConflictError(
          `The seat ${found.code} has ${formatCount(answered)} answer${answered === 1 ? '' : 's'} already, so this form cannot fill it; nothing was merged.`,
        );
      }
      participant = found;
    } else {
      if (countParticipants(db, audit.id) >= MAX_PARTICIPANTS) {
        throw new ConflictError(
          `An audit has at most ${formatCount(MAX_PARTICIPANTS)} participants; remove one before merging another.`,
        );
      }
      const code = nextParticipantCode(db, audit.id);
      participant = {
        id: randomUUID(),
        name: file.participant.name ?? `Pre-work ${code}`,
        role: file.participant.role ?? '',
        code,
        group: file.participant.group ?? '',
      };
      insertParticipant(db, audit.id, participant);
    }

    const now = storage.clock().toISOString();
    const responses: Response[] = file.responses.map((r) => ({
      participant: participant.id,
      item: r.item,
      value: r.value,
      note: r.note ?? '',
      updatedAt: now,
    }));
    for (const response of responses) upsertResponse(db, audit.id, response);
    recordMergedFile(db, audit.id, digest, participant.id, now);
    markAuditChanged(db, audit.id, now);
    return { status: 'merged', seat: seat !== undefined, participant, responses };
  });
}
