import { z } from 'zod';
import { id, note, scaleValue } from '../../audit-file/fields.ts';
import { MAX_ROUND_NUMBER } from '../../audit-file/schema.ts';
import { MAX_ITEM_ENTRIES } from '../../limits.ts';
import type { RoundItemFeedback } from '../../scoring/feedback.ts';
import type { RevoteRound, RoundResponse } from '../models.ts';
import { auditEdit, auditId, method } from './declare.ts';

/** What the reveal shows of the re-vote rounds, and what opening the next one would offer. */
export type RoundsOverview = {
  /** The re-vote rounds (2, 3, …) in round order. */
  readonly rounds: readonly RevoteRound[];
  /** The open round's number; null when none is open. */
  readonly open: number | null;
  /**
   * The next round and the items preselected for it (the last round's items still misaligned,
   * from shared/scoring); null when no round can be opened now: before the reveal, while a
   * round is open, after the last round allowed, or while the audit is in the trash.
   */
  readonly next: { readonly round: number; readonly suggested: readonly string[] } | null;
};

/** What one participant sees while re-voting: each item of the round with the Delphi feedback. */
export type RoundFeedback = {
  readonly round: number;
  /** Whether the round still takes answers. */
  readonly open: boolean;
  readonly participant: string;
  readonly items: readonly (RoundItemFeedback & {
    /** The participant's answer in this round so far; null when they have not answered it. */
    readonly own: { readonly value: number | null; readonly note: string } | null;
  })[];
};

/** A re-vote round's number: 2 or more (round 1 is the blind scoring, in responses.*). */
const round = z
  .int('must be a whole number')
  .min(2, 'must be 2 or more (round 1 is the blind scoring)')
  .max(MAX_ROUND_NUMBER, `must be at most ${MAX_ROUND_NUMBER}`);

/**
 * Re-vote rounds (docs/spec/scoring.md, "Re-vote rounds"): after the reveal the facilitator opens a
 * round on chosen items; participants answer them again, blind, seeing the previous round's
 * distribution and their own previous answer; closing the round locks its answers. Earlier
 * rounds are never changed.
 */
export const roundMethods = {
  /** The rounds, the open one, and the next round's suggested items. */
  'rounds.list': method<RoundsOverview>()(auditId.strict()),
  /** Opens the next round on these items (after the reveal, when no round is open). */
  'rounds.open': auditEdit<RevoteRound>()(
    auditId
      .extend({ itemIds: z.array(id).min(1, 'must name at least one item').max(MAX_ITEM_ENTRIES) })
      .strict(),
  ),
  /** Closes a round: its answers are locked from then on. Closing a closed round changes nothing. */
  'rounds.close': auditEdit<RevoteRound>()(auditId.extend({ round }).strict()),
  /** Takes back a round opened by mistake: only while it is open and nobody has answered in it. */
  'rounds.cancel': auditEdit<{ round: number }>()(auditId.extend({ round }).strict()),
  /** Saves one answer in the open round, to one of its items; a note is kept unless a new one is given. */
  'rounds.saveResponse': auditEdit<RoundResponse>()(
    auditId
      .extend({ round, participantId: id, itemId: id, value: scaleValue.nullable(), note: note.optional() })
      .strict(),
  ),
  /** Takes back an answer in the open round. */
  'rounds.clearResponse': auditEdit<{ cleared: boolean }>()(
    auditId.extend({ round, participantId: id, itemId: id }).strict(),
  ),
  /** One participant's view of a round (the open one unless `round` is given): previous distribution and own answers. */
  'rounds.feedback': method<RoundFeedback>()(
    auditId.extend({ participantId: id, round: round.optional() }).strict(),
  ),
};
