import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { joinRoom } from '../../../electron/core/services/room/join.ts';
import { claimSeat } from '../../../electron/core/services/room/claim.ts';
import { phoneWrites } from '../../../electron/core/services/room/phone-writes.ts';
import { auditWithSeats, callRoom, Phone, ROOM_HOST, roomContext } from '../../fixtures/room.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The room commits the writes that arrive together in one transaction, each in its own
 * savepoint: a refused or unknown one takes back only itself, and a commit that fails acks
 * nothing.
 */

let storage: Storage;
afterEach(() => closeStorage(storage));

describe('writes committed together', () => {
  it('one commit for many phones; a refused write or an unknown device takes back only itself', async () => {
    storage = await tempStorage();
    const { auditId, seats } = await auditWithSeats(storage, ['Ana', 'Ben']);
    const { context } = roomContext(storage);
    // Unlocking makes the room (its token and code) without listening: core alone is tested here.
    const code = (await callRoom(storage, context, 'room.lock', { auditId, locked: false })).code ?? '';
    const tokens = seats.map((seat) => {
      const { answer } = joinRoom(storage, { code });
      claimSeat(storage, auditId, answer.deviceToken, { seatId: seat });
      return answer.deviceToken;
    });
    const results = phoneWrites(storage, auditId, [
      {
        deviceToken: tokens[0] ?? '',
        message: { type: 'answer', seq: 1, item: 'leadership-1', round: 1, value: 4 },
      },
      {
        deviceToken: tokens[1] ?? '',
        message: { type: 'answer', seq: 1, item: 'leadership-1', round: 1, value: 9 },
      },
      {
        deviceToken: 'u'.repeat(32),
        message: { type: 'answer', seq: 1, item: 'leadership-2', round: 1, value: 3 },
      },
      {
        deviceToken: tokens[1] ?? '',
        message: { type: 'answer', seq: 2, item: 'leadership-2', round: 1, value: 2 },
      },
      { deviceToken: tokens[0] ?? '', message: { type: 'clear', seq: 2, item: 'leadership-1', round: 1 } },
    ]);
    expect(results.map((r) => r.type)).toEqual(['ack', 'refused', 'unknown-device', 'ack', 'ack']);
    expect(
      storage.db
        .prepare('SELECT participant_id, item_id, value, device_seq FROM responses ORDER BY item_id')
        .all(),
    ).toEqual([{ participant_id: seats[1], item_id: 'leadership-2', value: 2, device_seq: 2 }]);
  });

  it('a commit that cannot be made (a read-only database) acks nothing: the socket closes and the answer stays queued', async () => {
    storage = await tempStorage();
    const { auditId, seats } = await auditWithSeats(storage, ['Ana']);
    const writable = roomContext(storage);
    const status = await callRoom(storage, writable.context, 'room.start', { auditId, host: ROOM_HOST });
    const ana = new Phone(status.port ?? 0);
    await ana.join({ roomToken: status.joinUrl?.split('/j/')[1] ?? '' });
    await ana.claim({ seatId: seats[0] });
    await writable.host.closeAll();
    // The same database, now refusing every write (as on a full disk).
    const readOnly: Storage = { ...storage, readOnly: 'The disk is full.' };
    const { host } = roomContext(readOnly);
    await host.listen(auditId, ROOM_HOST, status.port ?? 0);
    await ana.connect();
    ana.send({ type: 'answer', seq: 1, item: 'leadership-1', round: 1, value: 4 });
    expect(await ana.closed()).toEqual({ code: 1011, reason: 'internal' });
    expect(ana.messages.some((m) => m.type === 'ack')).toBe(false);
    expect(storage.db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(0);
    await host.closeAll();
  });
});
