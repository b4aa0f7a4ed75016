import type { SeatSnapshot } from '../../../shared/room/protocol.ts';

/**
 * Whether to thank the person for a round after a new snapshot: the round this phone was in
 * has closed (not been cancelled: a cancelled round is never `closedRound`). A new round clears
 * the thank-you; anything else keeps what was shown.
 */
export function roundClosedAfter(
  before: SeatSnapshot | null,
  after: SeatSnapshot,
  shown: number | null,
): number | null {
  const was = before?.round?.number;
  if (after.round !== null) return null;
  if (was !== undefined && after.closedRound === was) return was;
  return shown;
}
