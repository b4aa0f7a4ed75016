import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../db/store.ts';
import { invoke } from '../services/dispatch.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { refusal, TOKEN_COOKIE } from './guard.ts';
import { readStatic } from './static-files.ts';

/** The same policy the page declares; sent as a header too, so it holds whatever serves the page. */
export { CONTENT_SECURITY_POLICY };

const MAX_BODY = 64 * 1024 * 1024;

/** Extra GET routes (such as the PDF download), answered after the guard has let a request through. */
export type Route = (request: IncomingMessage, url: URL, response: ServerResponse) => Promise<boolean>;

export type WebServerOptions = {
  readonly store: Store;
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly token?: string;
  readonly routes?: readonly Route[];
};

export type WebServer = {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly close: () => Promise<void>;
};

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...headers,
  });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  store: Store,
  method: string,
): Promise<void> {
  if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Use POST for API calls.');
  let input: unknown;
  try {
    const text = await readBody(request);
    input = text === '' ? {} : JSON.parse(text);
  } catch (error) {
    const message = `The request body is not valid JSON (${error instanceof Error ? error.message : String(error)}).`;
    return send(
      response,
      400,
      'application/json',
      JSON.stringify({ ok: false, error: { code: 'invalid-input', message } }),
    );
  }
  const result = await invoke(store, method, input);
  send(response, 200, 'application/json', JSON.stringify(result));
}

/**
 * Serves the built renderer and the API on 127.0.0.1 only, for the browser binding and the
 * end-to-end tests. Every request must carry the session token and name our own host.
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const origin: { host: '127.0.0.1'; port: number } = { host: '127.0.0.1', port: 0 };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', `http://${origin.host}:${origin.port}`);
      const refused = refusal(request, url, origin, token);
      if (refused) return send(response, 403, 'text/plain; charset=utf-8', `Refused: ${refused}.`);
      const cookie = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      if (url.pathname.startsWith('/api/'))
        return handleApi(request, response, options.store, url.pathname.slice(5));
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return send(response, 405, 'text/plain', 'Method not allowed.');
      for (const route of options.routes ?? []) if (await route(request, url, response)) return;
      const file = await readStatic(options.rendererDir, url.pathname);
      if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
      send(response, 200, file.type, file.body, { 'Set-Cookie': cookie });
    })().catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, 'text/plain; charset=utf-8', `Server error: ${String(error)}`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, origin.host, () => {
      origin.port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${origin.host}:${origin.port}/?token=${token}`,
        port: origin.port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
