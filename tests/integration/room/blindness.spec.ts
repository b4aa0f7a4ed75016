import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import type { ServiceContext } from '../../../electron/core/services/context.ts';
import type { RoomHost } from '../../../electron/core/services/room/host.ts';
import type { ServerMessage, SeatSnapshot } from '../../../shared/room/protocol.ts';
import { auditWithSeats, callRoom, Phone, ROOM_HOST, roomContext } from '../../fixtures/room.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * Blindness by the server (docs/spec/room.md): with three phones scoring, no frame, snapshot,
 * response body or error that reaches a phone, and no projector view, carries another
 * participant's value or note before the reveal. Every text each phone receives is recorded
 * and inspected; every note is a unique marker.
 */

let storage: Storage;
let host: RoomHost;
let context: ServiceContext;
afterEach(async () => {
  await host.closeAll();
  closeStorage(storage);
});

const ITEMS = ['leadership-1', 'leadership-2', 'leadership-3', 'sign-destination', 'sign-commitment'];
/** Each seat's answer to each item: different per seat, so a leaked value could be told apart by item. */
const valueOf = (seat: number, item: number): number | null =>
  item === 2
    ? seat === 1
      ? null
      : 1 + seat
    : ITEMS[item]?.startsWith('sign')
      ? (seat + item) % 4
      : 1 + ((seat * 2 + item) % 5);
const markerOf = (seat: number, item: number) => `marker-${seat}-${item}-x7q`;

/** Every key and value in a JSON text, so a test can say what a message names. */
function walk(value: unknown, visit: (key: string, v: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v);
      walk(v, visit);
    }
  }
}

describe('blindness by the server', () => {
  for (const anonymous of [false, true]) {
    it(`nothing a phone or the projector receives before the reveal carries another seat's value or note (${anonymous ? 'anonymous' : 'named'} audit)`, async () => {
      storage = await tempStorage();
      ({ host, context } = roomContext(storage));
      const { auditId, seats } = await auditWithSeats(storage, ['Ana', 'Ben', 'Caro'], { anonymous });
      const status = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
      const port = status.port ?? 0;
      const roomToken = status.joinUrl?.split('/j/')[1] ?? '';
      const projector: string[] = [];
      const look = async () =>
        projector.push(JSON.stringify(await callRoom(storage, context, 'room.projector', { auditId })));

      const phones = seats.map(() => new Phone(port));
      for (const [i, phone] of phones.entries()) {
        await (i === 1 ? phone.join({ code: status.code ?? '' }) : phone.join({ roomToken }));
        // A wrong claim first: its refusal is a body the phone receives too.
        if (i > 0) expect((await phone.claim({ seatId: seats[0] })).status).toBe(409);
        expect((await phone.claim({ seatId: seats[i] })).status).toBe(200);
        await phone.connect();
        await look();
      }
      // Everyone scores at once, with notes; one phone reloads midway; the app changes one of Caro's answers.
      await Promise.all(
        phones.map(async (phone, seat) => {
          for (const [n, item] of ITEMS.entries()) {
            const reply = await phone.answer(n + 1, item, valueOf(seat, n), markerOf(seat, n));
            expect(reply.type, JSON.stringify(reply)).toBe('ack');
            if (seat === 0 && n === 2) {
              phone.close();
              await phone.connect();
            }
            await look();
          }
        }),
      );
      // A refused answer and a message that breaks the protocol: errors reach the phone too.
      expect(await phones[1]!.answer(99, 'no-such-item', 3)).toMatchObject({ type: 'refused' });
      const refresh = phones[2]!.next((m) => m.type === 'snapshot');
      await callRoom(storage, context, 'responses.save', {
        auditId,
        participantId: seats[2] ?? '',
        itemId: 'leadership-1',
        value: 5,
        note: markerOf(2, 9),
      });
      expect(((await refresh) as SeatSnapshot).answers.find((a) => a.item === 'leadership-1')).toMatchObject({
        value: 5,
        note: markerOf(2, 9),
        seq: 0,
      });
      await look();

      // Before the reveal: every text each phone received.
      for (const [seat, phone] of phones.entries()) {
        const others = seats.flatMap((_, s) =>
          s === seat ? [] : [...ITEMS.keys(), 9].map((n) => markerOf(s, n)),
        );
        for (const text of phone.received) {
          for (const marker of others) expect(text, `phone ${seat}`).not.toContain(marker);
          const parsed = JSON.parse(text) as unknown;
          const message = parsed as ServerMessage;
          if (message.type === 'snapshot') {
            // A snapshot is of this seat alone: its id, and only answers this seat gave.
            expect(message.seat.id).toBe(seats[seat]);
            for (const a of message.answers) {
              const n = ITEMS.indexOf(a.item);
              const own = seat === 2 && a.item === 'leadership-1' && a.seq === 0 ? 5 : valueOf(seat, n);
              expect(a.value, `${a.item} on phone ${seat}`).toBe(own);
            }
          } else {
            // Nothing else a phone hears names a value at all.
            walk(parsed, (key) =>
              expect(['value', 'values', 'answers', 'note', 'notes', 'distribution']).not.toContain(key),
            );
          }
        }
        expect(phone.messages.filter((m) => m.type === 'ack')).toHaveLength(ITEMS.length);
      }
      // The projector: counts only, no spotlight, no value, no note.
      expect(projector.length).toBeGreaterThan(ITEMS.length * 3);
      for (const text of projector) {
        for (const [s] of seats.entries())
          for (const n of [...ITEMS.keys(), 9]) expect(text).not.toContain(markerOf(s, n));
        const view = JSON.parse(text) as { spotlight: unknown; phase: string };
        expect(view.spotlight).toBeNull();
        expect(view.phase).not.toBe('revealed');
        walk(view, (key) =>
          expect(['value', 'mean', 'spread', 'distribution', 'notes', 'label']).not.toContain(key),
        );
      }
      expect(JSON.parse(projector.at(-1) ?? '{}').progress).toEqual({
        seats: 3,
        joined: 3,
        done: 0,
        answered: 3 * ITEMS.length,
        total: 3 * 65,
      });

      // The reveal: every phone hears it with its own answers still, and the projector shows the first item.
      const revealed = phones.map((p) => p.next((m) => m.type === 'snapshot' && m.phase === 'revealed'));
      await callRoom(storage, context, 'audits.startReveal', { id: auditId });
      for (const [seat, pending] of revealed.entries()) {
        const snapshot = (await pending) as SeatSnapshot;
        expect(snapshot.items).toEqual([]);
        expect(snapshot.answers.every((a) => a.note.startsWith(`marker-${seat}-`))).toBe(true);
      }
      const view = await callRoom(storage, context, 'room.projector', { auditId });
      expect(view.phase).toBe('revealed');
      expect(view.spotlight).not.toBeNull();
      for (const phone of phones) phone.close();
    });
  }
});
