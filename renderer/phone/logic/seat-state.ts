import type { OpenItem, SeatAnswer, SeatSnapshot } from '../../../shared/room/protocol.ts';
import { answerKey, type AnswerKey } from './answer-key.ts';
import { enqueue, keyOf, type Pending, type PendingChange } from './pending.ts';

/**
 * What the phone knows of its seat: what the laptop has committed (from the last snapshot and
 * the acknowledgements since) and what it has not acknowledged yet (the queue). An answer is
 * shown as saved only while it is committed and nothing newer is queued over it.
 */
export type SeatState = {
  readonly confirmed: ReadonlyMap<AnswerKey, SeatAnswer>;
  readonly pending: Pending;
};

export const emptySeat = (pending: Pending = new Map()): SeatState => ({ confirmed: new Map(), pending });

/** The outcome of a snapshot: the new state, and the queued changes that can no longer be sent. */
export type Merged = {
  readonly state: SeatState;
  /** Queued for an item or round that is no longer open (the reveal started, the round closed). */
  readonly dropped: readonly PendingChange[];
};

/**
 * A snapshot replaces everything the phone believed was committed. A queued change stays
 * queued (to be resent) while it is newer than what the snapshot holds for its item and the
 * item is still open; one the snapshot already has (same or higher seq) is settled; one for an
 * item no longer open, or after scoring ended, is dropped and reported.
 */
export function applySnapshot(state: SeatState, snapshot: SeatSnapshot): Merged {
  const confirmed = new Map(snapshot.answers.map((a) => [answerKey(a.item, a.round), a] as const));
  const open = new Set(snapshot.items.map((i: OpenItem) => answerKey(i.id, i.round)));
  const pending = new Map<AnswerKey, PendingChange>();
  const dropped: PendingChange[] = [];
  for (const [key, change] of state.pending) {
    const committedSeq = confirmed.get(key)?.seq ?? 0;
    if (change.seq <= committedSeq) continue;
    if (snapshot.phase !== 'scoring' || !open.has(key)) dropped.push(change);
    else pending.set(key, change);
  }
  return { state: { confirmed, pending }, dropped };
}

/** A change made on this phone: queued until the laptop acknowledges it. */
export function recordChange(state: SeatState, change: PendingChange): SeatState {
  return { ...state, pending: enqueue(state.pending, change) };
}

/**
 * The laptop committed the change with this seq. Only an acknowledgement of the queued change
 * itself settles it: an older change's acknowledgement says nothing about the newer one.
 */
export function applyAck(state: SeatState, ack: { seq: number; item: string; round: number }): SeatState {
  const key = keyOf(ack);
  const change = state.pending.get(key);
  if (!change || change.seq !== ack.seq) return state;
  const pending = new Map(state.pending);
  pending.delete(key);
  const confirmed = new Map(state.confirmed);
  if (change.kind === 'answer') {
    const { item, round, value, note, seq } = change;
    confirmed.set(key, { item, round, value, note, seq });
  } else confirmed.delete(key);
  return { confirmed, pending };
}

/**
 * The laptop did not take the change: it leaves the queue (sending it again would be refused
 * again) and the committed answer, if any, shows again. Returns null when the refusal is not
 * about the queued change (an older seq), which leaves the state as it was.
 */
export function applyRefused(
  state: SeatState,
  refused: { seq: number; item: string; round: number },
): SeatState | null {
  const key = keyOf(refused);
  const change = state.pending.get(key);
  if (!change || change.seq !== refused.seq) return null;
  const pending = new Map(state.pending);
  pending.delete(key);
  return { ...state, pending };
}

/** The highest seq the phone has seen for this seat: the seq counter is raised to it. */
export function highestSeq(state: SeatState): number {
  let highest = 0;
  for (const a of state.confirmed.values()) highest = Math.max(highest, a.seq);
  for (const c of state.pending.values()) highest = Math.max(highest, c.seq);
  return highest;
}

/** An item's answer as the phone shows it. */
export type ShownAnswer = {
  readonly value: number | null;
  readonly note: string;
  /** Committed on the laptop, nothing newer queued: the tick. */
  readonly saved: boolean;
};

/** The answer shown for an item and round: the queued one if any, else the committed one; undefined when unanswered. */
export function shownAnswer(state: SeatState, item: string, round: number): ShownAnswer | undefined {
  const key = answerKey(item, round);
  const change = state.pending.get(key);
  if (change)
    return change.kind === 'answer' ? { value: change.value, note: change.note, saved: false } : undefined;
  const committed = state.confirmed.get(key);
  return committed ? { value: committed.value, note: committed.note, saved: true } : undefined;
}
