import type Database from 'better-sqlite3';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { RoundFeedback, RoundsOverview } from '../../../shared/api/methods/rounds.ts';
import type { RevoteRound, RoundResponse } from '../../../shared/api/models.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { MAX_ROUND_NUMBER } from '../../../shared/audit-file/schema.ts';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { MAX_ROUNDS } from '../../../shared/limits.ts';
import { roundFeedback } from '../../../shared/scoring/feedback.ts';
import { revoteSuggestion } from '../../../shared/scoring/rounds.ts';
import { markAuditChanged, type AuditRow } from '../db/repositories/audits.ts';
import { getParticipant } from '../db/repositories/participants.ts';
import {
  countRoundResponses,
  deleteRoundResponse,
  getRoundResponse,
  upsertRoundResponse,
} from '../db/repositories/round-responses.ts';
import {
  closeRound,
  deleteRound,
  getRound,
  insertRound,
  latestRoundNumber,
  listRounds,
  openRoundNumber,
} from '../db/repositories/rounds.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { instrumentOf, loadAuditDetail, requireAudit, requireLiveAudit } from './audit-detail.ts';
import { auditToFile } from './audit-file-mapping.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from './errors.ts';
import { requireItem, requireOnScale } from './item-rules.ts';
import { scoreAuditOf } from './results.ts';

/** A re-vote round follows the reveal: the team re-scores what it has seen split it. */
function requireRevealed(audit: AuditRow): void {
  if (audit.revealed_at === null) {
    throw new ConflictError(
      `The reveal of "${audit.title}" has not started yet; a re-vote round comes after the reveal.`,
    );
  }
}

function requireRound(db: Database.Database, auditId: string, round: number): RevoteRound {
  const found = getRound(db, auditId, round);
  if (!found) throw new NotFoundError(`There is no re-vote round ${round} in this audit.`);
  return found;
}

/** The round if it still takes answers; a closed round's answers are locked. */
function requireOpenRound(db: Database.Database, auditId: string, round: number): RevoteRound {
  const found = requireRound(db, auditId, round);
  if (found.closedAt !== null) {
    throw new ConflictError(`Re-vote round ${round} is closed, so its answers are locked.`);
  }
  return found;
}

/** The item if the round re-votes it. */
function requireRoundItem(round: RevoteRound, itemId: string): void {
  if (!round.items.includes(itemId)) {
    throw new InvalidRequestError([`itemId: "${itemId}" is not re-voted in round ${round.round}`]);
  }
}

function requireParticipant(db: Database.Database, auditId: string, participantId: string): void {
  if (!getParticipant(db, auditId, participantId)) {
    throw new NotFoundError(`There is no participant ${participantId} in this audit.`);
  }
}

/**
 * The audit's re-vote rounds, the open one, and what the next would offer: the last round's
 * items still misaligned (every misaligned statement before the first re-vote), from the
 * results of shared/scoring.
 */
export function listRevoteRounds(storage: Storage, args: MethodArgs<'rounds.list'>): RoundsOverview {
  const db = storage.db;
  const audit = requireAudit(db, args.auditId);
  const rounds = listRounds(db, args.auditId);
  const open = rounds.find((r) => r.closedAt === null)?.round ?? null;
  const latest = rounds.at(-1);
  const nextRound = (latest?.round ?? 1) + 1;
  const canOpen =
    audit.deleted_at === null && audit.revealed_at !== null && open === null && nextRound <= MAX_ROUND_NUMBER;
  return {
    rounds,
    open,
    next: canOpen
      ? {
          round: nextRound,
          suggested: revoteSuggestion(scoreAuditOf(db, args.auditId).items, latest ? latest.items : null),
        }
      : null,
  };
}

/**
 * Opens the next re-vote round on the chosen items, in the order given: only after the
 * reveal, only when no round is open, and at most MAX_ROUNDS re-votes. Until someone answers
 * in it, the round changes no number (an item's final round is its highest answered one).
 */
export function openRevoteRound(storage: Storage, args: MethodArgs<'rounds.open'>): RevoteRound {
  const db = storage.db;
  return writeTransaction(storage, () => {
    const audit = requireLiveAudit(db, args.auditId);
    requireRevealed(audit);
    const open = openRoundNumber(db, args.auditId);
    if (open !== undefined) {
      throw new ConflictError(`Re-vote round ${open} is still open; close it before opening another.`);
    }
    const round = latestRoundNumber(db, args.auditId) + 1;
    if (round > MAX_ROUND_NUMBER) {
      throw new ConflictError(
        `An audit has at most ${MAX_ROUNDS} re-vote rounds; this one has had them all.`,
      );
    }
    const instrument = instrumentOf(audit);
    const problems: string[] = [];
    const seen = new Set<string>();
    args.itemIds.forEach((itemId, i) => {
      try {
        requireItem(instrument, itemId);
      } catch (error) {
        if (!(error instanceof InvalidRequestError)) throw error;
        problems.push(...error.problems.map((p) => p.replace(/^itemId:/, `itemIds[${i}]:`)));
      }
      if (seen.has(itemId)) problems.push(`itemIds[${i}]: "${itemId}" is listed twice`);
      seen.add(itemId);
    });
    if (problems.length > 0) throw new InvalidRequestError(problems);
    const now = storage.clock().toISOString();
    const opened: RevoteRound = { round, items: [...args.itemIds], openedAt: now, closedAt: null };
    insertRound(db, args.auditId, opened);
    markAuditChanged(db, args.auditId, now);
    return opened;
  });
}

/** Closes a re-vote round, locking its answers; a round already closed is returned as it is. */
export function closeRevoteRound(storage: Storage, args: MethodArgs<'rounds.close'>): RevoteRound {
  const db = storage.db;
  return writeTransaction(storage, () => {
    requireLiveAudit(db, args.auditId);
    const found = requireRound(db, args.auditId, args.round);
    if (found.closedAt !== null) return found;
    const now = storage.clock().toISOString();
    closeRound(db, args.auditId, args.round, now);
    markAuditChanged(db, args.auditId, now);
    return { ...found, closedAt: now };
  });
}

/** Takes back a round opened by mistake: it must be open and unanswered; the next round takes its number. */
export function cancelRevoteRound(storage: Storage, args: MethodArgs<'rounds.cancel'>): { round: number } {
  const db = storage.db;
  return writeTransaction(storage, () => {
    requireLiveAudit(db, args.auditId);
    requireOpenRound(db, args.auditId, args.round);
    const answers = countRoundResponses(db, args.auditId, args.round);
    if (answers > 0) {
      throw new ConflictError(
        `Re-vote round ${args.round} has ${answers} answer${answers === 1 ? '' : 's'} already; close it instead, so they are kept.`,
      );
    }
    deleteRound(db, args.auditId, args.round);
    markAuditChanged(db, args.auditId, storage.clock().toISOString());
    return { round: args.round };
  });
}

/**
 * Saves one answer in an open round, with responses.save's rules (a known participant, a value
 * on the item's scale or Not sure, the note kept unless a new one is given), to one of the
 * round's items; in its own transaction, returning after the commit.
 */
export function saveRoundResponse(storage: Storage, args: MethodArgs<'rounds.saveResponse'>): RoundResponse {
  const db = storage.db;
  return writeTransaction(storage, () => {
    const audit = requireLiveAudit(db, args.auditId);
    const round = requireOpenRound(db, args.auditId, args.round);
    requireParticipant(db, args.auditId, args.participantId);
    requireRoundItem(round, args.itemId);
    requireOnScale(requireItem(instrumentOf(audit), args.itemId), args.value, true);
    const now = storage.clock().toISOString();
    const earlier = getRoundResponse(db, args.auditId, args.participantId, args.itemId, args.round);
    const response: RoundResponse = {
      participant: args.participantId,
      item: args.itemId,
      round: args.round,
      value: args.value,
      note: args.note ?? earlier?.note ?? '',
      updatedAt: now,
    };
    upsertRoundResponse(db, args.auditId, response);
    markAuditChanged(db, args.auditId, now);
    return response;
  });
}

/** Takes back an answer in an open round, leaving the item unanswered in that round. */
export function clearRoundResponse(
  storage: Storage,
  args: MethodArgs<'rounds.clearResponse'>,
): { cleared: boolean } {
  const db = storage.db;
  return writeTransaction(storage, () => {
    requireLiveAudit(db, args.auditId);
    requireOpenRound(db, args.auditId, args.round);
    const cleared = deleteRoundResponse(db, args.auditId, args.participantId, args.itemId, args.round);
    if (cleared) markAuditChanged(db, args.auditId, storage.clock().toISOString());
    return { cleared };
  });
}

/**
 * What a participant sees while re-voting (Delphi feedback): for each item of the round, the
 * previous round's distribution as counts (never who gave which answer), their own answer
 * there, and their answer in this round so far. Nothing of anyone else's answers in this round.
 */
export function revoteFeedback(storage: Storage, args: MethodArgs<'rounds.feedback'>): RoundFeedback {
  const db = storage.db;
  const audit = requireAudit(db, args.auditId);
  const number = args.round ?? openRoundNumber(db, args.auditId);
  if (number === undefined) {
    throw new ConflictError(`No re-vote round of "${audit.title}" is open.`);
  }
  const round = requireRound(db, args.auditId, number);
  requireParticipant(db, args.auditId, args.participantId);
  const answers = answersOf(auditToFile(loadAuditDetail(db, args.auditId))).responses;
  const feedback = roundFeedback(
    catalogOf(instrumentOf(audit)),
    answers,
    args.participantId,
    round.round,
    round.items,
  );
  return {
    round: round.round,
    open: round.closedAt === null,
    participant: args.participantId,
    items: feedback.map((item) => {
      const own = getRoundResponse(db, args.auditId, args.participantId, item.item, round.round);
      return { ...item, own: own ? { value: own.value, note: own.note } : null };
    }),
  };
}
