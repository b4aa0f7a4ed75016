import type Database from 'better-sqlite3';
import { prepared } from '../prepared.ts';

/** A room as stored (migration 0050). */
export type RoomRow = {
  audit_id: string;
  room_token: string;
  join_code: string;
  host: string | null;
  port: number | null;
  locked: 0 | 1;
  open_seats: 0 | 1;
  presented_item: string | null;
  created_at: string;
};

/** A phone that joined a room, known by the hash of its token. */
export type DeviceRow = {
  token_hash: string;
  audit_id: string;
  participant_id: string | null;
  created_at: string;
  last_seen_at: string;
};

export function getRoom(db: Database.Database, auditId: string): RoomRow | undefined {
  return prepared(db, 'SELECT * FROM rooms WHERE audit_id = ?').get(auditId) as RoomRow | undefined;
}

export function getRoomByToken(db: Database.Database, roomToken: string): RoomRow | undefined {
  return prepared(db, 'SELECT * FROM rooms WHERE room_token = ?').get(roomToken) as RoomRow | undefined;
}

export function getRoomByCode(db: Database.Database, code: string): RoomRow | undefined {
  return prepared(db, 'SELECT * FROM rooms WHERE join_code = ?').get(code) as RoomRow | undefined;
}

export function insertRoom(
  db: Database.Database,
  room: { auditId: string; roomToken: string; joinCode: string; now: string },
): void {
  prepared(
    db,
    'INSERT INTO rooms (audit_id, room_token, join_code, created_at) VALUES (@auditId, @roomToken, @joinCode, @now)',
  ).run(room);
}

/** Changes the given fields of a room. */
export function updateRoom(
  db: Database.Database,
  auditId: string,
  fields: {
    host?: string;
    port?: number;
    locked?: boolean;
    openSeats?: boolean;
    presentedItem?: string | null;
  },
): void {
  const columns: Record<string, unknown> = {
    host: fields.host,
    port: fields.port,
    locked: fields.locked === undefined ? undefined : fields.locked ? 1 : 0,
    open_seats: fields.openSeats === undefined ? undefined : fields.openSeats ? 1 : 0,
    presented_item: fields.presentedItem,
  };
  const given = Object.entries(columns).filter(([, value]) => value !== undefined);
  const sets = given.map(([column]) => `${column} = @${column}`);
  const values: Record<string, unknown> = { auditId, ...Object.fromEntries(given) };
  if (sets.length === 0) return;
  prepared(db, `UPDATE rooms SET ${sets.join(', ')} WHERE audit_id = @auditId`).run(values);
}

/** Forgets a room; its devices go with it (ON DELETE CASCADE). */
export function deleteRoom(db: Database.Database, auditId: string): boolean {
  return prepared(db, 'DELETE FROM rooms WHERE audit_id = ?').run(auditId).changes > 0;
}

export function getDevice(db: Database.Database, tokenHash: string): DeviceRow | undefined {
  return prepared(db, 'SELECT * FROM room_devices WHERE token_hash = ?').get(tokenHash) as
    DeviceRow | undefined;
}

/** The device that holds a seat, if any. */
export function deviceOfSeat(
  db: Database.Database,
  auditId: string,
  participantId: string,
): DeviceRow | undefined {
  return prepared(db, 'SELECT * FROM room_devices WHERE audit_id = ? AND participant_id = ?').get(
    auditId,
    participantId,
  ) as DeviceRow | undefined;
}

/** The seats held by a device, by participant id. */
export function claimedSeats(db: Database.Database, auditId: string): Set<string> {
  return new Set(
    prepared(db, 'SELECT participant_id FROM room_devices WHERE audit_id = ? AND participant_id IS NOT NULL')
      .pluck()
      .all(auditId) as string[],
  );
}

export function countDevices(db: Database.Database, auditId: string): number {
  return prepared(db, 'SELECT count(*) FROM room_devices WHERE audit_id = ?').pluck().get(auditId) as number;
}

export function insertDevice(db: Database.Database, auditId: string, tokenHash: string, now: string): void {
  prepared(
    db,
    'INSERT INTO room_devices (token_hash, audit_id, participant_id, created_at, last_seen_at) VALUES (?, ?, NULL, ?, ?)',
  ).run(tokenHash, auditId, now, now);
}

/** Forgets the device without a seat that was seen longest ago; false when every device holds a seat. */
export function forgetStalestUnseated(db: Database.Database, auditId: string): boolean {
  return (
    prepared(
      db,
      `DELETE FROM room_devices WHERE token_hash = (
         SELECT token_hash FROM room_devices WHERE audit_id = ? AND participant_id IS NULL
         ORDER BY last_seen_at, created_at LIMIT 1)`,
    ).run(auditId).changes > 0
  );
}

export function touchDevice(db: Database.Database, tokenHash: string, now: string): void {
  prepared(db, 'UPDATE room_devices SET last_seen_at = ? WHERE token_hash = ?').run(now, tokenHash);
}

export function setDeviceSeat(db: Database.Database, tokenHash: string, participantId: string | null): void {
  prepared(db, 'UPDATE room_devices SET participant_id = ? WHERE token_hash = ?').run(
    participantId,
    tokenHash,
  );
}

/**
 * Frees a seat from its device. Returns the hash of the device that held it, or null when no
 * device did.
 */
export function releaseSeat(db: Database.Database, auditId: string, participantId: string): string | null {
  const held = deviceOfSeat(db, auditId, participantId);
  if (!held) return null;
  setDeviceSeat(db, held.token_hash, null);
  return held.token_hash;
}

/**
 * Starts a seat's sequence numbers over: the seat's next phone counts from 1, so none of its
 * answers may look older than those of the phone before it.
 */
export function resetSeatSequence(db: Database.Database, auditId: string, participantId: string): void {
  prepared(db, 'UPDATE responses SET device_seq = 0 WHERE audit_id = ? AND participant_id = ?').run(
    auditId,
    participantId,
  );
  prepared(db, 'DELETE FROM room_clears WHERE audit_id = ? AND participant_id = ?').run(
    auditId,
    participantId,
  );
  prepared(db, 'UPDATE round_responses SET device_seq = 0 WHERE audit_id = ? AND participant_id = ?').run(
    auditId,
    participantId,
  );
  prepared(db, 'DELETE FROM round_clears WHERE audit_id = ? AND participant_id = ?').run(
    auditId,
    participantId,
  );
}
