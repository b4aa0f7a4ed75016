import fastifyStatic from '@fastify/static';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Storage } from '../core/db/storage.ts';
import { apiRoutes } from './api-routes.ts';
import { CONTENT_SECURITY_POLICY } from '../common/csp.ts';
import { originRefusal, type Origin } from './guard.ts';
import { createSurface, listen, sendProblem } from './http-surface.ts';
import { LOOPBACK_LIMITS, type HttpLimits } from './limits.ts';
import { createRoomHost } from './room/room-host.ts';

/** The same policy the page declares; sent as a header too, so it holds whatever serves the page. */
export { CONTENT_SECURITY_POLICY };

export type WebServerOptions = {
  readonly storage: Storage;
  readonly rendererDir: string;
  /** The built phone page the rooms serve; by default rendererDir/phone (dist/renderer/phone). */
  readonly phoneDir?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly token?: string;
  /** Tighter limits, for tests that need to reach them. */
  readonly limits?: Partial<HttpLimits>;
  /** Where internal failures are printed (the terminal of `npm run web`). */
  readonly log?: (message: string) => void;
};

export type WebServer = {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly close: () => Promise<void>;
};

/**
 * The loopback binding: the built renderer and the whole API on 127.0.0.1 only, for
 * `npm run web` and the end-to-end tests. Every request must name our own host (and, from a
 * browser, our own origin); every API call must carry the session token, which the page takes
 * from the printed address once and then sends as a header. The page and its files carry no
 * data and need no token; no cookie is ever set.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limits: HttpLimits = { ...LOOPBACK_LIMITS, ...options.limits };
  const log = options.log ?? ((message: string) => console.error(message));
  const origin: { host: Origin['host']; port: number } = { host: '127.0.0.1', port: 0 };
  const app = await createSurface({ limits, log });
  // Rooms started from the browser listen on the venue network, each on its own port; they
  // close with this binding.
  const rooms = createRoomHost({
    storage: options.storage,
    phoneDir: options.phoneDir ?? path.join(options.rendererDir, 'phone'),
    log,
  });

  app.addHook('onRequest', async (request, reply) => {
    const refused = originRefusal(request.headers, origin);
    if (!refused) return undefined;
    return sendProblem(reply, { status: 403, error: { code: 'forbidden', message: `Refused: ${refused}.` } });
  });

  await app.register(fastifyStatic, {
    root: options.rendererDir,
    index: ['index.html'],
    cacheControl: false,
    dotfiles: 'ignore',
    redirect: false,
  });
  app.route({
    method: ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/*',
    handler: async (_request, reply) =>
      sendProblem(reply.header('Allow', 'GET, HEAD'), {
        status: 405,
        error: { code: 'invalid-input', message: 'The page and its files are read with GET.' },
      }),
  });
  await app.register(apiRoutes({ storage: options.storage, context: { room: rooms }, token, limits, log }), {
    prefix: '/api',
  });

  const listening = await listen(app, origin.host, options.port ?? 0);
  origin.port = listening.port;
  return {
    url: `http://${origin.host}:${origin.port}/?token=${token}`,
    port: origin.port,
    token,
    close: async () => {
      await rooms.closeAll();
      await listening.close();
    },
  };
}
