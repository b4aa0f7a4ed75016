import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { send as sendTo, tempRenderer } from '../../fixtures/http.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
let server: WebServer;

beforeAll(async () => {
  storage = await tempStorage();
  server = await startWebServer({ storage, rendererDir: tempRenderer() });
});
afterAll(async () => {
  await server.close();
  closeStorage(storage);
});

const send = (options: Parameters<typeof sendTo>[1]) => sendTo(server.port, options);
const host = () => `127.0.0.1:${server.port}`;
const json = { 'content-type': 'application/json' };
const refusedBecause = (reason: string) => ({
  ok: false,
  error: { code: 'forbidden', message: `Refused: ${reason}.` },
});
const audits = () => storage.db.prepare('SELECT count(*) FROM audits').pluck().get();

describe('the loopback binding', () => {
  it('listens on 127.0.0.1 with a random token in the printed URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the page with its CSP and sets no cookie: the token stays with the page', async () => {
    const page = await send({ path: `/?token=${server.token}`, headers: { host: host() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>RC</title>');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    // A reload after the page removed the token from the address still gets the page.
    expect((await send({ path: '/', headers: { host: host() } })).status).toBe(200);
  });

  it('answers API calls that carry the token as a Bearer header', async () => {
    const answer = await send({
      path: '/api/audits.list',
      method: 'POST',
      headers: { host: host(), authorization: `Bearer ${server.token}`, ...json },
      body: '{}',
    });
    expect([answer.status, JSON.parse(answer.body)]).toEqual([200, { ok: true, value: [] }]);
  });

  it('takes the token from nowhere else: not a cookie, not the query', async () => {
    const attempts: { path: string; headers: Record<string, string> }[] = [
      { path: '/api/audits.list', headers: { cookie: `rc_token=${server.token}` } },
      { path: `/api/audits.list?token=${server.token}`, headers: {} },
      { path: '/api/audits.list', headers: { authorization: server.token } },
    ];
    for (const attempt of attempts) {
      const answer = await send({
        path: attempt.path,
        method: 'POST',
        headers: { host: host(), ...json, ...attempt.headers },
        body: '{}',
      });
      expect([answer.status, JSON.parse(answer.body)]).toEqual([
        403,
        refusedBecause('missing or wrong token'),
      ]);
    }
  });

  it('refuses an API call without the token or with a wrong one, and creates nothing', async () => {
    for (const authorization of [undefined, 'Bearer nope', `Bearer ${server.token}x`]) {
      const answer = await send({
        path: '/api/audits.create',
        method: 'POST',
        headers: { host: host(), ...json, ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ organization: 'X', title: 'Y', date: '2026-01-01' }),
      });
      expect([answer.status, JSON.parse(answer.body)]).toEqual([
        403,
        refusedBecause('missing or wrong token'),
      ]);
    }
    expect(audits()).toBe(0);
  });

  it('refuses a foreign Origin even with the token (another web page in the browser)', async () => {
    const result = await send({
      path: '/api/audits.create',
      method: 'POST',
      headers: {
        host: host(),
        origin: 'https://evil.example',
        authorization: `Bearer ${server.token}`,
        ...json,
      },
      body: JSON.stringify({ organization: 'X', title: 'Y', date: '2026-01-01' }),
    });
    expect([result.status, JSON.parse(result.body)]).toEqual([403, refusedBecause('foreign Origin')]);
    expect(audits()).toBe(0);
    const page = await send({ path: '/', headers: { host: host(), origin: 'http://127.0.0.1:1' } });
    expect(page.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), for the page as for the API', async () => {
    const page = await send({ path: '/', headers: { host: `rebind.example:${server.port}` } });
    expect([page.status, JSON.parse(page.body)]).toEqual([403, refusedBecause('foreign Host')]);
    const api = await send({
      path: '/api/audits.list',
      method: 'POST',
      headers: { host: `rebind.example:${server.port}`, authorization: `Bearer ${server.token}`, ...json },
      body: '{}',
    });
    expect(api.status).toBe(403);
  });

  it('answers malformed JSON with an error envelope, and refuses files outside the renderer', async () => {
    const bad = await send({
      path: '/api/audits.list',
      method: 'POST',
      headers: { host: host(), authorization: `Bearer ${server.token}`, ...json },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
    });
    for (const escape of ['/..%2f..%2fpackage.json', '/../package.json', '/%2e%2e/package.json']) {
      const answer = await send({ path: escape, headers: { host: host() } });
      expect([403, 404], escape).toContain(answer.status);
      expect(answer.body).not.toContain('reality-check');
    }
  });
});
