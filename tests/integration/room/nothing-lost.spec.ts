import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import type { ServiceContext } from '../../../electron/core/services/context.ts';
import type { RoomHost } from '../../../electron/core/services/room/host.ts';
import type { SeatSnapshot } from '../../../shared/room/protocol.ts';
import { auditWithSeats, callRoom, Phone, ROOM_HOST, roomContext } from '../../fixtures/room.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * Never lose an answer (docs/spec/room.md): phones that drop their socket mid-scoring and
 * resend with the same sequence numbers get every answer in exactly once; an older number
 * never replaces a newer answer, a resend changes nothing, and a clear stays cleared.
 */

let storage: Storage;
let host: RoomHost;
let context: ServiceContext;
const phones: Phone[] = [];
afterEach(async () => {
  for (const p of phones.splice(0)) p.close();
  await host.closeAll();
  closeStorage(storage);
});

async function seatedPhones(count: number) {
  storage = await tempStorage();
  ({ host, context } = roomContext(storage));
  const names = ['Ana', 'Ben', 'Caro', 'Dev', 'Eli'].slice(0, count);
  const { auditId, seats } = await auditWithSeats(storage, names);
  const status = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
  const roomToken = status.joinUrl?.split('/j/')[1] ?? '';
  const seated: Phone[] = [];
  for (const seat of seats) {
    const phone = new Phone(status.port ?? 0);
    phones.push(phone);
    await phone.join({ roomToken });
    await phone.claim({ seatId: seat });
    await phone.connect();
    seated.push(phone);
  }
  return { auditId, seats, phones: seated };
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

type Row = { item_id: string; value: number | null; note: string; device_seq: number; updated_at: string };
function rowsOf(auditId: string, participantId: string): Row[] {
  return storage.db
    .prepare(
      'SELECT item_id, value, note, device_seq, updated_at FROM responses WHERE audit_id = ? AND participant_id = ? ORDER BY item_id',
    )
    .all(auditId, participantId) as Row[];
}

const ITEMS = [1, 2, 3, 4, 5, 6].flatMap((n) => [`leadership-${n}`, `listening-${n}`]);

describe('nothing lost', () => {
  it('sockets dropped mid-scoring, then every answer resent with its number: each acked answer is stored exactly once', async () => {
    const { auditId, seats, phones: seated } = await seatedPhones(3);
    const acked = seated.map(() => new Set<number>());
    for (const [p, phone] of seated.entries()) {
      phone.socket?.on('message', (data: Buffer) => {
        const m = JSON.parse(data.toString('utf8')) as { type: string; seq: number };
        if (m.type === 'ack') acked[p]?.add(m.seq);
      });
      // Half the answers go out, and the Wi-Fi drops while they are in flight.
      for (const [n, item] of ITEMS.slice(0, 6).entries()) {
        phone.send({ type: 'answer', seq: n + 1, item, round: 1, value: 1 + ((p + n) % 5), note: `n${n}` });
      }
      phone.drop();
    }
    // Once the room has seen the sockets go, the stored rows are exactly what got through.
    await waitFor(() => host.connectedSeats(auditId).size === 0);
    const before = seats.map((seat) => rowsOf(auditId, seat));
    for (const [p, phone] of seated.entries()) {
      const snapshot = (await phone.connect()) as SeatSnapshot;
      expect(snapshot.answers.map((a) => a.seq).sort((a, b) => a - b)).toEqual(
        before[p]?.map((r) => r.device_seq).sort((a, b) => a - b),
      );
      // The phone resends its whole queue (acked or not: it cannot know), then the rest.
      for (const [n, item] of ITEMS.entries()) {
        expect(await phone.answer(n + 1, item, 1 + ((p + n) % 5), `n${n}`)).toMatchObject({
          type: 'ack',
          seq: n + 1,
        });
      }
    }
    for (const [p, seat] of seats.entries()) {
      const rows = rowsOf(auditId, seat);
      expect(rows).toHaveLength(ITEMS.length);
      for (const [n, item] of ITEMS.entries()) {
        expect(rows.find((r) => r.item_id === item)).toMatchObject({
          value: 1 + ((p + n) % 5),
          note: `n${n}`,
          device_seq: n + 1,
        });
      }
      // What was stored before the drop was not written again by its resend.
      for (const row of before[p] ?? [])
        expect(rows.find((r) => r.item_id === row.item_id)?.updated_at).toBe(row.updated_at);
    }
  });

  it('an older number never replaces a newer answer; a resend is acked and changes nothing', async () => {
    const {
      auditId,
      seats,
      phones: [ana],
    } = await seatedPhones(1);
    expect(await ana!.answer(5, 'leadership-1', 2, 'newer')).toMatchObject({ type: 'ack', seq: 5 });
    const stored = rowsOf(auditId, seats[0] ?? '');
    expect(await ana!.answer(3, 'leadership-1', 4, 'older')).toMatchObject({ type: 'ack', seq: 3 });
    expect(await ana!.answer(5, 'leadership-1', 2, 'newer')).toMatchObject({ type: 'ack', seq: 5 });
    expect(rowsOf(auditId, seats[0] ?? '')).toEqual(stored);
    expect(await ana!.answer(6, 'leadership-1', null)).toMatchObject({ type: 'ack', seq: 6 });
    // A note left out keeps the note given before.
    expect(rowsOf(auditId, seats[0] ?? '')).toMatchObject([{ value: null, note: 'newer', device_seq: 6 }]);
  });

  it('a clear stays cleared when an older answer is resent after it', async () => {
    const {
      auditId,
      seats,
      phones: [ana],
    } = await seatedPhones(1);
    await ana!.answer(1, 'leadership-1', 4);
    ana!.send({ type: 'clear', seq: 2, item: 'leadership-1', round: 1 });
    expect(await ana!.next((m) => m.type === 'ack' && m.seq === 2)).toMatchObject({ item: 'leadership-1' });
    expect(await ana!.answer(1, 'leadership-1', 4)).toMatchObject({ type: 'ack' });
    expect(rowsOf(auditId, seats[0] ?? '')).toEqual([]);
    expect(await ana!.answer(3, 'leadership-1', 1)).toMatchObject({ type: 'ack' });
    expect(rowsOf(auditId, seats[0] ?? '')).toMatchObject([{ value: 1, device_seq: 3 }]);
  });

  it('an answer changed in the app reaches the seat\u2019s phone with number 0, and the phone\u2019s next answer replaces it', async () => {
    const {
      auditId,
      seats,
      phones: [ana, ben],
    } = await seatedPhones(2);
    await ana!.answer(4, 'leadership-1', 4);
    const fresh = ana!.next((m) => m.type === 'snapshot');
    const benHeard = ben!.messages.length;
    await callRoom(storage, context, 'responses.save', {
      auditId,
      participantId: seats[0] ?? '',
      itemId: 'leadership-1',
      value: 1,
    });
    expect(((await fresh) as SeatSnapshot).answers).toEqual([
      { item: 'leadership-1', round: 1, value: 1, note: '', seq: 0 },
    ]);
    expect(ben!.messages.length).toBe(benHeard);
    expect(await ana!.answer(5, 'leadership-1', 3)).toMatchObject({ type: 'ack' });
    expect(rowsOf(auditId, seats[0] ?? '')).toMatchObject([{ value: 3, device_seq: 5 }]);
  });
});
