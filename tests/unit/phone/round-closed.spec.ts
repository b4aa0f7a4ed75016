import { describe, expect, it } from 'vitest';
import { roundClosedAfter } from '../../../renderer/phone/logic/round-closed.ts';
import type { SeatSnapshot } from '../../../shared/room/protocol.ts';

const snapshot = (fields: Partial<SeatSnapshot>): SeatSnapshot => ({
  type: 'snapshot',
  audit: { title: 'Offsite', organization: 'Acme', instrument: { id: 'reality-check', version: '1.0.0' } },
  seat: { id: 'p1', label: 'Ben' },
  phase: 'revealed',
  items: [],
  answers: [],
  round: null,
  closedRound: null,
  ...fields,
});
const inRound = (number: number, closedRound: number | null = null) =>
  snapshot({
    phase: 'scoring',
    items: [{ id: 'a', round: number }],
    round: { number, feedback: [] },
    closedRound,
  });

describe('the thank-you after a re-vote round', () => {
  it('shows when the round this phone was in closes', () => {
    expect(roundClosedAfter(inRound(2), snapshot({ closedRound: 2 }), null)).toBe(2);
    expect(roundClosedAfter(inRound(3, 2), snapshot({ closedRound: 3 }), null)).toBe(3);
  });

  it('does not show for a cancelled round, nor for a phone that was not in the round', () => {
    // Cancelled: the round is gone, the last closed round is the one before.
    expect(roundClosedAfter(inRound(3, 2), snapshot({ closedRound: 2 }), null)).toBeNull();
    // A phone that connects after the close never saw the round open.
    expect(roundClosedAfter(null, snapshot({ closedRound: 2 }), null)).toBeNull();
    expect(roundClosedAfter(snapshot({}), snapshot({ closedRound: 2 }), null)).toBeNull();
  });

  it('stays through later snapshots until put away, and goes when a new round opens', () => {
    expect(roundClosedAfter(snapshot({ closedRound: 2 }), snapshot({ closedRound: 2 }), 2)).toBe(2);
    expect(roundClosedAfter(snapshot({ closedRound: 2 }), inRound(3, 2), 2)).toBeNull();
  });
});
