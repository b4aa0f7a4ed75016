import type { Scale } from '../instrument/types.ts';

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
  responses: readonly {
    readonly participant: string;
    readonly item: string;
    readonly value: number | null;
  }[],
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
    else if (r.value >= scale.min && r.value <= scale.max) counts[r.value - scale.min]! += 1;
  }
  return { counts, unsure, byParticipant };
}
