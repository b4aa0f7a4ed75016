import type Database from 'better-sqlite3';
import type { RevoteRound } from '../../../../shared/api/models.ts';
import { catalogOf } from '../../../../shared/instrument/catalog.ts';
import type { RoundItemFeedback, SeatAnswer } from '../../../../shared/room/protocol.ts';
import {
  roundFeedback,
  type RoundItemFeedback as ScoredFeedback,
} from '../../../../shared/scoring/feedback.ts';
import type { AuditRow } from '../../db/repositories/audits.ts';
import { answersBeforeRound } from '../../db/repositories/phone-round-responses.ts';
import { instrumentOf } from '../audit-detail.ts';

/**
 * The team's side of an open round's feedback (the previous round's counts per item), the same
 * for every seat, computed once per change of the audit rather than once per phone: opening a
 * round sends a snapshot to every phone at once, and 200 phones would read the answers 200 times.
 */
const teamCache = new WeakMap<
  Database.Database,
  { readonly key: string; readonly feedback: readonly ScoredFeedback[] }
>();

function teamFeedback(db: Database.Database, audit: AuditRow, round: RevoteRound): readonly ScoredFeedback[] {
  // Every change to the audit's answers or people moves updated_at (markAuditChanged).
  const key = JSON.stringify([audit.id, audit.updated_at, round.round, round.openedAt, round.items]);
  const cached = teamCache.get(db);
  if (cached?.key === key) return cached.feedback;
  const earlier = answersBeforeRound(db, audit.id, round.items, round.round);
  const feedback = roundFeedback(catalogOf(instrumentOf(audit)), earlier, '', round.round, round.items);
  teamCache.set(db, { key, feedback });
  return feedback;
}

/**
 * The Delphi feedback of an open round for one seat (shared/scoring/feedback.ts): the previous
 * round's counts, from the earlier rounds' answers only, so nobody's answer in the open round can
 * reach a phone; and the seat's own last answer before it, from the seat's own answers.
 */
export function seatRoundFeedback(
  db: Database.Database,
  audit: AuditRow,
  seatId: string,
  round: RevoteRound,
  own: readonly SeatAnswer[],
): RoundItemFeedback[] {
  const mine = roundFeedback(
    catalogOf(instrumentOf(audit)),
    own.filter((a) => a.round < round.round).map((a) => ({ participant: seatId, ...a })),
    seatId,
    round.round,
    round.items,
  );
  return teamFeedback(db, audit, round).map((team) => ({
    item: team.item,
    previousRound: team.previousRound,
    counts: team.previous?.counts ?? [],
    notSure: team.previous?.unsure ?? 0,
    ownPrevious: mine.find((m) => m.item === team.item)?.ownPrevious ?? null,
  }));
}
