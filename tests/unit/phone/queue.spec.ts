import { describe, expect, it } from 'vitest';
import { phoneMessageSchema } from '../../../shared/room/protocol.ts';
import {
  enqueue,
  inSendOrder,
  messageOf,
  type Pending,
  type PendingChange,
} from '../../../renderer/phone/logic/pending.ts';
import { loadQueue, QUEUE_KEY, saveQueue } from '../../../renderer/phone/logic/saved-queue.ts';
import { memoryStore } from './memory-store.ts';

const DEVICE = 'device-token-aaaaaaaaaaaaaaaa';
const answer = (seq: number, item: string, value: number | null, round = 1, note = ''): PendingChange => ({
  kind: 'answer',
  seq,
  item,
  round,
  value,
  note,
});

describe('the offline queue', () => {
  it('keeps one change per item and round, the newest', () => {
    let pending: Pending = new Map();
    pending = enqueue(pending, answer(1, 'leadership-1', 2));
    pending = enqueue(pending, answer(2, 'leadership-2', 4));
    pending = enqueue(pending, answer(3, 'leadership-1', 5));
    pending = enqueue(pending, answer(4, 'leadership-1', 1, 2));
    expect(inSendOrder(pending)).toEqual([
      answer(2, 'leadership-2', 4),
      answer(3, 'leadership-1', 5),
      answer(4, 'leadership-1', 1, 2),
    ]);
  });

  it('does not let an older change replace a newer one (a late resend)', () => {
    const pending = enqueue(enqueue(new Map(), answer(9, 'metrics-1', 3)), answer(8, 'metrics-1', 1));
    expect(inSendOrder(pending)).toEqual([answer(9, 'metrics-1', 3)]);
  });

  it('sends changes as messages the server’s schema accepts, the note always with the answer', () => {
    const messages = [
      messageOf(answer(1, 'leadership-1', null, 1, 'Not my area')),
      messageOf(answer(2, 'leadership-2', 3)),
      messageOf({ kind: 'clear', seq: 3, item: 'leadership-3', round: 1 }),
    ];
    for (const m of messages) expect(phoneMessageSchema.safeParse(m).success).toBe(true);
    expect(messages[1]).toEqual({
      type: 'answer',
      seq: 2,
      item: 'leadership-2',
      round: 1,
      value: 3,
      note: '',
    });
    expect(messages[2]).toEqual({ type: 'clear', seq: 3, item: 'leadership-3', round: 1 });
  });

  it('survives a reload: what was saved is loaded for the same device, oldest first', () => {
    const store = memoryStore();
    let pending: Pending = new Map();
    pending = enqueue(pending, answer(5, 'listening-2', 4, 1, 'Ça suffit — 山田'));
    pending = enqueue(pending, answer(3, 'listening-1', null));
    saveQueue(store, DEVICE, pending);
    expect(inSendOrder(loadQueue(store, DEVICE))).toEqual([
      answer(3, 'listening-1', null),
      answer(5, 'listening-2', 4, 1, 'Ça suffit — 山田'),
    ]);
  });

  it('is never sent for another device: a queue written under another token is not loaded', () => {
    const store = memoryStore();
    saveQueue(store, DEVICE, enqueue(new Map(), answer(1, 'metrics-1', 2)));
    expect(loadQueue(store, 'another-device-token-bbbbbbbb').size).toBe(0);
  });

  it('leaves the storage empty once everything is acknowledged', () => {
    const store = memoryStore();
    saveQueue(store, DEVICE, enqueue(new Map(), answer(1, 'metrics-1', 2)));
    saveQueue(store, DEVICE, new Map());
    expect(store.getItem(QUEUE_KEY)).toBeNull();
  });

  it('drops what does not look like a change when it loads damaged storage, and keeps the rest', () => {
    const good = answer(4, 'unified-1', 2);
    const store = memoryStore({
      [QUEUE_KEY]: JSON.stringify({
        deviceToken: DEVICE,
        changes: [
          good,
          { ...good, item: 'unified-2', seq: 0 },
          { ...good, item: 'unified-3', value: 2.5 },
          { ...good, item: 'unified-4', note: 7 },
          { kind: 'shout', seq: 5, item: 'unified-5', round: 1 },
          'nonsense',
          { kind: 'clear', seq: 6, item: 'unified-6', round: 1 },
        ],
      }),
    });
    expect(inSendOrder(loadQueue(store, DEVICE))).toEqual([
      good,
      { kind: 'clear', seq: 6, item: 'unified-6', round: 1 },
    ]);
    expect(loadQueue(memoryStore({ [QUEUE_KEY]: '{not json' }), DEVICE).size).toBe(0);
  });
});
