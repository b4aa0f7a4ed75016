import { describe, expect, it } from 'vitest';
import { FIRST_DELAY_MS, MAX_DELAY_MS, reconnectDelay } from '../../../renderer/phone/logic/backoff.ts';
import { DEVICE_KEY, loadDevice, saveDevice } from '../../../renderer/phone/logic/device.ts';
import { roomTokenOf } from '../../../renderer/phone/logic/join-path.ts';
import { parseServerMessage } from '../../../renderer/phone/logic/server-message.ts';
import { endsSeat } from '../../../renderer/phone/logic/socket-errors.ts';
import { memoryStore } from './memory-store.ts';

describe('reconnecting', () => {
  it('waits 0.5 s, doubling to at most 5 s', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 20].map((n) => reconnectDelay(n, middle))).toEqual([
      500, 1000, 2000, 4000, 5000, 5000, 5000,
    ]);
  });

  it('spreads phones by at most a fifth either way', () => {
    expect(reconnectDelay(0, () => 0)).toBe(FIRST_DELAY_MS * 0.8);
    expect(reconnectDelay(10, () => 0.999999)).toBeLessThanOrEqual(MAX_DELAY_MS * 1.2);
    expect(reconnectDelay(10, () => 0)).toBe(MAX_DELAY_MS * 0.8);
  });
});

describe('the page’s address', () => {
  it('holds the room token at /j/TOKEN', () => {
    expect(roomTokenOf('/j/AbCdEfGhIjKlMnOpQrStUv')).toBe('AbCdEfGhIjKlMnOpQrStUv');
    expect(roomTokenOf('/j/AbC-_09/')).toBe('AbC-_09');
  });

  it('has none at / or on anything else', () => {
    for (const path of ['/', '/j/', '/j/a/b', '/x/AbCdEf', '/j/%3Cscript%3E', '/j/a.b']) {
      expect(roomTokenOf(path)).toBeNull();
    }
  });
});

describe('the stored device', () => {
  it('keeps the token and the seat across a reload', () => {
    const store = memoryStore();
    saveDevice(store, { token: 'd'.repeat(32), seatId: 'p2' });
    expect(loadDevice(store)).toEqual({ token: 'd'.repeat(32), seatId: 'p2' });
  });

  it('is none when missing or damaged', () => {
    expect(loadDevice(memoryStore())).toBeNull();
    expect(loadDevice(memoryStore({ [DEVICE_KEY]: '{"token":"short"}' }))).toBeNull();
    expect(loadDevice(memoryStore({ [DEVICE_KEY]: 'not json' }))).toBeNull();
    expect(
      loadDevice(memoryStore({ [DEVICE_KEY]: JSON.stringify({ token: 'd'.repeat(30), seatId: 4 }) })),
    ).toEqual({
      token: 'd'.repeat(30),
      seatId: null,
    });
  });
});

describe('frames from the room server', () => {
  const snapshot = {
    type: 'snapshot',
    audit: { title: 'Offsite', organization: 'Acme', instrument: { id: 'reality-check', version: '1.0.0' } },
    seat: { id: 'p1', label: 'Ben' },
    phase: 'scoring',
    items: [{ id: 'a', round: 1 }],
    answers: [{ item: 'a', round: 1, value: null, note: '', seq: 3 }],
    round: null,
    closedRound: null,
  };
  /** In a re-vote round: the previous round's counts and the seat's own previous answer. */
  const inRound = {
    ...snapshot,
    items: [{ id: 'a', round: 2 }],
    round: {
      number: 2,
      feedback: [
        {
          item: 'a',
          previousRound: 1,
          counts: [0, 1, 0, 2, 0],
          notSure: 1,
          ownPrevious: { round: 1, value: null },
        },
        { item: 'b', previousRound: null, counts: [], notSure: 0, ownPrevious: null },
      ],
    },
  };

  it('are read when they have the fields the phone uses', () => {
    for (const frame of [
      snapshot,
      inRound,
      { ...snapshot, phase: 'revealed', items: [], closedRound: 2 },
      { type: 'ack', seq: 1, item: 'a', round: 1 },
      { type: 'refused', seq: 1, item: 'a', round: 1, message: 'The reveal has started.' },
      { type: 'nudge', message: 'Three to go.' },
      { type: 'error', code: 'released', message: 'Your seat was released.' },
    ]) {
      expect(parseServerMessage(JSON.stringify(frame))).toEqual(frame);
    }
  });

  it('are ignored otherwise', () => {
    for (const text of [
      'not json',
      'null',
      '[]',
      JSON.stringify({ type: 'ack', seq: '1', item: 'a', round: 1 }),
      JSON.stringify({ type: 'refused', seq: 1, item: 'a', round: 1 }),
      JSON.stringify({ type: 'hello' }),
      JSON.stringify({ ...snapshot, phase: 'later' }),
      JSON.stringify({ ...snapshot, round: undefined, closedRound: undefined }),
      JSON.stringify({ ...snapshot, closedRound: '2' }),
      JSON.stringify({ ...inRound, round: { number: 2 } }),
      JSON.stringify({
        ...inRound,
        round: { number: 2, feedback: [{ ...inRound.round.feedback[0], counts: [1, -1] }] },
      }),
      JSON.stringify({
        ...inRound,
        round: { number: 2, feedback: [{ ...inRound.round.feedback[0], ownPrevious: { value: 3 } }] },
      }),
      JSON.stringify({ ...snapshot, answers: [{ item: 'a', round: 1, value: '4', note: '', seq: 1 }] }),
      JSON.stringify({ ...snapshot, items: [{ id: 3, round: 1 }] }),
      JSON.stringify({ ...snapshot, audit: { title: 'Offsite', organization: 'Acme' } }),
    ]) {
      expect(parseServerMessage(text)).toBeNull();
    }
  });
});

describe('socket errors', () => {
  it('end the seat when reconnecting would only repeat them', () => {
    for (const code of ['unknown-device', 'replaced', 'invalid-input', 'hello-first'])
      expect(endsSeat(code)).toBe(true);
  });

  it('pass when the phone should come back by itself (and for codes this page does not know)', () => {
    for (const code of ['rate-limited', 'internal', 'room-full', 'something-new'])
      expect(endsSeat(code)).toBe(false);
  });
});
