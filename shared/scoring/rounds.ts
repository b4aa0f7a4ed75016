/**
 * Re-vote rounds (docs/spec/scoring.md, "Re-vote rounds"): every answer carries a round, absent
 * meaning 1, and each item is scored from its final round only.
 */

type Answer = { readonly item: string; readonly round?: number };

/** The round an answer was given in; answers without one belong to the first round. */
export function roundOf(answer: Answer): number {
  return answer.round ?? 1;
}

/** The final round of each answered item: the highest round with at least one answer (a value or Not sure). */
export function finalRounds(answers: readonly Answer[]): Map<string, number> {
  const final = new Map<string, number>();
  for (const answer of answers) {
    const round = roundOf(answer);
    if (round > (final.get(answer.item) ?? 0)) final.set(answer.item, round);
  }
  return final;
}

/** Only the answers given in their item's final round, in the order given. */
export function finalRoundAnswers<A extends Answer>(answers: readonly A[]): readonly A[] {
  // Most audits have one round: then every answer is a final-round answer.
  if (answers.every((answer) => roundOf(answer) === 1)) return answers;
  const final = finalRounds(answers);
  return answers.filter((answer) => roundOf(answer) === final.get(answer.item));
}

/**
 * The items offered for the next re-vote round (docs/spec/scoring.md, "Re-vote rounds": typically
 * the misaligned ones): the statements still misaligned among the last round's items (every
 * item when no re-vote round has been opened yet), in instrument order. `items` are the
 * results' items, which already use each item's final round.
 */
export function revoteSuggestion(
  items: readonly { readonly id: string; readonly misaligned: boolean }[],
  lastRoundItems: readonly string[] | null,
): string[] {
  const inLastRound = lastRoundItems === null ? null : new Set(lastRoundItems);
  return items
    .filter((i) => i.misaligned && (inLastRound === null || inLastRound.has(i.id)))
    .map((i) => i.id);
}

/**
 * The round whose answers a participant sees again when re-voting `item` in `round` (Delphi
 * feedback): the latest earlier round with at least one answer to it, or null when none has.
 */
export function previousRoundOf(answers: readonly Answer[], item: string, round: number): number | null {
  let previous: number | null = null;
  for (const answer of answers) {
    if (answer.item !== item) continue;
    const own = roundOf(answer);
    if (own < round && (previous === null || own > previous)) previous = own;
  }
  return previous;
}
