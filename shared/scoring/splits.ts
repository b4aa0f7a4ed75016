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
