import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import type { ServiceContext } from '../../../electron/core/services/context.ts';
import type { RoomHost } from '../../../electron/core/services/room/host.ts';
import type { ServerMessage, SeatSnapshot } from '../../../shared/room/protocol.ts';
import { auditWithSeats, callRoom, Phone, ROOM_HOST, roomContext } from '../../fixtures/room.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * Re-vote rounds on the phones (docs/spec/room.md, docs/spec/scoring.md "Re-vote rounds"): while
 * a round is open a seat's open items are that round's; a phone writes only its own seat, only
 * the open round's items, with that round's number; answers go to round_responses, acked after
 * the commit, with round 1's sequence rules; the snapshot carries the previous round's counts
 * and the seat's own previous answer, and nothing of anyone's answer in the open round.
 */

let storage: Storage;
let host: RoomHost;
let context: ServiceContext;
afterEach(async () => {
  await host.closeAll();
  closeStorage(storage);
});

const REVOTED = ['leadership-1', 'leadership-2'];
/** Round 1: leadership-1 splits the team (1, 5, 2); leadership-2 does not (4, 4, Not sure). */
const ROUND_1: Record<string, (number | null)[]> = {
  'leadership-1': [1, 5, 2],
  'leadership-2': [4, 4, null],
};
/** Round 2: leadership-1 converges (2, 3, 2). */
const ROUND_2: Record<string, (number | null)[]> = {
  'leadership-1': [2, 3, 2],
  'leadership-2': [4, 5, 4],
};
const marker = (round: number, seat: number, item: string) => `mark-r${round}-s${seat}-${item}-k2v`;

/** Every key in a JSON text, so a test can say what a message names. */
function keysOf(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      keysOf(v, into);
    }
  }
  return into;
}

type RoomRow = {
  participant_id: string;
  item_id: string;
  round: number;
  value: number | null;
  note: string;
  device_seq: number;
};

async function roomInRoundTwo() {
  storage = await tempStorage();
  ({ host, context } = roomContext(storage));
  const { auditId, seats } = await auditWithSeats(storage, ['Ana', 'Ben', 'Caro']);
  const status = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
  const roomToken = status.joinUrl?.split('/j/')[1] ?? '';
  const phones = seats.map(() => new Phone(status.port ?? 0));
  for (const [i, phone] of phones.entries()) {
    await phone.join({ roomToken });
    expect((await phone.claim({ seatId: seats[i] })).status).toBe(200);
    await phone.connect();
  }
  for (const [seat, phone] of phones.entries()) {
    for (const [n, item] of REVOTED.entries()) {
      expect(await phone.answer(n + 1, item, ROUND_1[item]![seat]!, marker(1, seat, item))).toMatchObject({
        type: 'ack',
      });
    }
  }
  const revealed = phones.map((p) => p.next((m) => m.type === 'snapshot' && m.phase === 'revealed'));
  await callRoom(storage, context, 'audits.startReveal', { id: auditId });
  await Promise.all(revealed);
  const moved = phones.map((p) => p.next((m) => m.type === 'snapshot' && m.round?.number === 2));
  await callRoom(storage, context, 'rounds.open', { auditId, itemIds: REVOTED });
  const snapshots = (await Promise.all(moved)) as SeatSnapshot[];
  return { auditId, seats, phones, snapshots };
}

const roundRows = (auditId: string) =>
  storage.db
    .prepare(
      `SELECT participant_id, item_id, round, value, note, device_seq FROM round_responses
       WHERE audit_id = ? ORDER BY participant_id, item_id`,
    )
    .all(auditId) as RoomRow[];

describe('re-vote rounds on the phones', () => {
  it('moves every phone to the round with the previous counts and its own answer, and takes the round’s answers', async () => {
    const { auditId, seats, phones, snapshots } = await roomInRoundTwo();
    for (const [seat, snapshot] of snapshots.entries()) {
      expect(snapshot.phase).toBe('scoring');
      expect(snapshot.items).toEqual(REVOTED.map((id) => ({ id, round: 2 })));
      expect(snapshot.closedRound).toBeNull();
      expect(snapshot.round).toEqual({
        number: 2,
        feedback: [
          {
            item: 'leadership-1',
            previousRound: 1,
            counts: [1, 1, 0, 0, 1],
            notSure: 0,
            ownPrevious: { round: 1, value: ROUND_1['leadership-1']![seat] },
          },
          {
            item: 'leadership-2',
            previousRound: 1,
            counts: [0, 0, 0, 2, 0],
            notSure: 1,
            ownPrevious: { round: 1, value: ROUND_1['leadership-2']![seat] },
          },
        ],
      });
      // Its own round-1 answers are still there, with their notes.
      expect(snapshot.answers.map((a) => [a.item, a.round, a.value, a.note])).toEqual(
        REVOTED.map((item) => [item, 1, ROUND_1[item]![seat], marker(1, seat, item)]),
      );
    }

    // The console and the projector count the round: two items a seat, nothing answered yet.
    const before = await callRoom(storage, context, 'room.status', { auditId });
    expect(before.round).toBe(2);
    expect(before.seats.map((s) => [s.answered, s.total])).toEqual([
      [0, 2],
      [0, 2],
      [0, 2],
    ]);
    expect(before.seats[0]?.sections).toEqual([
      { id: 'leadership', title: expect.any(String) as string, answered: 0, total: 2 },
    ]);
    expect(before.everyoneDone).toBe(false);

    // Each phone answers the round; every ack comes after its row is in round_responses.
    for (const [seat, phone] of phones.entries()) {
      for (const [n, item] of REVOTED.entries()) {
        const reply = await phone.answerIn(2, 10 + n, item, ROUND_2[item]![seat]!, marker(2, seat, item));
        expect(reply).toEqual({ type: 'ack', seq: 10 + n, item, round: 2 });
        const row = roundRows(auditId).find((r) => r.participant_id === seats[seat] && r.item_id === item);
        expect(row).toEqual({
          participant_id: seats[seat],
          item_id: item,
          round: 2,
          value: ROUND_2[item]![seat],
          note: marker(2, seat, item),
          device_seq: 10 + n,
        });
      }
    }
    expect(roundRows(auditId)).toHaveLength(6);
    // Round 1 is never overwritten.
    expect(
      storage.db
        .prepare('SELECT value FROM responses WHERE audit_id = ? AND item_id = ? ORDER BY rowid')
        .pluck()
        .all(auditId, 'leadership-1'),
    ).toEqual(ROUND_1['leadership-1']);

    const done = await callRoom(storage, context, 'room.status', { auditId });
    expect(done.seats.map((s) => [s.answered, s.total])).toEqual([
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
    expect(done.everyoneDone).toBe(true);
    const projector = await callRoom(storage, context, 'room.projector', { auditId });
    expect(projector).toMatchObject({ phase: 'scoring', round: 2, spotlight: null });
    expect(projector.progress).toMatchObject({ seats: 3, done: 3, answered: 6, total: 6 });

    // Closing: every phone hears it (no item open, the round closed); the figures show both rounds.
    const closed = phones.map((p) => p.next((m) => m.type === 'snapshot' && m.closedRound === 2));
    await callRoom(storage, context, 'rounds.close', { auditId, round: 2 });
    for (const [seat, pending] of closed.entries()) {
      const snapshot = (await pending) as SeatSnapshot;
      expect(snapshot).toMatchObject({ phase: 'revealed', items: [], round: null, closedRound: 2 });
      expect(snapshot.answers.filter((a) => a.round === 2).map((a) => [a.item, a.value])).toEqual(
        REVOTED.map((item) => [item, ROUND_2[item]![seat]]),
      );
    }
    const results = await callRoom(storage, context, 'audits.results', { id: auditId });
    const item = results.items.find((i) => i.id === 'leadership-1');
    expect(item).toMatchObject({ finalRound: 2, converged: true, misaligned: false, n: 3 });
    expect(item?.rounds?.map((r) => [r.round, r.n, r.misaligned])).toEqual([
      [1, 3, true],
      [2, 3, false],
    ]);
    const after = await callRoom(storage, context, 'room.projector', { auditId });
    expect(after).toMatchObject({ phase: 'revealed', round: null });
    const shown = await callRoom(storage, context, 'room.present', { auditId, itemId: 'leadership-1' });
    expect(shown.spotlight?.rounds.map((r) => [r.round, r.counts, r.notSure, r.misaligned])).toEqual([
      [1, [1, 1, 0, 0, 1], 0, true],
      [2, [0, 2, 1, 0, 0], 0, false],
    ]);
    expect(shown.spotlight?.distribution.map((d) => d.count)).toEqual([0, 2, 1, 0, 0]);
    expect(shown.spotlight?.converged).toBe(true);
    expect(shown.spotlight?.mean).toBe(item?.mean);

    // Round 3 on the same item: the counts and each seat's own answer are round 2's now.
    const third = phones.map((p) => p.next((m) => m.type === 'snapshot' && m.round?.number === 3));
    await callRoom(storage, context, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
    for (const [seat, pending] of third.entries()) {
      expect(((await pending) as SeatSnapshot).round?.feedback).toEqual([
        {
          item: 'leadership-1',
          previousRound: 2,
          counts: [0, 2, 1, 0, 0],
          notSure: 0,
          ownPrevious: { round: 2, value: ROUND_2['leadership-1']![seat] },
        },
      ]);
    }
    for (const phone of phones) phone.close();
  });

  it('keeps round 1’s idempotence: a resend changes nothing, an older one never replaces a newer one nor revives a clear', async () => {
    const { auditId, seats, phones } = await roomInRoundTwo();
    const ana = phones[0]!;
    const row = () =>
      roundRows(auditId).find((r) => r.participant_id === seats[0] && r.item_id === 'leadership-1');
    expect(await ana.answerIn(2, 20, 'leadership-1', 3, 'first')).toMatchObject({ type: 'ack' });
    // The same message again: acked, one row, unchanged.
    expect(await ana.answerIn(2, 20, 'leadership-1', 3, 'first')).toMatchObject({ type: 'ack' });
    expect(roundRows(auditId)).toHaveLength(1);
    // A newer one replaces it; the older one arriving late is acked and changes nothing.
    expect(await ana.answerIn(2, 22, 'leadership-1', 4)).toMatchObject({ type: 'ack' });
    expect(row()).toMatchObject({ value: 4, note: 'first', device_seq: 22 });
    expect(await ana.answerIn(2, 21, 'leadership-1', 1, 'late')).toMatchObject({ type: 'ack' });
    expect(row()).toMatchObject({ value: 4, note: 'first', device_seq: 22 });
    // A clear takes it back; the older answers resent after it do not bring it back.
    expect(await ana.clearIn(2, 23, 'leadership-1')).toMatchObject({ type: 'ack' });
    expect(row()).toBeUndefined();
    expect(await ana.answerIn(2, 22, 'leadership-1', 4)).toMatchObject({ type: 'ack' });
    expect(row()).toBeUndefined();
    expect(
      storage.db.prepare('SELECT device_seq FROM round_clears WHERE audit_id = ?').pluck().all(auditId),
    ).toEqual([23]);
    // A newer answer after the clear is taken, and the clear is forgotten.
    expect(await ana.answerIn(2, 24, 'leadership-1', 2)).toMatchObject({ type: 'ack' });
    expect(row()).toMatchObject({ value: 2, device_seq: 24 });
    expect(storage.db.prepare('SELECT count(*) FROM round_clears').pluck().get()).toBe(0);
    // Round 1's answer to the same item is untouched by all of it.
    expect(
      storage.db
        .prepare('SELECT value FROM responses WHERE audit_id = ? AND participant_id = ? AND item_id = ?')
        .pluck()
        .get(auditId, seats[0], 'leadership-1'),
    ).toBe(1);
    for (const phone of phones) phone.close();
  });

  it('refuses round 1 during a round, another round, items the round does not re-vote, and everything after it closes', async () => {
    const { auditId, seats, phones } = await roomInRoundTwo();
    const ben = phones[1]!;
    const refused = async (reply: Promise<ServerMessage>, text: RegExp) => {
      const message = await reply;
      expect(message.type, JSON.stringify(message)).toBe('refused');
      expect(message.type === 'refused' && message.message).toMatch(text);
    };
    await refused(ben.answer(30, 'leadership-1', 3), /blind answers are locked/);
    await refused(ben.answerIn(3, 31, 'leadership-1', 3), /Round 3 of this item is not open/);
    await refused(ben.answerIn(2, 32, 'leadership-3', 3), /Round 2 of this item is not open/);
    await refused(ben.answerIn(2, 33, 'leadership-1', 9), /scale|between|must be/i);
    expect(roundRows(auditId)).toEqual([]);

    expect(await ben.answerIn(2, 34, 'leadership-1', 3)).toMatchObject({ type: 'ack' });
    await callRoom(storage, context, 'rounds.close', { auditId, round: 2 });
    await refused(ben.answerIn(2, 35, 'leadership-1', 4), /round 2 is closed/i);
    await refused(ben.clearIn(2, 36, 'leadership-1'), /round 2 is closed/i);
    // A resend of what was committed before the close is still acked, and changes nothing.
    expect(await ben.answerIn(2, 34, 'leadership-1', 3)).toMatchObject({ type: 'ack' });
    expect(roundRows(auditId).map((r) => [r.participant_id, r.value, r.device_seq])).toEqual([
      [seats[1], 3, 34],
    ]);

    // A round opened and cancelled: the phones move to it and back; its items are not open after.
    const inThree = phones.map((p) => p.next((m) => m.type === 'snapshot' && m.round?.number === 3));
    await callRoom(storage, context, 'rounds.open', { auditId, itemIds: ['leadership-2'] });
    const three = (await inThree[0]!) as SeatSnapshot;
    // The previous round for leadership-2 is round 1 (nobody answered it in round 2).
    expect(three.round?.feedback[0]).toMatchObject({
      item: 'leadership-2',
      previousRound: 1,
      counts: [0, 0, 0, 2, 0],
    });
    // For leadership-1 Ben's own last answer would be round 2's; here only leadership-2 is asked.
    expect(three.items).toEqual([{ id: 'leadership-2', round: 3 }]);
    const back = phones.map((p) => p.next((m) => m.type === 'snapshot' && m.phase === 'revealed'));
    await callRoom(storage, context, 'rounds.cancel', { auditId, round: 3 });
    const after = (await back[1]!) as SeatSnapshot;
    expect(after).toMatchObject({ round: null, closedRound: 2, items: [] });
    await refused(ben.answerIn(3, 37, 'leadership-2', 4), /Round 3 of this item is not open/);
    for (const phone of phones) phone.close();
  });

  it('an answer changed in the app reaches only its seat’s phone', async () => {
    const { auditId, seats, phones } = await roomInRoundTwo();
    const caro = phones[2]!.next(
      (m) => m.type === 'snapshot' && m.answers.some((a) => a.round === 2 && a.item === 'leadership-2'),
    );
    const before = phones.map((p) => p.messages.length);
    await callRoom(storage, context, 'rounds.saveResponse', {
      auditId,
      participantId: seats[2] ?? '',
      itemId: 'leadership-2',
      round: 2,
      value: 2,
      note: 'typed on the laptop',
    });
    const snapshot = (await caro) as SeatSnapshot;
    expect(snapshot.answers.find((a) => a.round === 2)).toEqual({
      item: 'leadership-2',
      round: 2,
      value: 2,
      note: 'typed on the laptop',
      seq: 0,
    });
    const cleared = phones[2]!.next((m) => m.type === 'snapshot' && !m.answers.some((a) => a.round === 2));
    await callRoom(storage, context, 'rounds.clearResponse', {
      auditId,
      participantId: seats[2] ?? '',
      itemId: 'leadership-2',
      round: 2,
    });
    await cleared;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(phones[0]!.messages.length).toBe(before[0]);
    expect(phones[1]!.messages.length).toBe(before[1]);
    for (const phone of phones) phone.close();
  });

  it('is blind in round 2: no phone and no projector view carries another seat’s round-2 value or note before the round closes', async () => {
    const { auditId, seats, phones } = await roomInRoundTwo();
    const from = phones.map((p) => p.received.length);
    const projector: string[] = [];
    const look = async () =>
      projector.push(JSON.stringify(await callRoom(storage, context, 'room.projector', { auditId })));
    await Promise.all(
      phones.map(async (phone, seat) => {
        for (const [n, item] of REVOTED.entries()) {
          expect(
            await phone.answerIn(2, 40 + n, item, ROUND_2[item]![seat]!, marker(2, seat, item)),
          ).toMatchObject({
            type: 'ack',
          });
          if (seat === 1 && n === 0) {
            phone.close();
            await phone.connect();
          }
          await look();
        }
      }),
    );
    // A presenting attempt during the round shows nothing either.
    projector.push(
      JSON.stringify(await callRoom(storage, context, 'room.present', { auditId, itemId: null })),
    );
    // An app change to one seat's round-2 answer, with a marker.
    await callRoom(storage, context, 'rounds.saveResponse', {
      auditId,
      participantId: seats[0] ?? '',
      itemId: 'leadership-2',
      round: 2,
      value: 1,
      note: marker(2, 0, 'app'),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await look();

    for (const [seat, phone] of phones.entries()) {
      const others = seats.flatMap((_, s) =>
        s === seat ? [] : [...REVOTED, 'app'].map((item) => marker(2, s, item)),
      );
      for (const text of phone.received.slice(from[seat])) {
        for (const m of others) expect(text, `phone ${seat}`).not.toContain(m);
        const message = JSON.parse(text) as ServerMessage;
        if (message.type !== 'snapshot') {
          expect(keysOf(message)).not.toContain('value');
          continue;
        }
        expect(message.seat.id).toBe(seats[seat]);
        // The counts stay round 1's however round 2 fills up.
        expect(message.round?.feedback.map((f) => [f.item, f.counts, f.notSure])).toEqual([
          ['leadership-1', [1, 1, 0, 0, 1], 0],
          ['leadership-2', [0, 0, 0, 2, 0], 1],
        ]);
        for (const a of message.answers.filter((x) => x.round === 2)) {
          const own = seat === 0 && a.item === 'leadership-2' && a.seq === 0 ? 1 : ROUND_2[a.item]![seat];
          expect(a.value).toBe(own);
        }
      }
    }
    expect(projector.length).toBeGreaterThan(6);
    for (const text of projector) {
      for (const s of seats.keys())
        for (const item of [...REVOTED, 'app']) expect(text).not.toContain(marker(2, s, item));
      const view = JSON.parse(text) as { spotlight: unknown; phase: string; round: number };
      expect(view).toMatchObject({ spotlight: null, phase: 'scoring', round: 2 });
      expect(keysOf(view)).not.toEqual(expect.arrayContaining(['mean']));
    }
    for (const phone of phones) phone.close();
  });
});
