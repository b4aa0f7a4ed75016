import WebSocket from 'ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import type { ServiceContext } from '../../../electron/core/services/context.ts';
import type { RoomHost } from '../../../electron/core/services/room/host.ts';
import { ROOM_MAX_MESSAGE_BYTES, ROOM_WRONG_CODES_PER_MINUTE } from '../../../shared/limits.ts';
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
 * Authority (docs/spec/room.md): a phone writes only its own seat's answers, only for open
 * items, only before the reveal; it reaches nothing of the facilitator's API and cannot read
 * the audit; wrong tokens, foreign Host or Origin, oversized or malformed input and floods of
 * codes are refused. After each refusal nothing is written.
 */

let storage: Storage;
let host: RoomHost;
let context: ServiceContext;
let auditId: string;
let seats: string[];
let port: number;
let roomToken: string;
let code: string;
let ana: Phone;

beforeAll(async () => {
  storage = await tempStorage();
  ({ host, context } = roomContext(storage));
  ({ auditId, seats } = await auditWithSeats(storage, ['Ana', 'Ben']));
  const status = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST });
  port = status.port ?? 0;
  roomToken = status.joinUrl?.split('/j/')[1] ?? '';
  code = status.code ?? '';
  ana = new Phone(port);
  await ana.join({ roomToken });
  await ana.claim({ seatId: seats[0] });
  await ana.connect();
  expect(await ana.answer(1, 'leadership-1', 4, 'own note')).toMatchObject({ type: 'ack' });
  await callRoom(storage, context, 'responses.save', {
    auditId,
    participantId: seats[1] ?? '',
    itemId: 'leadership-1',
    value: 2,
  });
});
afterAll(async () => {
  ana.close();
  await host.closeAll();
  closeStorage(storage);
});

// A socket tried on Ana's device token takes over from hers (one socket per device): she reconnects.
beforeEach(async () => {
  if (ana.socket?.readyState !== WebSocket.OPEN) await ana.connect();
});

/** Everything stored that a phone could change: row counts and the answers themselves. */
function stored(): unknown {
  return {
    counts: tableCounts(storage.db),
    responses: storage.db.prepare('SELECT * FROM responses ORDER BY participant_id, item_id').all(),
    devices: storage.db
      .prepare('SELECT token_hash, participant_id FROM room_devices ORDER BY token_hash')
      .all(),
    room: storage.db.prepare('SELECT locked, open_seats, presented_item FROM rooms').all(),
  };
}

/** Runs a refused attempt and checks that nothing was written by it. */
async function nothingWritten<T>(attempt: () => Promise<T>): Promise<T> {
  const before = stored();
  const result = await attempt();
  expect(stored()).toEqual(before);
  return result;
}

/** A socket that said hello as `phone`, to try things on and see it closed. */
async function socketOf(phone: Phone): Promise<Phone> {
  const fresh = new Phone(port);
  fresh.deviceToken = phone.deviceToken;
  await fresh.connect();
  return fresh;
}

describe('what a phone may write', () => {
  it('cannot write another seat: a message naming a participant is not one of the protocol and closes the socket', async () => {
    const phone = await socketOf(ana);
    await nothingWritten(async () => {
      phone.send({
        type: 'answer',
        seq: 50,
        item: 'leadership-1',
        round: 1,
        value: 5,
        participantId: seats[1],
      });
      expect(await phone.closed()).toEqual({ code: 1008, reason: 'invalid-input' });
    });
    expect(phone.messages.at(-1)).toMatchObject({ type: 'error', code: 'invalid-input' });
  });

  it('cannot write an item that is not in the instrument, or a round that is not open', async () => {
    await nothingWritten(async () => {
      expect(await ana.answer(60, 'no-such-item', 3)).toMatchObject({
        type: 'refused',
        message: /not an item/,
      });
      ana.send({ type: 'answer', seq: 61, item: 'leadership-2', round: 2, value: 3 });
      expect(await ana.next((m) => m.type === 'refused' && m.seq === 61)).toMatchObject({
        message: /Round 2/,
      });
      expect(await ana.answer(62, 'leadership-2', 9)).toMatchObject({ type: 'refused', message: /value/ });
      expect(await ana.answer(63, 'leadership-2', 3, 'bell\u0007')).toMatchObject({
        type: 'refused',
        message: /note/,
      });
    });
  });

  it('cannot write after the reveal, and hears the reveal', async () => {
    await callRoom(storage, context, 'audits.startReveal', { id: auditId });
    await nothingWritten(async () => {
      expect(await ana.answer(70, 'leadership-2', 3)).toMatchObject({ type: 'refused', message: /reveal/ });
      ana.send({ type: 'clear', seq: 71, item: 'leadership-1', round: 1 });
      expect(await ana.next((m) => m.type === 'refused' && m.seq === 71)).toMatchObject({
        message: /reveal/,
      });
    });
    await callRoom(storage, context, 'audits.reopenScoring', { id: auditId });
  });

  it('cannot write a seat it no longer holds', async () => {
    const ben = new Phone(port);
    await ben.join({ roomToken });
    await nothingWritten(async () => {
      expect((await ben.claim({ seatId: seats[0] })).status).toBe(409);
      await ben.connect();
      expect(await ben.answer(1, 'leadership-3', 3)).toMatchObject({
        type: 'refused',
        message: /holds no seat/,
      });
    });
    ben.close();
  });
});

describe('what a phone may reach', () => {
  it('reaches no facilitator method and no audit API, and none of the page folder but the page and its assets', async () => {
    await nothingWritten(async () => {
      for (const path of [
        '/api/audits.list',
        '/api/room.status',
        '/api/audits.get',
        '/room.status',
        '/p/room.start',
      ]) {
        for (const method of ['GET', 'POST']) {
          const answer = await roomRequest(port, {
            path,
            method,
            headers: { 'content-type': 'application/json' },
            body: method === 'POST' ? JSON.stringify({ auditId, id: auditId }) : undefined,
          });
          expect(answer.status, `${method} ${path}`).toBe(404);
          expect(answer.body).not.toContain('Ana');
        }
      }
      for (const path of [
        '/secret.txt',
        '/phone/assets/../secret.txt',
        '/phone/assets/%2e%2e/secret.txt',
        '/index.html',
        '/assets/phone.js',
      ]) {
        // 404, or 403 where the static server sees a way out of its folder.
        const answer = await roomRequest(port, { path });
        expect([403, 404], path).toContain(answer.status);
        expect(answer.body).not.toContain('secret-content-q9');
      }
      expect((await roomRequest(port, { path: '/phone/assets/phone.js' })).status).toBe(200);
    });
  });

  it('serves the page with a strict policy of its own: no inline script, no other origin', async () => {
    const page = await roomRequest(port, { path: '/' });
    expect(page.status).toBe(200);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain(`connect-src 'self' ws://${ROOM_HOST}:${port};`);
    expect(policy).not.toMatch(/unsafe|https?:|\*/);
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});

describe('refusals', () => {
  it('a missing or wrong device token: 401 on claim, a closed socket on hello', async () => {
    await nothingWritten(async () => {
      expect((await postJson(port, '/p/claim', { seatId: seats[1] })).status).toBe(401);
      const wrong = await postJson(
        port,
        '/p/claim',
        { seatId: seats[1] },
        { authorization: `Bearer ${'x'.repeat(32)}` },
      );
      expect(wrong.status).toBe(401);
      const stranger = new WebSocket(`ws://${ROOM_HOST}:${port}/p/ws`);
      const closed = new Promise<[number, string]>((resolve) =>
        stranger.on('close', (c, reason) => resolve([c, reason.toString()])),
      );
      await new Promise((resolve) => stranger.once('open', resolve));
      stranger.send(JSON.stringify({ type: 'hello', deviceToken: 'y'.repeat(32) }));
      expect(await closed).toEqual([4401, 'unknown-device']);
    });
  });

  it('a wrong room token: 404 for the page and the join', async () => {
    await nothingWritten(async () => {
      expect((await roomRequest(port, { path: `/j/${'A'.repeat(22)}` })).status).toBe(404);
      expect((await postJson(port, '/p/join', { roomToken: 'A'.repeat(22) })).status).toBe(404);
    });
  });

  it('a foreign Host or Origin: 403, on HTTP and on the socket', async () => {
    await nothingWritten(async () => {
      const foreign: Record<string, string>[] = [
        { host: `evil.example:${port}` },
        { host: `localhost:${port}` },
        { host: ROOM_HOST },
        { origin: 'http://evil.example' },
        { origin: `https://${ROOM_HOST}:${port}` },
        { origin: 'null' },
      ];
      for (const headers of foreign) {
        const answer = await roomRequest(port, {
          path: '/p/join',
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ roomToken }),
        });
        expect(answer.status, JSON.stringify(headers)).toBe(403);
        expect((await roomRequest(port, { path: `/j/${roomToken}`, headers })).status).toBe(403);
      }
      const socket = new WebSocket(`ws://${ROOM_HOST}:${port}/p/ws`, {
        headers: { origin: 'http://evil.example' },
      });
      const refused = await new Promise<string>((resolve) => socket.on('error', (e) => resolve(e.message)));
      expect(refused).toMatch(/403/);
    });
  });

  it('an oversized body: 413; an oversized message: the socket closes (1009)', async () => {
    await nothingWritten(async () => {
      const big = JSON.stringify({ roomToken, deviceToken: 'z'.repeat(ROOM_MAX_MESSAGE_BYTES) });
      expect(
        (
          await roomRequest(port, {
            path: '/p/join',
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: big,
          })
        ).status,
      ).toBe(413);
      const phone = await socketOf(ana);
      phone.send({
        type: 'answer',
        seq: 80,
        item: 'leadership-2',
        round: 1,
        value: 3,
        note: 'n'.repeat(ROOM_MAX_MESSAGE_BYTES),
      });
      expect((await phone.closed()).code).toBe(1009);
    });
  });

  it('invalid JSON: 400 over HTTP, an error and a closed socket over the WebSocket; other types 415', async () => {
    await nothingWritten(async () => {
      const answer = await roomRequest(port, {
        path: '/p/join',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"roomToken":',
      });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body).error.message).toBe('The request body is not valid JSON.');
      expect((await postJson(port, '/p/join', { roomToken, extra: 1 })).status).toBe(400);
      const text = await roomRequest(port, {
        path: '/p/join',
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      });
      expect(text.status).toBe(415);
      const phone = await socketOf(ana);
      phone.socket?.send('{"type":"answer",');
      expect(await phone.closed()).toEqual({ code: 1008, reason: 'invalid-input' });
      expect(phone.messages.at(-1)).toEqual({
        type: 'error',
        code: 'invalid-input',
        message: 'The message is not valid JSON.',
      });
    });
  });

  it('a socket whose first message is not hello is closed, and nothing it sent is read', async () => {
    await nothingWritten(async () => {
      const socket = new WebSocket(`ws://${ROOM_HOST}:${port}/p/ws`);
      const closed = new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(JSON.stringify({ type: 'answer', seq: 1, item: 'leadership-5', round: 1, value: 3 }));
      expect(await closed).toBe(1008);
    });
  });

  it('a flood of wrong codes: 429 from that address, before any lookup, the right code included', async () => {
    const statuses = await nothingWritten(async () => {
      const seen: number[] = [];
      for (let i = 0; i < ROOM_WRONG_CODES_PER_MINUTE + 5; i++) {
        seen.push((await postJson(port, '/p/join', { code: i % 2 === 0 ? 'AAAAAA' : 'ZZZ' })).status);
      }
      seen.push((await postJson(port, '/p/join', { code })).status);
      seen.push((await postJson(port, '/p/join', { roomToken })).status);
      return seen;
    });
    const first = statuses.indexOf(429);
    // Wrong codes count with the wrong tokens tried above, from the same address.
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(ROOM_WRONG_CODES_PER_MINUTE);
    expect(statuses.slice(0, first).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(first).every((s) => s === 429)).toBe(true);
  });
});
