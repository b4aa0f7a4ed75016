import fastifyWebsocket from '@fastify/websocket';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { ServerMessage } from '../../../shared/room/protocol.ts';
import { deviceOfSeat } from '../../core/db/repositories/rooms.ts';
import type { Storage } from '../../core/db/storage.ts';
import type { RoomAddress } from '../../core/services/room/host.ts';
import { seatOfDevice, snapshotOfDevice } from '../../core/services/room/snapshot.ts';
import { createSurface, credentialAttempts, listen, sendProblem } from '../http-surface.ts';
import type { HttpLimits } from '../limits.ts';
import { phonePagePolicy } from './csp.ts';
import { roomRefusal } from './guard.ts';
import { ROOM_HTTP_LIMITS, ROOM_SOCKET_LIMITS, type SocketLimits } from './limits.ts';
import { participantRoutes } from './participant-routes.ts';
import { phonePage } from './phone-page.ts';
import { handlePhoneSocket, startHeartbeats } from './phone-socket.ts';
import { RoomSockets, sendTo, type PhoneConnection } from './sockets.ts';
import { WriteQueue } from './write-queue.ts';

export type RoomServerOptions = {
  readonly storage: Storage;
  readonly auditId: string;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly phoneDir: string;
  /** Tighter limits, for tests that need to reach them. */
  readonly limits?: Partial<HttpLimits>;
  readonly socketLimits?: Partial<SocketLimits>;
  readonly log?: (message: string) => void;
};

/** One audit's room, listening. */
export type RoomServer = {
  readonly address: RoomAddress;
  readonly close: () => Promise<void>;
  readonly connectedSeats: () => ReadonlySet<string>;
  readonly refreshSeats: (seats: readonly string[] | 'all') => void;
  readonly sendToSeat: (seatId: string, message: ServerMessage) => boolean;
};

/**
 * The room of one audit on the venue network: one address (never all of them), the phone
 * page, the participant API and the phones' WebSocket, and nothing else (everything else is
 * 404; none of the facilitator's API is here). Every request must name exactly this host and
 * port, and a browser's Origin must be exactly this room's.
 *
 * WebSockets come from @fastify/websocket (on `ws`): the upgrade request runs through the same
 * Fastify hooks as every HTTP request (the Host and Origin check, the rate limit, 404 for any
 * other path), so the socket has no second guard to keep in step.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const limits: HttpLimits = { ...ROOM_HTTP_LIMITS, ...options.limits };
  const socketLimits: SocketLimits = { ...ROOM_SOCKET_LIMITS, ...options.socketLimits };
  const log = options.log ?? ((message: string) => console.error(message));
  const { storage, auditId } = options;
  // The port is known only after listening when 0 was asked: the checks read it from here.
  const where = { host: options.host, port: options.port };
  const app = await createSurface({
    limits,
    log,
    headers: { 'Content-Security-Policy': phonePagePolicy(where.host, where.port) },
  });
  app.addHook('onRequest', async (request, reply) => {
    const refused = roomRefusal(request.headers, where.host, where.port);
    if (!refused) return undefined;
    return sendProblem(reply, { status: 403, error: { code: 'forbidden', message: `Refused: ${refused}.` } });
  });
  // A refused upgrade (403, 404, 429) is answered on a socket the HTTP server no longer
  // tracks: it is ended here, and any still open when the room closes are destroyed then.
  const upgrading = new Set<Socket>();
  app.server.on('upgrade', (_request: IncomingMessage, socket: Socket) => {
    upgrading.add(socket);
    socket.once('close', () => upgrading.delete(socket));
  });
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.headers.upgrade !== undefined) request.raw.socket.destroy();
    done();
  });
  // The policy names the port, which is known only now when 0 was asked.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Content-Security-Policy', phonePagePolicy(where.host, where.port));
    return payload;
  });

  const sockets = new RoomSockets();
  const writes = new WriteQueue(storage, auditId, log);
  const refreshConnection = (connection: PhoneConnection) => {
    if (connection.tokenHash === null) return;
    const snapshot = snapshotOfDevice(storage.db, auditId, connection.tokenHash, connection.seat);
    connection.seat = snapshot.phase === 'closed' ? null : snapshot.seat;
    sendTo(connection, snapshot);
  };

  const attempts = credentialAttempts(app, limits);
  await phonePage(app, { storage, auditId, phoneDir: options.phoneDir, limits, attempts });
  participantRoutes(app, {
    storage,
    auditId,
    limits,
    log,
    attempts,
    onClaimed: (tokenHash) => {
      const connection = sockets.ofDevice(tokenHash);
      if (connection) refreshConnection(connection);
    },
  });
  await app.register(fastifyWebsocket, {
    options: { maxPayload: socketLimits.messageBytes, perMessageDeflate: false },
  });
  app.get('/p/ws', { websocket: true }, (socket) =>
    handlePhoneSocket({ storage, auditId, sockets, writes, limits: socketLimits, log }, socket),
  );

  const listening = await listen(app, options.host, options.port);
  where.port = listening.port;
  const stopHeartbeats = startHeartbeats(sockets, socketLimits);

  return {
    address: { host: options.host, port: listening.port },
    close: async () => {
      stopHeartbeats();
      for (const connection of sockets.all()) connection.socket.terminate();
      for (const socket of upgrading) socket.destroy();
      await listening.close();
    },
    connectedSeats: () => sockets.connectedSeats(),
    refreshSeats: (seats) => {
      for (const connection of sockets.identified()) {
        const hash = connection.tokenHash;
        if (hash === null) continue;
        const now = seatOfDevice(storage.db, hash);
        const touched =
          seats === 'all' ||
          (connection.seat !== null && seats.includes(connection.seat.id)) ||
          (now !== null && seats.includes(now));
        if (touched) refreshConnection(connection);
      }
    },
    sendToSeat: (seatId, message) => {
      const device = deviceOfSeat(storage.db, auditId, seatId);
      const connection = device ? sockets.ofDevice(device.token_hash) : undefined;
      return connection ? sendTo(connection, message) : false;
    },
  };
}
