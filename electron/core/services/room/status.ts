import type { RoomStatus } from '../../../../shared/api/methods/room.ts';
import { getRoom, type RoomRow } from '../../db/repositories/rooms.ts';
import type { Storage } from '../../db/storage.ts';
import { requireAudit } from '../audit-detail.ts';
import type { RoomAddress, RoomHost } from './host.ts';
import { everyoneDone, openRoundOf, seatProgress } from './progress.ts';
import { qrSvgOf } from './qr.ts';

/** `http://HOST:PORT`, with an IPv6 address in brackets. */
export function shortUrlOf(address: RoomAddress): string {
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return `http://${host}:${address.port}`;
}

/** Where a phone joins a running room: what the QR code and the projector show. */
export async function joinDetails(
  room: RoomRow,
  address: RoomAddress,
): Promise<{ joinUrl: string; shortUrl: string; code: string; qrSvg: string }> {
  const shortUrl = shortUrlOf(address);
  const joinUrl = `${shortUrl}/j/${room.room_token}`;
  return { joinUrl, shortUrl, code: room.join_code, qrSvg: await qrSvgOf(joinUrl) };
}

/**
 * The room of one audit as the console shows it, running or not: where it listens, how to
 * join, and each seat's progress as counts. Works without a room (all off) and without a host.
 */
export async function roomStatus(storage: Storage, host: RoomHost, auditId: string): Promise<RoomStatus> {
  const audit = requireAudit(storage.db, auditId);
  const room = getRoom(storage.db, auditId);
  const address = room ? host.address(auditId) : null;
  const join = room && address ? await joinDetails(room, address) : null;
  const seats = seatProgress(storage.db, audit, address ? host.connectedSeats(auditId) : new Set());
  return {
    auditId,
    running: address !== null,
    host: address?.host ?? null,
    port: address?.port ?? null,
    joinUrl: join?.joinUrl ?? null,
    shortUrl: join?.shortUrl ?? null,
    code: room?.join_code ?? null,
    qrSvg: join?.qrSvg ?? null,
    locked: room?.locked === 1,
    openSeats: room?.open_seats === 1,
    revealed: audit.revealed_at !== null,
    seats,
    everyoneDone: everyoneDone(seats),
    round: openRoundOf(storage.db, audit)?.round ?? null,
  };
}
