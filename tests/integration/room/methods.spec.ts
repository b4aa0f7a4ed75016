import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import type { ServiceContext } from '../../../electron/core/services/context.ts';
import type { RoomHost } from '../../../electron/core/services/room/host.ts';
import type { SeatSnapshot } from '../../../shared/room/protocol.ts';
import {
  auditWithSeats,
  callRoom,
  Phone,
  postJson,
  ROOM_HOST,
  roomContext,
  roomRequest,
} from '../../fixtures/room.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The facilitator's room.* methods through dispatch with a real room host: real SQLite on a
 * temp file, the real room server on 127.0.0.2, real WebSocket clients as phones.
 */

let storage: Storage;
let host: RoomHost;
let context: ServiceContext;
const phones: Phone[] = [];

async function setUp(names = ['Ana', 'Ben', 'Caro']) {
  storage = await tempStorage();
  ({ host, context } = roomContext(storage));
  const { auditId, seats } = await auditWithSeats(storage, names);
  const status = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
  const roomToken = status.joinUrl?.split('/j/')[1] ?? '';
  return { auditId, seats, status, roomToken, port: status.port ?? 0 };
}

function phone(port: number): Phone {
  const p = new Phone(port);
  phones.push(p);
  return p;
}

afterEach(async () => {
  for (const p of phones.splice(0)) p.close();
  await host.closeAll();
  closeStorage(storage);
});

async function refused(port: number): Promise<boolean> {
  return roomRequest(port, { path: '/' }).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
  );
}

describe('room.* through dispatch with a real host', () => {
  it('starts on the address asked, with a join address, a code and a QR code made locally', async () => {
    const { status, roomToken } = await setUp();
    expect(status.running).toBe(true);
    expect(status.host).toBe(ROOM_HOST);
    expect(status.shortUrl).toBe(`http://${ROOM_HOST}:${status.port}`);
    expect(status.joinUrl).toBe(`${status.shortUrl}/j/${roomToken}`);
    expect(roomToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(status.code).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{6}$/);
    expect(status.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(status.seats.map((s) => [s.label, s.claimed, s.connected, s.answered, s.total])).toEqual([
      ['Ana', false, false, 0, 65],
      ['Ben', false, false, 0, 65],
      ['Caro', false, false, 0, 65],
    ]);
    expect((await roomRequest(status.port ?? 0, { path: `/j/${roomToken}` })).status).toBe(200);
  });

  it('refuses every room host method where no host is wired, and still answers status and projector', async () => {
    storage = await tempStorage();
    ({ host, context } = roomContext(storage));
    const { auditId } = await auditWithSeats(storage, ['Ana']);
    const start = await invoke(storage, 'room.start', { auditId, host: ROOM_HOST });
    expect(start).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Room mode is not available here') },
    });
    const status = await invoke(storage, 'room.status', { auditId });
    expect(status).toMatchObject({
      ok: true,
      value: { running: false, joinUrl: null, seats: [{ label: 'Ana' }] },
    });
    expect(await invoke(storage, 'room.projector', { auditId })).toMatchObject({
      ok: true,
      value: { phase: 'closed', join: null, progress: { seats: 1, joined: 0 } },
    });
  });

  it('refuses an address that is every interface or not an address', async () => {
    storage = await tempStorage();
    ({ host, context } = roomContext(storage));
    const { auditId } = await auditWithSeats(storage, ['Ana']);
    for (const bad of ['0.0.0.0', '::', 'example.org']) {
      const result = await invoke(storage, 'room.start', { auditId, host: bad }, context);
      expect(result, bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(host.address(auditId)).toBeNull();
  });

  it('stop closes the port (connection refused); a restart reuses the port, the token and the devices', async () => {
    const { auditId, seats, roomToken, port } = await setUp();
    const ana = phone(port);
    await ana.join({ roomToken });
    expect((await ana.claim({ seatId: seats[0] })).status).toBe(200);
    await ana.connect();
    expect(await ana.answer(1, 'leadership-1', 4)).toMatchObject({ type: 'ack', seq: 1 });

    const stopped = await callRoom(storage, context, 'room.stop', { auditId });
    expect(stopped).toMatchObject({ running: false, joinUrl: null, port: null });
    expect(await refused(port)).toBe(true);
    expect((await ana.closed()).code).toBe(1006);

    const again = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
    expect(again.port).toBe(port);
    expect(again.joinUrl).toBe(`http://${ROOM_HOST}:${port}/j/${roomToken}`);
    const snapshot = (await ana.connect()) as SeatSnapshot;
    expect(snapshot).toMatchObject({ phase: 'scoring', seat: { id: seats[0], label: 'Ana' } });
    expect(snapshot.answers).toEqual([{ item: 'leadership-1', round: 1, value: 4, note: '', seq: 1 }]);
  });

  it('status counts answers per seat and section and who is connected, never values', async () => {
    const { auditId, seats, roomToken, port } = await setUp();
    const ana = phone(port);
    await ana.join({ roomToken });
    await ana.claim({ seatId: seats[0] });
    await ana.connect();
    await ana.answer(1, 'leadership-1', 5);
    await ana.answer(2, 'leadership-2', null);
    await ana.answer(3, 'sign-destination', 2);
    await callRoom(storage, context, 'responses.save', {
      auditId,
      participantId: seats[1] ?? '',
      itemId: 'leadership-1',
      value: 1,
    });
    const status = await callRoom(storage, context, 'room.status', { auditId });
    const [a, b, c] = status.seats;
    expect([
      a?.claimed,
      a?.connected,
      a?.answered,
      b?.claimed,
      b?.connected,
      b?.answered,
      c?.answered,
    ]).toEqual([true, true, 3, false, false, 1, 0]);
    expect(a?.sections.find((s) => s.id === 'leadership')).toMatchObject({ answered: 2 });
    expect(a?.sections.find((s) => s.id === 'signs')).toMatchObject({ answered: 1 });
    expect(status.everyoneDone).toBe(false);
    expect(JSON.stringify(status)).not.toMatch(/"value"/);
  });

  it('release frees the seat (its phone hears it is closed), another phone claims it, the answers stay', async () => {
    const { auditId, seats, roomToken, port } = await setUp();
    const ana = phone(port);
    await ana.join({ roomToken });
    await ana.claim({ seatId: seats[0] });
    await ana.connect();
    await ana.answer(1, 'leadership-1', 4);
    const closed = ana.next((m) => m.type === 'snapshot' && m.phase === 'closed');
    const status = await callRoom(storage, context, 'room.release', {
      auditId,
      participantId: seats[0] ?? '',
    });
    expect(status.seats[0]).toMatchObject({ claimed: false, connected: false, answered: 1 });
    expect(await closed).toMatchObject({ phase: 'closed', answers: [], items: [] });
    // The released phone can no longer write that seat.
    expect(await ana.answer(2, 'leadership-2', 3)).toMatchObject({ type: 'refused' });

    const other = phone(port);
    await other.join({ roomToken });
    expect((await other.claim({ seatId: seats[0] })).status).toBe(200);
    const snapshot = (await other.connect()) as SeatSnapshot;
    // The seat's answers carry on with the new phone, whose numbers start again.
    expect(snapshot.answers).toEqual([{ item: 'leadership-1', round: 1, value: 4, note: '', seq: 0 }]);
    expect(await other.answer(1, 'leadership-1', 2)).toMatchObject({ type: 'ack' });
  });

  it('lock keeps new phones out and lets phones already in carry on', async () => {
    const { auditId, seats, roomToken, port } = await setUp();
    const ana = phone(port);
    await ana.join({ roomToken });
    await ana.claim({ seatId: seats[0] });
    expect(await callRoom(storage, context, 'room.lock', { auditId, locked: true })).toMatchObject({
      locked: true,
    });
    const late = await postJson(port, '/p/join', { roomToken });
    expect(late.status).toBe(409);
    expect(JSON.parse(late.body).error.message).toMatch(/locked/);
    const joinedAgain = await ana.join({ roomToken });
    expect(joinedAgain.seatId).toBe(seats[0]);
    await ana.connect();
    expect(await ana.answer(1, 'leadership-1', 3)).toMatchObject({ type: 'ack' });
    await callRoom(storage, context, 'room.lock', { auditId, locked: false });
    expect((await postJson(port, '/p/join', { roomToken })).status).toBe(200);
  });

  it('open seats let a phone add itself as a participant, by the rules of participants.add', async () => {
    const { auditId, roomToken, port } = await setUp(['Ana']);
    const dee = phone(port);
    expect((await dee.join({ roomToken })).openSeats).toBe(false);
    expect((await dee.claim({ newSeat: { name: 'Dee' } })).status).toBe(409);
    await callRoom(storage, context, 'room.openSeats', { auditId, open: true });
    expect((await dee.claim({ newSeat: { name: 'Dee\u0007' } })).status).toBe(400);
    const claimed = await dee.claim({ newSeat: { name: '  Dee  ' } });
    expect(claimed.status).toBe(200);
    const detail = await callRoom(storage, context, 'audits.get', { id: auditId });
    expect(detail.participants.map((p) => [p.name, p.code])).toEqual([
      ['Ana', 'P1'],
      ['Dee', 'P2'],
    ]);
    expect(JSON.parse(claimed.body)).toEqual({ seatId: detail.participants[1]?.id, label: 'Dee' });
  });

  it('nudge reaches the connected phone of that seat only, and says when it could not', async () => {
    const { auditId, seats, roomToken, port } = await setUp();
    const ana = phone(port);
    await ana.join({ roomToken });
    await ana.claim({ seatId: seats[0] });
    await ana.connect();
    const nudged = ana.next((m) => m.type === 'nudge');
    expect(
      await callRoom(storage, context, 'room.nudge', { auditId, participantId: seats[0] ?? '' }),
    ).toEqual({
      delivered: true,
    });
    expect(await nudged).toMatchObject({ type: 'nudge', message: expect.stringMatching(/carry on/) });
    expect(
      await callRoom(storage, context, 'room.nudge', { auditId, participantId: seats[1] ?? '' }),
    ).toEqual({
      delivered: false,
    });
  });

  it('end tells every phone the room is closed, closes the port and forgets tokens and seats', async () => {
    const { auditId, seats, roomToken, port } = await setUp();
    const ana = phone(port);
    await ana.join({ roomToken });
    await ana.claim({ seatId: seats[0] });
    await ana.connect();
    await ana.answer(1, 'leadership-1', 4);
    const closed = ana.next((m) => m.type === 'snapshot' && m.phase === 'closed');
    const ended = await callRoom(storage, context, 'room.end', { auditId });
    expect(await closed).toMatchObject({ phase: 'closed' });
    expect(ended).toMatchObject({
      running: false,
      code: null,
      seats: [{ claimed: false, answered: 1 }, {}, {}],
    });
    expect(await refused(port)).toBe(true);
    const again = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
    expect(again.joinUrl).not.toContain(roomToken);
    expect((await postJson(again.port ?? 0, '/p/join', { roomToken })).status).toBe(404);
  });
});
