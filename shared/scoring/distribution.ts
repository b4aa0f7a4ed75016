import type { Catalog } from '../instrument/catalog.ts';
import { isOnScale } from '../instrument/scales.ts';
import type { Scale } from '../instrument/types.ts';
import type { ScoredResponse } from './inputs.ts';

/** How many people gave each answer to one item, for the reveal and the report. */
export type Distribution = {
  /** counts[i] is the number of answers with value scale.min + i. */
  readonly counts: readonly number[];
  readonly unsure: number;
  /** Who gave which answer, in the order given; the caller decides whether names are shown. */
  readonly byParticipant: readonly { readonly participant: string; readonly value: number | null }[];
};

/** Counts the answers to one item on its scale. */
export function answerDistribution(
  responses: readonly Pick<ScoredResponse, 'participant' | 'item' | 'value'>[],
  itemId: string,
  scale: Scale,
): Distribution {
  const counts = Array.from({ length: scale.max - scale.min + 1 }, () => 0);
  let unsure = 0;
  const byParticipant: { participant: string; value: number | null }[] = [];
  for (const r of responses) {
    if (r.item !== itemId) continue;
    byParticipant.push({ participant: r.participant, value: r.value });
    if (r.value === null) unsure++;
    else if (isOnScale(scale, r.value)) counts[r.value - scale.min]! += 1;
  }
  return { counts, unsure, byParticipant };
}

/** How many people gave each answer to one item, without who: what the report prints. */
export type AnswerCounts = Omit<Distribution, 'byParticipant'>;

/**
 * The answer counts of every item of the catalog, in one pass over the answers: the report
 * needs them all, and one pass per item read each answer 65 times. Answers to items outside
 * the catalog are left out, as the validator refuses them.
 */
export function answerCounts(
  responses: readonly Pick<ScoredResponse, 'item' | 'value'>[],
  catalog: Catalog,
): ReadonlyMap<string, AnswerCounts> {
  const all = new Map<string, { scale: Scale; counts: number[]; unsure: number }>();
  for (const item of catalog.values()) {
    const { scale } = item;
    all.set(item.id, {
      scale,
      counts: Array.from({ length: scale.max - scale.min + 1 }, () => 0),
      unsure: 0,
    });
  }
  for (const r of responses) {
    const own = all.get(r.item);
    if (!own) continue;
    if (r.value === null) own.unsure++;
    else if (isOnScale(own.scale, r.value)) own.counts[r.value - own.scale.min]! += 1;
  }
  return new Map([...all].map(([id, { counts, unsure }]) => [id, { counts, unsure }]));
}
