import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ApiError } from '../../shared/api/result.ts';
import type { HttpLimits } from './limits.ts';
import { frameworkProblem, type Problem } from './problems.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/*
 * The HTTP hygiene every surface shares, whatever it serves and wherever it listens: the
 * loopback binding today (server.ts), the room's participant API on the venue network later,
 * each one Fastify instance on its own address with its own limits and guard.
 */

/** What every surface needs to know to refuse what it must. */
export type SurfaceOptions = {
  readonly limits: HttpLimits;
  /** Headers that replace the shared ones on every answer (the phone page's own Content-Security-Policy). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Where to print what went wrong inside; never sent to the client. */
  readonly log?: (message: string) => void;
};

/** A surface that is listening: its address and how to close it. */
export type Listening = {
  readonly host: string;
  readonly port: number;
  readonly close: () => Promise<void>;
};

/** Answers with the API's error envelope and the problem's HTTP status. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ ok: false, error: problem.error } satisfies { ok: false; error: ApiError }));
}

/** A raw HTTP answer for a connection the parser gave up on (no request object to reply with). */
function rawProblem(status: number, problem: Problem): string {
  const body = JSON.stringify({ ok: false, error: problem.error });
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

function statusOfClientError(error: NodeJS.ErrnoException): number {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/** The parser's ways of saying the body is not JSON we take (empty, malformed, `__proto__`). */
const JSON_ERRORS = new Set(['FST_ERR_CTP_EMPTY_JSON_BODY', 'FST_ERR_CTP_INVALID_JSON_BODY']);

/** The path of a request without its query, for the log (a query may carry a token). */
function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '';
}

/**
 * A Fastify instance with the shared hygiene in place: JSON bodies only (415 otherwise) up to
 * the limit (413), a per-client request rate (429), a connection cap, header, body and idle
 * timeouts, the security headers on every answer, and errors in our own words (the framework's
 * and the parsers' messages never reach the client). The caller adds its guard and routes.
 */
export async function createSurface(options: SurfaceOptions): Promise<FastifyInstance> {
  const { limits } = options;
  const log = options.log ?? ((message: string) => console.error(message));
  const headers = { ...SECURITY_HEADERS, ...options.headers };
  const app = Fastify({
    logger: false,
    bodyLimit: limits.bodyBytes,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckMs,
    },
    forceCloseConnections: true,
    return503OnClosing: true,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // A malformed address (a stray `%`) is the client's mistake: 400, not a server error.
    frameworkErrors: (_error, _request, reply) => {
      // Answered before routing, so without the onSend hook: the headers go on here.
      sendProblem(reply.headers(headers), {
        status: 400,
        error: { code: 'invalid-input', message: 'The address is malformed.' },
      });
    },
    // The parser gave up on the connection (a malformed request line, headers too large, too slow).
    clientErrorHandler: (error: NodeJS.ErrnoException, socket: Socket) => {
      if (error.code === 'ECONNRESET' || !socket.writable) return;
      const status = statusOfClientError(error);
      socket.end(rawProblem(status, frameworkProblem(status, limits.bodyBytes)));
    },
  });
  app.server.maxConnections = limits.maxConnections;

  // JSON and nothing else: a form post or text/plain (which a browser sends cross-site without
  // asking) is refused with 415 before any service sees it.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers);
    return payload;
  });

  // Every request counts against its client's rate, the refused and the unknown included.
  await app.register(rateLimit, {
    global: false,
    max: limits.requestsPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: () => ({ statusCode: 429 }),
    // Retry-After on a 429, and no rate headers on every other answer.
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    addHeaders: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
      'retry-after': true,
    },
  });
  app.addHook('onRequest', app.rateLimit());

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) log(`${request.method} ${pathOf(request)} failed: ${error.stack ?? String(error)}`);
    const bodyLimit = request.routeOptions.bodyLimit ?? limits.bodyBytes;
    const problem = frameworkProblem(status, bodyLimit);
    const notJson = status === 400 && (error instanceof SyntaxError || JSON_ERRORS.has(error.code));
    sendProblem(
      reply,
      notJson
        ? { status, error: { code: 'invalid-input', message: 'The request body is not valid JSON.' } }
        : problem,
    );
  });
  app.setNotFoundHandler((_request, reply) => {
    sendProblem(reply, frameworkProblem(404, limits.bodyBytes));
  });
  return app;
}

/** A client's refused credentials, counted (see credentialAttempts). */
export type CredentialAttempts = {
  readonly blocked: (request: FastifyRequest) => Promise<boolean>;
  readonly fail: (request: FastifyRequest) => Promise<void>;
};

/**
 * Counts refused credentials per client: `blocked` is true once the client has used up its
 * allowance of wrong ones for the minute (answer 429 instead of looking further), `fail`
 * counts one more.
 */
export function credentialAttempts(app: FastifyInstance, limits: HttpLimits): CredentialAttempts {
  const limiter = app.createRateLimit({ max: limits.wrongCredentialsPerMinute, timeWindow: 60_000 });
  return {
    blocked: async (request) => {
      const status = await limiter(request, { increment: false });
      return !status.isAllowed && status.remaining === 0;
    },
    fail: async (request) => {
      await limiter(request);
    },
  };
}

/** The problem of a client that sent too many wrong credentials. */
export const TOO_MANY_ATTEMPTS: Problem = {
  status: 429,
  error: {
    code: 'rate-limited',
    message: 'Too many refused attempts from this address. Wait a minute, then try again.',
  },
};

/** Starts listening on one address; `close` stops accepting and ends every connection. */
export async function listen(app: FastifyInstance, host: string, port: number): Promise<Listening> {
  await app.listen({ host, port });
  const address = app.server.address() as AddressInfo;
  return { host, port: address.port, close: () => app.close() };
}
