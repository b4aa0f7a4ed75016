import type { Catalog } from '../instrument/catalog.ts';
import { answerDistribution, type AnswerCounts } from './distribution.ts';
import type { ScoredResponse } from './inputs.ts';
import { previousRoundOf, roundOf } from './rounds.ts';

/**
 * What one participant sees of an item when re-voting it (docs/spec/scoring.md, "Re-vote rounds"):
 * the previous round's distribution, as counts only (never who gave which answer), and their
 * own answer in that round.
 */
export type RoundItemFeedback = {
  readonly item: string;
  /** The latest earlier round with answers to the item; null when nobody answered it before. */
  readonly previousRound: number | null;
  /** How the team answered in that round; null with no previous round. */
  readonly previous: AnswerCounts | null;
  /**
   * The participant's own latest answer before this round and the round it was given in
   * (value null: Not sure); null when they never answered the item before. Usually the
   * previous round; an earlier one when they did not answer that.
   */
  readonly ownPrevious: { readonly round: number; readonly value: number | null } | null;
};

/** The Delphi feedback of each item of a re-vote round for one participant, in the round's order. */
export function roundFeedback(
  catalog: Catalog,
  responses: readonly ScoredResponse[],
  participant: string,
  round: number,
  items: readonly string[],
): RoundItemFeedback[] {
  return items.flatMap((item): RoundItemFeedback[] => {
    const entry = catalog.get(item);
    if (!entry) return [];
    const previousRound = previousRoundOf(responses, item, round);
    if (previousRound === null) return [{ item, previousRound, previous: null, ownPrevious: null }];
    const inRound = responses.filter((r) => r.item === item && roundOf(r) === previousRound);
    const { counts, unsure } = answerDistribution(inRound, item, entry.scale);
    let ownPrevious: RoundItemFeedback['ownPrevious'] = null;
    for (const r of responses) {
      const own = roundOf(r);
      if (r.item !== item || r.participant !== participant || own >= round) continue;
      if (ownPrevious === null || own > ownPrevious.round) ownPrevious = { round: own, value: r.value };
    }
    return [{ item, previousRound, previous: { counts, unsure }, ownPrevious }];
  });
}
