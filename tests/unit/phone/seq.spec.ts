import { describe, expect, it } from 'vitest';
import { ROOM_MAX_SEQ } from '../../../shared/limits.ts';
import { persistent } from '../../../renderer/phone/logic/key-value.ts';
import { nextSeq, raiseSeq, SEQ_KEY } from '../../../renderer/phone/logic/seq.ts';
import { memoryStore } from './memory-store.ts';

describe('the phone’s sequence numbers', () => {
  it('counts up from 1 and keeps the count in storage before the number is used', () => {
    const store = memoryStore();
    expect([nextSeq(store), nextSeq(store), nextSeq(store)]).toEqual([1, 2, 3]);
    expect(store.getItem(SEQ_KEY)).toBe('3');
  });

  it('goes on from the stored count after a reload (a new page over the same storage)', () => {
    const store = memoryStore();
    nextSeq(store);
    nextSeq(store);
    const reloaded = memoryStore(Object.fromEntries(store.map));
    expect(nextSeq(reloaded)).toBe(3);
  });

  it('never hands out a number twice to two pages sharing the storage (two tabs)', () => {
    const store = memoryStore();
    const seen = new Set<number>();
    for (let i = 0; i < 50; i++) seen.add(nextSeq(i % 2 ? store : memoryStoreView(store)));
    expect(seen.size).toBe(50);
  });

  it('is raised above what the server holds, never lowered', () => {
    const store = memoryStore();
    nextSeq(store);
    raiseSeq(store, 40);
    expect(nextSeq(store)).toBe(41);
    raiseSeq(store, 7);
    expect(nextSeq(store)).toBe(42);
  });

  it('starts again from 1 when the stored count is damaged, and stays within the protocol’s maximum', () => {
    expect(nextSeq(memoryStore({ [SEQ_KEY]: 'twelve' }))).toBe(1);
    expect(nextSeq(memoryStore({ [SEQ_KEY]: '-4' }))).toBe(1);
    const top = memoryStore({ [SEQ_KEY]: String(ROOM_MAX_SEQ) });
    expect(nextSeq(top)).toBe(ROOM_MAX_SEQ);
  });

  it('keeps counting in memory where the browser refuses to store (private browsing)', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = persistent(refusing);
    expect([nextSeq(store), nextSeq(store)]).toEqual([1, 2]);
  });
});

/** A second handle on the same storage, as a second tab has. */
function memoryStoreView(store: ReturnType<typeof memoryStore>) {
  return {
    getItem: (key: string) => store.getItem(key),
    setItem: (key: string, value: string) => store.setItem(key, value),
    removeItem: (key: string) => store.removeItem(key),
  };
}
