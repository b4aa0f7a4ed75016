import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, type Store } from '../../../electron/db/store.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { tempDir, tempStore } from '../../fixtures/temp-store.ts';

let store: Store;
let server: WebServer;

beforeAll(async () => {
  store = await tempStore();
  const renderer = tempDir();
  mkdirSync(renderer, { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>RC</title>');
  server = await startWebServer({ store, rendererDir: renderer });
});
afterAll(async () => {
  await server.close();
  closeStore(store);
});

/** A raw request, so Host and Origin can be set to anything (fetch would not let us). */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: options.path,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const host = () => `127.0.0.1:${server.port}`;

describe('the loopback binding', () => {
  it('listens on 127.0.0.1 with a random token in the printed URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the page with the token and sets a strict session cookie and CSP', async () => {
    const page = await send({ path: `/?token=${server.token}`, headers: { host: host() } });
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'])).toMatch(/rc_token=.*HttpOnly; SameSite=Strict/);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('answers API calls that carry the token (header or cookie)', async () => {
    const body = JSON.stringify({});
    const viaHeader = await send({
      path: '/api/audits.list',
      method: 'POST',
      headers: { host: host(), authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body,
    });
    expect(JSON.parse(viaHeader.body)).toEqual({ ok: true, value: [] });
    const viaCookie = await send({
      path: '/api/audits.list',
      method: 'POST',
      headers: { host: host(), cookie: `rc_token=${server.token}`, origin: `http://${host()}` },
      body,
    });
    expect(viaCookie.status).toBe(200);
  });

  it('refuses a request without the token or with a wrong one', async () => {
    expect(await send({ path: '/', headers: { host: host() } })).toMatchObject({
      status: 403,
      body: 'Refused: missing or wrong token.',
    });
    expect(
      await send({
        path: '/api/audits.list',
        method: 'POST',
        headers: { host: host(), authorization: 'Bearer nope' },
        body: '{}',
      }),
    ).toMatchObject({ status: 403 });
  });

  it('refuses a foreign Origin even with the token (another web page in the browser)', async () => {
    const result = await send({
      path: '/api/audits.create',
      method: 'POST',
      headers: { host: host(), origin: 'https://evil.example', cookie: `rc_token=${server.token}` },
      body: JSON.stringify({ organization: 'X', title: 'Y', date: '2026-01-01' }),
    });
    expect(result).toMatchObject({ status: 403, body: 'Refused: foreign Origin.' });
    expect(store.db.prepare('SELECT count(*) FROM audits').pluck().get()).toBe(0);
  });

  it('refuses a foreign Host (DNS rebinding) even with the token', async () => {
    const result = await send({
      path: `/?token=${server.token}`,
      headers: { host: `rebind.example:${server.port}` },
    });
    expect(result).toMatchObject({ status: 403, body: 'Refused: foreign Host.' });
  });

  it('answers malformed JSON with an error envelope, and refuses files outside the renderer', async () => {
    const bad = await send({
      path: '/api/audits.list',
      method: 'POST',
      headers: { host: host(), authorization: `Bearer ${server.token}` },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const escape = await send({
      path: `/..%2f..%2fpackage.json?token=${server.token}`,
      headers: { host: host() },
    });
    expect(escape.status).toBe(404);
  });
});
