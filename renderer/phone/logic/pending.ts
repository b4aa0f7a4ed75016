import type { PhoneMessage } from '../../../shared/room/protocol.ts';
import { answerKey, type AnswerKey } from './answer-key.ts';

/**
 * A change the phone made that the laptop has not acknowledged yet: an answer (value null is
 * Not sure) or a clear. Only the newest change per item and round is kept: an older one that
 * was never acknowledged would be replaced on the server by the newer one anyway.
 */
export type PendingChange =
  | {
      readonly kind: 'answer';
      readonly seq: number;
      readonly item: string;
      readonly round: number;
      readonly value: number | null;
      readonly note: string;
    }
  | { readonly kind: 'clear'; readonly seq: number; readonly item: string; readonly round: number };

/** The queue: per item and round, the newest change not yet acknowledged. */
export type Pending = ReadonlyMap<AnswerKey, PendingChange>;

export const keyOf = (change: { readonly item: string; readonly round: number }): AnswerKey =>
  answerKey(change.item, change.round);

/** Adds a change; an older change to the same item and round gives way, a newer one already queued stays. */
export function enqueue(pending: Pending, change: PendingChange): Pending {
  const key = keyOf(change);
  const queued = pending.get(key);
  if (queued && queued.seq >= change.seq) return pending;
  return new Map(pending).set(key, change);
}

/** The message that sends a change. The note always travels, so clearing a note clears it on the laptop too. */
export function messageOf(change: PendingChange): PhoneMessage {
  const { seq, item, round } = change;
  return change.kind === 'answer'
    ? { type: 'answer', seq, item, round, value: change.value, note: change.note }
    : { type: 'clear', seq, item, round };
}

/** Every queued change, oldest first: the order they were made in, and the order they are resent. */
export function inSendOrder(pending: Pending): PendingChange[] {
  return [...pending.values()].sort((a, b) => a.seq - b.seq);
}
