import { ROOM_MAX_SEQ } from '../../../shared/limits.ts';
import type { KeyValue } from './key-value.ts';

/**
 * The phone's own sequence numbers (shared/room/protocol.ts): every answer or clear gets the next
 * one, so the server keeps the newest of two answers to the same item and ignores a resend it
 * already has. The counter is kept in localStorage and written before the number is used, so a
 * reload, a crash or a second tab never hands out a number twice. It is never reset: a new
 * device token starts a new seat on the server, where any higher number is still newer.
 */
export const SEQ_KEY = 'reality-check-phone:seq';

function stored(store: KeyValue): number {
  const value = Number(store.getItem(SEQ_KEY));
  return Number.isInteger(value) && value >= 0 && value <= ROOM_MAX_SEQ ? value : 0;
}

/** The next sequence number, already counted. */
export function nextSeq(store: KeyValue): number {
  const next = Math.min(stored(store) + 1, ROOM_MAX_SEQ);
  store.setItem(SEQ_KEY, String(next));
  return next;
}

/**
 * Makes sure the next number is above `seen` (the highest the server reported for this seat):
 * if the counter was lost while the server kept the seat's answers, a new answer must still
 * count as newer than what the server has.
 */
export function raiseSeq(store: KeyValue, seen: number): void {
  if (seen > stored(store)) store.setItem(SEQ_KEY, String(Math.min(seen, ROOM_MAX_SEQ)));
}
