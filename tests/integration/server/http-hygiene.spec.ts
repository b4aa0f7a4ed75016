import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { IMPORT_BODY_BYTES, MIB } from '../../../electron/server/limits.ts';
import { MAX_AUDIT_FILE_BYTES } from '../../../shared/limits.ts';
import { SECURITY_HEADERS } from '../../../electron/server/security-headers.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { openSocket, send, tempRenderer, type Answer } from '../../fixtures/http.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * What a well-kept HTTP server does by default, checked on the loopback binding over real
 * sockets: 400, 405, 413, 415 and 429 where they belong, the security headers on every kind
 * of answer, HEAD without the work of GET, malformed addresses, a connection cap, header and
 * body timeouts, and errors that tell nothing of the inside.
 */

const stores: Storage[] = [];
const servers: WebServer[] = [];

/** A server of its own for a test, with tighter limits where the test needs to reach them. */
async function serve(limits: Parameters<typeof startWebServer>[0]['limits'] = {}, log?: (m: string) => void) {
  const storage = await tempStorage();
  const server = await startWebServer({
    storage,
    rendererDir: tempRenderer(),
    limits,
    ...(log ? { log } : {}),
  });
  stores.push(storage);
  servers.push(server);
  return { storage, server, host: `127.0.0.1:${server.port}` };
}

afterAll(async () => {
  for (const server of servers) await server.close();
  for (const storage of stores) closeStorage(storage);
});

let main: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  main = await serve();
});

const call = (
  method: string,
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) =>
  send(main.server.port, {
    path: `/api/${method}`,
    method: 'POST',
    headers: { host: main.host, authorization: `Bearer ${main.server.token}`, ...headers },
    body,
  });

const envelope = (answer: Answer) =>
  JSON.parse(answer.body) as { ok: boolean; error?: { code: string; message: string } };
const audits = (storage: Storage) => storage.db.prepare('SELECT count(*) FROM audits').pluck().get();
const newAudit = JSON.stringify({ organization: 'Acme', title: 'Offsite', date: '2026-11-23' });

function expectSecurityHeaders(answer: Answer, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(answer.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
}

describe('request bodies', () => {
  it('answers a body over the limit with 413, not a reset connection, and writes nothing', async () => {
    const body = Buffer.alloc(70 * MIB, 0x20);
    const answer = await call('audits.create', body);
    expect(answer.status).toBe(413);
    expect(envelope(answer)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The request is too large: at most 1 MiB here.' },
    });
    expect(audits(main.storage)).toBe(0);
  });

  it('keeps ordinary calls small and lets files.import alone carry an audit file', async () => {
    const twoMiB = JSON.stringify({ organization: 'x'.repeat(2 * MIB), title: 'T', date: '2026-11-23' });
    expect((await call('audits.create', twoMiB)).status).toBe(413);
    // 2 MiB of text reaches files.import's own validation (it is not a valid audit file).
    const imported = await call('files.import', JSON.stringify({ text: ' '.repeat(2 * MIB) }));
    expect(imported.status).toBe(400);
    expect(envelope(imported).error?.code).toBe('invalid-input');
    // A file over its own limit but within the body's gets the limit's message (shared/limits.ts).
    const big = await call('files.import', JSON.stringify({ text: ' '.repeat(MAX_AUDIT_FILE_BYTES + 1) }));
    expect(big.status).toBe(400);
    expect(envelope(big).error?.message).toBe(
      'text: the file is 50.1 MB; an audit file may be at most 50 MB',
    );
    expect(IMPORT_BODY_BYTES).toBe(2 * MAX_AUDIT_FILE_BYTES + MIB);
    const over = await call('files.import', Buffer.alloc(IMPORT_BODY_BYTES + 1, 0x20));
    expect(envelope(over).error?.message).toBe('The request is too large: at most 96 MiB here.');
  });

  it('answers every type but JSON with 415, and creates nothing', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/jsonx',
    ]) {
      const answer = await call('audits.create', newAudit, { 'content-type': type });
      expect([answer.status, envelope(answer).error?.code], type).toEqual([415, 'invalid-input']);
    }
    const untyped = await call('audits.create', newAudit, {});
    expect(untyped.status).toBe(415);
    expect(audits(main.storage)).toBe(0);
    // The one type it takes, with or without a charset.
    const typed = await call('audits.list', '{}', { 'content-type': 'application/json; charset=utf-8' });
    expect(typed.status).toBe(200);
  });

  it('answers malformed, empty and prototype-polluting JSON with 400 in its own words', async () => {
    for (const body of [
      '{not json',
      '',
      '{"__proto__": {"admin": true}}',
      '{"constructor": {"prototype": {}}}',
    ]) {
      const answer = await call('audits.list', body);
      expect([answer.status, envelope(answer)], JSON.stringify(body)).toEqual([
        400,
        { ok: false, error: { code: 'invalid-input', message: 'The request body is not valid JSON.' } },
      ]);
    }
  });

  it('answers a failed call with its error code as the HTTP status', async () => {
    const invalid = await call('audits.create', JSON.stringify({ organization: 42 }));
    expect([invalid.status, envelope(invalid).error?.code]).toEqual([400, 'invalid-input']);
    const missing = await call('audits.get', JSON.stringify({ id: 'nope' }));
    expect([missing.status, envelope(missing).error]).toEqual([
      404,
      { code: 'not-found', message: 'There is no audit with id nope.' },
    ]);
    const unknown = await call('audits.drop', '{}');
    expect([unknown.status, envelope(unknown).error?.code]).toEqual([404, 'unknown-method']);
  });
});

describe('methods and addresses', () => {
  it('answers a wrong HTTP method with 405 and says which one to use', async () => {
    const headers = { host: main.host, authorization: `Bearer ${main.server.token}` };
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const api = await send(main.server.port, { path: '/api/audits.list', method, headers });
      expect([api.status, api.headers.allow], `${method} on the API`).toEqual([405, 'POST']);
    }
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const page = await send(main.server.port, { path: '/', method, headers });
      expect([page.status, page.headers.allow], `${method} on the page`).toEqual([405, 'GET, HEAD']);
    }
  });

  it('answers HEAD with the headers of GET and no body, and never renders a report for it', async () => {
    const get = await send(main.server.port, { path: '/', headers: { host: main.host } });
    const head = await send(main.server.port, { path: '/', method: 'HEAD', headers: { host: main.host } });
    expect([head.status, head.body]).toEqual([200, '']);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
    const report = await send(main.server.port, {
      path: '/api/report.export',
      method: 'HEAD',
      headers: { host: main.host, authorization: `Bearer ${main.server.token}` },
    });
    expect([report.status, report.body, report.headers['content-type']]).toEqual([
      405,
      '',
      'application/json; charset=utf-8',
    ]);
  });

  it('answers a malformed address with 400, never 500, and echoes nothing of it', async () => {
    for (const path of ['/%', '/%zz', '/assets/%E0%A4%A', '/api/%', `/%?token=${main.server.token}`]) {
      const answer = await send(main.server.port, { path, headers: { host: main.host } });
      expect([answer.status, envelope(answer)], path).toEqual([
        400,
        { ok: false, error: { code: 'invalid-input', message: 'The address is malformed.' } },
      ]);
    }
  });

  it('answers a request line the parser cannot read with a plain 400', async () => {
    const { socket, closed } = openSocket(main.server.port);
    socket.write('GET /\u0001 nonsense\r\n\r\n');
    const raw = await closed;
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(raw).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('security headers', () => {
  it('sends them on every kind of answer: page, file, API, download and each error', async () => {
    const { server, host, storage } = main;
    const auth = { host, authorization: `Bearer ${server.token}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const created = await call('audits.create', newAudit);
    const id = (envelope(created) as unknown as { value: { id: string } }).value.id;
    const answers: [string, Answer][] = [
      ['the page', await send(server.port, { path: '/', headers: { host } })],
      ['a script', await send(server.port, { path: '/assets/app.js', headers: { host } })],
      ['HEAD', await send(server.port, { path: '/', method: 'HEAD', headers: { host } })],
      ['an API result', created],
      [
        'the download',
        await send(server.port, {
          path: '/api/report.export',
          method: 'POST',
          headers: json,
          body: JSON.stringify({ id, anonymous: true }),
        }),
      ],
      ['400', await call('audits.list', '{')],
      ['403 token', await send(server.port, { path: '/api/audits.list', method: 'POST', headers: { host } })],
      ['403 host', await send(server.port, { path: '/', headers: { host: 'evil.example' } })],
      ['404', await send(server.port, { path: '/missing.js', headers: { host } })],
      ['405', await send(server.port, { path: '/api/audits.list', headers: auth })],
      ['413', await call('audits.list', Buffer.alloc(2 * MIB, 0x20))],
      ['415', await call('audits.list', '{}', { 'content-type': 'text/plain' })],
      ['400 address', await send(server.port, { path: '/%', headers: { host } })],
    ];
    storage.db.prepare('DELETE FROM audits').run();
    expect(answers.find(([what]) => what === 'the download')?.[1].headers['content-type']).toBe(
      'application/pdf',
    );
    for (const [what, answer] of answers) expectSecurityHeaders(answer, what);
  });
});

describe('floods', () => {
  it('answers a client over its request rate with 429 and Retry-After', async () => {
    const { server, host } = await serve({ requestsPerMinute: 5 });
    const statuses: number[] = [];
    let last: Answer | undefined;
    for (let i = 0; i < 7; i++) {
      last = await send(server.port, { path: '/', headers: { host } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(envelope(last!)).toEqual({
      ok: false,
      error: { code: 'rate-limited', message: 'Too many requests. Wait a minute, then try again.' },
    });
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expectSecurityHeaders(last!, '429');
  });

  it('answers 429 to wrong tokens after a few in a minute, and still lets the right one through', async () => {
    const { server, host } = await serve({ wrongCredentialsPerMinute: 3 });
    const attempt = (token: string) =>
      send(server.port, {
        path: '/api/audits.list',
        method: 'POST',
        headers: { host, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(`guess-${i}`)).status);
    expect(statuses).toEqual([403, 403, 403, 429, 429]);
    const guessing = await attempt('guess-5');
    expect(envelope(guessing)).toEqual({
      ok: false,
      error: {
        code: 'rate-limited',
        message: 'Too many refused attempts from this address. Wait a minute, then try again.',
      },
    });
    // A stale tab or another program guessing cannot lock the user out.
    expect((await attempt(server.token)).status).toBe(200);
  });

  it('closes connections over the cap at once, and serves the ones it holds', async () => {
    const { server, host } = await serve({ maxConnections: 2 });
    const held = [openSocket(server.port), openSocket(server.port)];
    // Each held connection has been answered, so the server has counted both.
    await Promise.all(
      held.map(
        ({ socket }) =>
          new Promise<void>((resolve) => {
            socket.once('data', () => resolve());
            socket.write(`GET / HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
          }),
      ),
    );
    const extra = openSocket(server.port);
    extra.socket.write(`GET / HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    expect(await extra.closed).toBe('');
    for (const { socket } of held) socket.destroy();
  });
});

describe('timeouts', () => {
  it('closes a connection whose headers never finish, with 408', async () => {
    const { server, host } = await serve({
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
      timeoutCheckMs: 50,
    });
    const { socket, closed } = openSocket(server.port);
    socket.write(`GET / HTTP/1.1\r\nHost: ${host}\r\n`);
    expect(await closed).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('closes a connection whose body trickles past the request timeout, with 408', async () => {
    const { server, host, storage } = await serve({
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
      timeoutCheckMs: 50,
    });
    const { socket, closed } = openSocket(server.port);
    socket.write(
      `POST /api/audits.create HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${server.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${newAudit.length}\r\n\r\n${newAudit.slice(0, 10)}`,
    );
    expect(await closed).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(audits(storage)).toBe(0);
  });
});

describe('what errors tell', () => {
  it('answers an internal failure in one sentence and prints the details where the server runs', async () => {
    const logged: string[] = [];
    const { server, host, storage } = await serve({}, (message) => logged.push(message));
    closeStorage(storage);
    stores.splice(stores.indexOf(storage), 1);
    const answer = await send(server.port, {
      path: '/api/audits.list',
      method: 'POST',
      headers: { host, authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect([answer.status, envelope(answer)]).toEqual([
      500,
      {
        ok: false,
        error: {
          code: 'internal',
          message: 'Something went wrong inside Reality Check. The details are printed where it runs.',
        },
      },
    ]);
    expect(logged.join('\n')).toContain('audits.list failed');
  });

  it('never passes on a parser’s or the framework’s own message', async () => {
    const answers = [
      await call('audits.list', '{"a":'),
      await call('audits.list', '{}', { 'content-type': 'text/plain' }),
      await call('audits.list', Buffer.alloc(2 * MIB, 0x20)),
      await send(main.server.port, { path: '/%', headers: { host: main.host } }),
    ];
    for (const answer of answers) {
      expect(answer.body).not.toMatch(/FST_|Unexpected|JSON at position|URIError|statusCode|stack/);
      expect(Object.keys(envelope(answer))).toEqual(['ok', 'error']);
    }
  });
});
