import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import type { ServiceContext } from '../../../electron/core/services/context.ts';
import type { RoomHost } from '../../../electron/core/services/room/host.ts';
import type { SocketLimits } from '../../../electron/server/room/limits.ts';
import { auditWithSeats, callRoom, Phone, ROOM_HOST, roomContext } from '../../fixtures/room.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The room's sockets: one per device (a newer one replaces the older), a cap on phones in all,
 * a message rate per phone, and heartbeats that end a silent socket, with limits made small
 * enough to reach in a test.
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

async function room(socketLimits: Partial<SocketLimits>, names = ['Ana', 'Ben', 'Caro']) {
  storage = await tempStorage();
  ({ host, context } = roomContext(storage, { socketLimits }));
  const { auditId, seats } = await auditWithSeats(storage, names);
  const status = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
  const roomToken = status.joinUrl?.split('/j/')[1] ?? '';
  const port = status.port ?? 0;
  const seated = async (seat: string) => {
    const phone = new Phone(port);
    phones.push(phone);
    await phone.join({ roomToken });
    await phone.claim({ seatId: seat });
    return phone;
  };
  return { auditId, seats, port, seated };
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('the room\u2019s sockets', () => {
  it('a new socket from the same device replaces the old one, which is told why', async () => {
    const { auditId, seats, seated } = await room({});
    const ana = await seated(seats[0] ?? '');
    await ana.connect();
    const first = ana.socket;
    const firstClosed = ana.closed();
    await ana.connect();
    expect(await firstClosed).toEqual({ code: 4000, reason: 'replaced' });
    expect(first).not.toBe(ana.socket);
    expect(ana.messages.some((m) => m.type === 'error' && m.code === 'replaced')).toBe(true);
    expect(await ana.answer(1, 'leadership-1', 3)).toMatchObject({ type: 'ack' });
    expect(host.connectedSeats(auditId)).toEqual(new Set([seats[0]]));
  });

  it('refuses a phone past the cap of sockets in all (1013), and takes it once one leaves', async () => {
    const { seats, seated } = await room({ maxSockets: 2 });
    const [ana, ben, caro] = [
      await seated(seats[0] ?? ''),
      await seated(seats[1] ?? ''),
      await seated(seats[2] ?? ''),
    ];
    await ana.connect();
    await ben.connect();
    void caro.connect().catch(() => undefined);
    expect(await caro.closed()).toEqual({ code: 1013, reason: 'room-full' });
    ana.close();
    await waitFor(
      () =>
        host.connectedSeats(storage.db.prepare('SELECT audit_id FROM rooms').pluck().get() as string).size ===
        1,
    );
    expect(await caro.connect()).toMatchObject({ type: 'snapshot', seat: { id: seats[2] } });
  });

  it('closes the socket of a phone that sends more than its messages per minute', async () => {
    const { seats, seated } = await room({ messagesPerMinute: 5 });
    const ana = await seated(seats[0] ?? '');
    await ana.connect();
    for (let seq = 1; seq <= 4; seq++)
      expect(await ana.answer(seq, 'leadership-1', 3)).toMatchObject({ type: 'ack' });
    ana.send({ type: 'answer', seq: 5, item: 'leadership-1', round: 1, value: 3 });
    expect(await ana.closed()).toEqual({ code: 4429, reason: 'rate-limited' });
  });

  it('ends a socket that stays silent (no pong), and the console sees the seat disconnected', async () => {
    const { auditId, seats, port } = await room({ pingMs: 50, silentMs: 200 });
    const ana = new Phone(port);
    phones.push(ana);
    await ana.join({ roomToken: storage.db.prepare('SELECT room_token FROM rooms').pluck().get() as string });
    await ana.claim({ seatId: seats[0] });
    // A phone asleep: its socket is open but answers no ping.
    const socket = new WebSocket(`ws://${ROOM_HOST}:${port}/p/ws`, { autoPong: false });
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'hello', deviceToken: ana.deviceToken }));
    await waitFor(() => host.connectedSeats(auditId).has(seats[0] ?? ''));
    expect((await callRoom(storage, context, 'room.status', { auditId })).seats[0]).toMatchObject({
      connected: true,
    });
    // Without the heartbeat nothing would end it, and this would wait until the test times out.
    expect(await closed).toBe(1006);
    expect((await callRoom(storage, context, 'room.status', { auditId })).seats[0]).toMatchObject({
      connected: false,
      claimed: true,
    });
  });

  it('keeps a socket that answers pings, however quiet the phone is', async () => {
    const { auditId, seats, seated } = await room({ pingMs: 50, silentMs: 200 });
    const ana = await seated(seats[0] ?? '');
    await ana.connect();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(host.connectedSeats(auditId)).toEqual(new Set([seats[0]]));
    expect(await ana.answer(1, 'leadership-1', 3)).toMatchObject({ type: 'ack' });
  });

  it('closes a socket that never says hello within the hello timeout', async () => {
    const { port } = await room({ helloTimeoutMs: 100 });
    const socket = new WebSocket(`ws://${ROOM_HOST}:${port}/p/ws`);
    const closed = new Promise<[number, string]>((resolve) =>
      socket.on('close', (c, r) => resolve([c, r.toString()])),
    );
    expect(await closed).toEqual([1008, 'hello-first']);
  });
});
