import type { Storage } from '../../core/db/storage.ts';
import type { RoomHost } from '../../core/services/room/host.ts';
import { startRoomServer, type RoomServer, type RoomServerOptions } from './room-server.ts';

export type RoomHostOptions = Pick<RoomServerOptions, 'phoneDir' | 'limits' | 'socketLimits' | 'log'> & {
  readonly storage: Storage;
};

/**
 * The RoomHost every door that hosts rooms hands to dispatch (the desktop main process, the
 * loopback binding, `rca room`): one room server per audit, each on its own address and port.
 */
export function createRoomHost(options: RoomHostOptions): RoomHost {
  const servers = new Map<string, RoomServer>();
  const starting = new Map<string, Promise<RoomServer>>();
  const close = async (auditId: string) => {
    const server = servers.get(auditId);
    servers.delete(auditId);
    await server?.close();
  };
  return {
    listen: async (auditId, host, port) => {
      const running = servers.get(auditId);
      if (running) return running.address;
      // Two starts at once open one room.
      let start = starting.get(auditId);
      if (!start) {
        start = startRoomServer({ ...options, auditId, host, port });
        starting.set(auditId, start);
      }
      try {
        const server = await start;
        servers.set(auditId, server);
        return server.address;
      } finally {
        starting.delete(auditId);
      }
    },
    close,
    closeAll: async () => {
      await Promise.all([...servers.keys()].map(close));
    },
    address: (auditId) => servers.get(auditId)?.address ?? null,
    connectedSeats: (auditId) => servers.get(auditId)?.connectedSeats() ?? new Set(),
    refreshSeats: (auditId, seats) => servers.get(auditId)?.refreshSeats(seats),
    sendToSeat: (auditId, seatId, message) => servers.get(auditId)?.sendToSeat(seatId, message) ?? false,
  };
}
