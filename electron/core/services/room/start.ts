import { isIP } from 'node:net';
import type { RoomStatus } from '../../../../shared/api/methods/room.ts';
import { updateRoom } from '../../db/repositories/rooms.ts';
import type { Storage } from '../../db/storage.ts';
import { writeTransaction } from '../../db/write.ts';
import { requireLiveAudit } from '../audit-detail.ts';
import { ConflictError, InvalidRequestError } from '../errors.ts';
import type { RoomAddress, RoomHost } from './host.ts';
import { ensureRoom } from './room-row.ts';
import { roomStatus } from './status.ts';

/** Addresses that mean every interface: never taken, so the room is never on every network unasked. */
const EVERYWHERE = new Set(['0.0.0.0', '::', '0:0:0:0:0:0:0:0']);

function checkHost(host: string): void {
  if (isIP(host) === 0) {
    throw new InvalidRequestError([`host: ${JSON.stringify(host)} is not an IP address of this computer`]);
  }
  if (EVERYWHERE.has(host)) {
    throw new InvalidRequestError([
      'host: the room listens on one address the facilitator picks, never on all of them',
    ]);
  }
}

/** Why listening failed, in the facilitator's words. */
function listenProblem(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new ConflictError(`Port ${port} is in use on ${host}. Choose another port, or 0 for a free one.`);
  }
  if (code === 'EADDRNOTAVAIL') {
    return new ConflictError(
      `This computer has no address ${host} now. Choose one of its network addresses.`,
    );
  }
  if (code === 'EACCES') {
    return new ConflictError(
      `This computer does not allow listening on port ${port}. Choose a port above 1024.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Opens the audit's room (room.start): on the address given and the port given; without one
 * (or 0), on the room's last port when it is free so phones that knew it come back, else on a
 * free one. A running room answers its status as it is.
 */
export async function startRoom(
  storage: Storage,
  host: RoomHost,
  args: { auditId: string; host: string; port?: number | undefined },
): Promise<RoomStatus> {
  checkHost(args.host);
  if (host.address(args.auditId) === null) {
    const room = writeTransaction(storage, () => {
      requireLiveAudit(storage.db, args.auditId);
      return ensureRoom(storage.db, args.auditId, storage.clock().toISOString());
    });
    const asked = args.port ?? 0;
    const last = asked === 0 ? (room.port ?? 0) : 0;
    let address: RoomAddress;
    try {
      address = await host.listen(args.auditId, args.host, asked || last);
    } catch (error) {
      if (asked !== 0 || last === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
        throw listenProblem(error, args.host, asked || last);
      }
      address = await host.listen(args.auditId, args.host, 0).catch((again: unknown) => {
        throw listenProblem(again, args.host, 0);
      });
    }
    try {
      writeTransaction(storage, () => updateRoom(storage.db, args.auditId, address));
    } catch (error) {
      await host.close(args.auditId);
      throw error;
    }
  }
  return roomStatus(storage, host, args.auditId);
}
