import { afterAll, describe, expect, it } from 'vitest';
import { closeStorage } from '../../../electron/core/db/storage.ts';
import { lostAnswers, runPhones } from '../../fixtures/room-load.ts';
import { auditWithSeats, callRoom, ROOM_HOST, roomContext } from '../../fixtures/room.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * A bounded load test for CI (docs/spec/room.md, "Load"): 30 simulated phones, each from its
 * own loopback address, answer every item of the instrument in parallel over the real room
 * server and real SQLite. Every ticked answer is stored exactly as sent; the speed figures are
 * `npm run bench -- room`'s, not asserted here.
 */
const PHONES = 30;

describe('30 phones at once', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup) await step();
  });

  it('every phone answers every item, each answer is ticked once, and none is lost', async () => {
    const storage = await tempStorage();
    const { host, context } = roomContext(storage);
    cleanup.push(async () => {
      await host.closeAll();
      closeStorage(storage);
    });
    const { auditId, seats } = await auditWithSeats(
      storage,
      Array.from({ length: PHONES }, (_, i) => `Person ${i + 1}`),
    );
    const status = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
    const result = await runPhones({
      port: status.port ?? 0,
      roomToken: status.joinUrl?.split('/j/')[1] ?? '',
      seats,
      paceMs: 2,
    });
    expect(result.sent).toBe(PHONES * 65);
    expect(result.acked).toBe(PHONES * 65);
    expect(result.refused).toBe(0);
    for (const phone of result.phones) {
      const acks = phone.messages.filter((m) => m.type === 'ack');
      expect(new Set(acks.map((m) => (m.type === 'ack' ? m.seq : 0))).size).toBe(acks.length);
      phone.close();
    }
    expect(lostAnswers(storage.db, auditId, seats)).toBe(0);
    const done = await callRoom(storage, context, 'room.status', { auditId });
    expect(done.everyoneDone).toBe(true);
    expect(done.seats.every((s) => s.answered === 65 && s.claimed)).toBe(true);
  });
});
