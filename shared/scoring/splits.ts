import type { ItemResult } from './results.ts';

/**
 * The order the team talks items through in the reveal: the statements that split it first,
 * then the widest spread of answers (standard deviation; items without one last), and
 * otherwise the order given (the instrument's). One rule for the reveal's overview and its
 * spotlight, so both show the same item fourth.
 */
export function splitsFirst<T>(entries: readonly T[], resultOf: (entry: T) => ItemResult | undefined): T[] {
  // Array.prototype.sort is stable: ties keep the order given.
  return [...entries].sort((a, b) => {
    const ra = resultOf(a);
    const rb = resultOf(b);
    return (
      Number(rb?.misaligned === true) - Number(ra?.misaligned === true) || (rb?.sd ?? -1) - (ra?.sd ?? -1)
    );
  });
}

/**
 * Only the statements that split the team (misaligned ones), in the same order: the widest
 * spread first, ties in the order given. What the report lists as where the team disagrees most.
 */
export function splitsOnly<T>(entries: readonly T[], resultOf: (entry: T) => ItemResult | undefined): T[] {
  return splitsFirst(
    entries.filter((entry) => resultOf(entry)?.misaligned === true),
    resultOf,
  );
}
