import { ROOM_MAX_NOTE, ROOM_MAX_SEQ } from '../../../shared/limits.ts';
import { readJson, type KeyValue } from './key-value.ts';
import { enqueue, inSendOrder, type Pending, type PendingChange } from './pending.ts';

/**
 * The offline queue as it is kept in localStorage, so that answers given without a connection
 * survive a reload, the browser being closed or the phone sleeping. It belongs to one device
 * token: a queue written for another device (an earlier room on the same address) is not this
 * seat's and is dropped, never sent.
 */
export const QUEUE_KEY = 'reality-check-phone:queue';

type Stored = { readonly deviceToken: string; readonly changes: readonly PendingChange[] };

/** The queue kept for `deviceToken`; empty when there is none, it is another device's, or it is damaged. */
export function loadQueue(store: KeyValue, deviceToken: string): Pending {
  const stored = readJson(store, QUEUE_KEY);
  if (!isRecord(stored) || stored.deviceToken !== deviceToken || !Array.isArray(stored.changes)) {
    return new Map();
  }
  let pending: Pending = new Map();
  for (const change of stored.changes as unknown[]) {
    if (isChange(change)) pending = enqueue(pending, change);
  }
  return pending;
}

/** Writes the queue (after every change to it, before the change is sent). */
export function saveQueue(store: KeyValue, deviceToken: string, pending: Pending): void {
  if (pending.size === 0) {
    store.removeItem(QUEUE_KEY);
    return;
  }
  const stored: Stored = { deviceToken, changes: inSendOrder(pending) };
  store.setItem(QUEUE_KEY, JSON.stringify(stored));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a stored change must look like to be sent again; anything else is left behind. */
function isChange(value: unknown): value is PendingChange {
  if (!isRecord(value)) return false;
  const { kind, seq, item, round } = value;
  const common =
    Number.isInteger(seq) &&
    (seq as number) >= 1 &&
    (seq as number) <= ROOM_MAX_SEQ &&
    typeof item === 'string' &&
    item.length > 0 &&
    Number.isInteger(round) &&
    (round as number) >= 1;
  if (!common) return false;
  if (kind === 'clear') return true;
  return (
    kind === 'answer' &&
    (value.value === null || Number.isInteger(value.value)) &&
    typeof value.note === 'string' &&
    value.note.length <= ROOM_MAX_NOTE
  );
}
