import { describe, expect, it } from 'vitest';
import type { SeatAnswer, SeatSnapshot } from '../../../shared/room/protocol.ts';
import type { PendingChange } from '../../../renderer/phone/logic/pending.ts';
import {
  applyAck,
  applyRefused,
  applySnapshot,
  emptySeat,
  highestSeq,
  recordChange,
  shownAnswer,
  type SeatState,
} from '../../../renderer/phone/logic/seat-state.ts';

const answer = (seq: number, item: string, value: number | null, note = ''): PendingChange => ({
  kind: 'answer',
  seq,
  item,
  round: 1,
  value,
  note,
});
const committed = (seq: number, item: string, value: number | null, note = ''): SeatAnswer => ({
  item,
  round: 1,
  value,
  note,
  seq,
});
const snapshot = (
  answers: SeatAnswer[],
  open = ['a', 'b', 'c', 'd'],
  phase: SeatSnapshot['phase'] = 'scoring',
) =>
  ({
    type: 'snapshot',
    audit: { title: 'Offsite', organization: 'Acme', instrument: { id: 'reality-check', version: '1.0.0' } },
    seat: { id: 'p1', label: 'Ben' },
    phase,
    items: open.map((id) => ({ id, round: 1 })),
    answers,
    round: null,
    closedRound: null,
  }) satisfies SeatSnapshot;

const record = (state: SeatState, ...changes: PendingChange[]) => changes.reduce(recordChange, state);

describe('the seat’s state on the phone', () => {
  it('shows an answer as saved only after the acknowledgement of its own seq', () => {
    let state = record(emptySeat(), answer(1, 'a', 4));
    expect(shownAnswer(state, 'a', 1)).toEqual({ value: 4, note: '', saved: false });
    state = applyAck(state, { seq: 1, item: 'a', round: 1 });
    expect(shownAnswer(state, 'a', 1)).toEqual({ value: 4, note: '', saved: true });
    expect(state.pending.size).toBe(0);
  });

  it('keeps a newer answer waiting when the acknowledgement is for an older one', () => {
    let state = record(emptySeat(), answer(1, 'a', 4), answer(2, 'a', 2));
    state = applyAck(state, { seq: 1, item: 'a', round: 1 });
    expect(shownAnswer(state, 'a', 1)).toEqual({ value: 2, note: '', saved: false });
    state = applyAck(state, { seq: 2, item: 'a', round: 1 });
    expect(shownAnswer(state, 'a', 1)?.saved).toBe(true);
  });

  it('ignores an acknowledgement for another item or round with the same seq', () => {
    const state = record(emptySeat(), answer(3, 'a', 4));
    expect(applyAck(state, { seq: 3, item: 'b', round: 1 })).toBe(state);
    expect(applyAck(state, { seq: 3, item: 'a', round: 2 })).toBe(state);
  });

  it('replaces what it believed committed with the snapshot, and keeps newer changes queued to resend', () => {
    // Offline: b and c answered; the server had a (seq 1) and, from an earlier socket, b at seq 2.
    let state = record(emptySeat(), answer(2, 'b', 3), answer(4, 'b', 5), answer(5, 'c', null, 'unsure'));
    const merged = applySnapshot(state, snapshot([committed(1, 'a', 2), committed(2, 'b', 3)]));
    state = merged.state;
    expect(merged.dropped).toEqual([]);
    expect([...state.pending.values()]).toEqual([answer(4, 'b', 5), answer(5, 'c', null, 'unsure')]);
    expect(shownAnswer(state, 'a', 1)).toEqual({ value: 2, note: '', saved: true });
    expect(shownAnswer(state, 'b', 1)).toEqual({ value: 5, note: '', saved: false });
    expect(shownAnswer(state, 'c', 1)).toEqual({ value: null, note: 'unsure', saved: false });
    expect(shownAnswer(state, 'd', 1)).toBeUndefined();
  });

  it('settles a queued change the snapshot already has (its ack was lost with the socket)', () => {
    const state = record(emptySeat(), answer(7, 'a', 4));
    const { state: merged } = applySnapshot(state, snapshot([committed(7, 'a', 4)]));
    expect(merged.pending.size).toBe(0);
    expect(shownAnswer(merged, 'a', 1)?.saved).toBe(true);
  });

  it('forgets answers the snapshot no longer has (cleared in the app) unless a newer change is queued', () => {
    let state = applySnapshot(emptySeat(), snapshot([committed(1, 'a', 4), committed(2, 'b', 1)])).state;
    state = record(state, answer(3, 'b', 2));
    state = applySnapshot(state, snapshot([])).state;
    expect(shownAnswer(state, 'a', 1)).toBeUndefined();
    expect(shownAnswer(state, 'b', 1)).toEqual({ value: 2, note: '', saved: false });
  });

  it('keeps a change over an answer the facilitator entered in the app (seq 0)', () => {
    const state = record(emptySeat(), answer(1, 'a', 4));
    const { state: merged } = applySnapshot(state, snapshot([committed(0, 'a', 1)]));
    expect(shownAnswer(merged, 'a', 1)).toEqual({ value: 4, note: '', saved: false });
  });

  it('drops and reports queued changes for items no longer open, or once scoring has ended', () => {
    const state = record(emptySeat(), answer(1, 'a', 4), answer(2, 'd', 1));
    const closedRound = applySnapshot(state, snapshot([], ['a', 'b']));
    expect(closedRound.dropped).toEqual([answer(2, 'd', 1)]);
    expect([...closedRound.state.pending.values()]).toEqual([answer(1, 'a', 4)]);
    const revealed = applySnapshot(state, snapshot([], ['a', 'b', 'c', 'd'], 'revealed'));
    expect(revealed.dropped).toHaveLength(2);
    expect(revealed.state.pending.size).toBe(0);
  });

  it('takes a refused change out of the queue and shows the committed answer again', () => {
    let state = applySnapshot(emptySeat(), snapshot([committed(1, 'a', 2)])).state;
    state = record(state, answer(2, 'a', 5));
    expect(applyRefused(state, { seq: 1, item: 'a', round: 1 })).toBeNull();
    const next = applyRefused(state, { seq: 2, item: 'a', round: 1 })!;
    expect(next.pending.size).toBe(0);
    expect(shownAnswer(next, 'a', 1)).toEqual({ value: 2, note: '', saved: true });
  });

  it('clears: unanswered at once, committed as cleared on its acknowledgement', () => {
    let state = applySnapshot(emptySeat(), snapshot([committed(1, 'a', 2)])).state;
    state = record(state, { kind: 'clear', seq: 2, item: 'a', round: 1 });
    expect(shownAnswer(state, 'a', 1)).toBeUndefined();
    state = applyAck(state, { seq: 2, item: 'a', round: 1 });
    expect(state.confirmed.size).toBe(0);
    expect(state.pending.size).toBe(0);
  });

  it('knows the highest seq of the seat, committed or queued, to raise the counter to', () => {
    const state = applySnapshot(emptySeat(), snapshot([committed(12, 'a', 2), committed(3, 'b', 1)])).state;
    expect(highestSeq(state)).toBe(12);
    expect(highestSeq(record(state, answer(20, 'c', 1)))).toBe(20);
    expect(highestSeq(emptySeat())).toBe(0);
  });

  it('keeps round 2 apart from round 1 of the same item', () => {
    const state = record(emptySeat(), { ...answer(1, 'a', 4), round: 2 });
    const { state: merged } = applySnapshot(state, {
      ...snapshot([committed(0, 'a', 1)]),
      items: [{ id: 'a', round: 2 }],
    });
    expect(shownAnswer(merged, 'a', 1)).toEqual({ value: 1, note: '', saved: true });
    expect(shownAnswer(merged, 'a', 2)).toEqual({ value: 4, note: '', saved: false });
  });
});
