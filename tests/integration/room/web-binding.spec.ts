import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { tempRenderer } from '../../fixtures/http.ts';
import { auditWithSeats, ROOM_HOST, roomRequest } from '../../fixtures/room.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The browser version runs a room too: `npm run web`'s loopback binding hands its room host to
 * dispatch, so room.start over /api opens the room on the venue address, and closing the
 * binding closes every room it opened.
 */

let storage: Storage;
let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  closeStorage(storage);
});

async function api(method: string, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`http://127.0.0.1:${server?.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server?.token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

describe('room mode through the loopback binding', () => {
  it('starts a room on the address asked, serves its phone page, and closes it with the binding', async () => {
    storage = await tempStorage();
    const { auditId } = await auditWithSeats(storage, ['Ana']);
    server = await startWebServer({ storage, rendererDir: tempRenderer() });
    const started = await api('room.start', { auditId, host: ROOM_HOST });
    expect(started.status).toBe(200);
    const status = started.json.value;
    expect(status).toMatchObject({ running: true, host: ROOM_HOST });
    // The facilitator's API is not on the room's address.
    expect((await roomRequest(status.port, { path: '/api/room.status', method: 'POST' })).status).toBe(404);
    expect((await api('room.status', { auditId })).json.value.running).toBe(true);
    await server.close();
    server = null;
    const after = await roomRequest(status.port, { path: '/' }).then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(after).toBe('ECONNREFUSED');
  });
});
