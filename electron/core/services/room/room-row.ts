import type Database from 'better-sqlite3';
import { getRoom, getRoomByCode, insertRoom, type RoomRow } from '../../db/repositories/rooms.ts';
import { NotFoundError } from '../errors.ts';
import { newJoinCode, newRoomToken } from './tokens.ts';

/**
 * The audit's room, made the first time it is asked for: a new room token and a join code no
 * other room uses. Runs inside the caller's write transaction.
 */
export function ensureRoom(db: Database.Database, auditId: string, now: string): RoomRow {
  const existing = getRoom(db, auditId);
  if (existing) return existing;
  let joinCode = newJoinCode();
  // 23^6 codes: a clash with another audit's room is rare, and a new draw settles it.
  while (getRoomByCode(db, joinCode)) joinCode = newJoinCode();
  insertRoom(db, { auditId, roomToken: newRoomToken(), joinCode, now });
  const made = getRoom(db, auditId);
  if (!made) throw new Error('the room row was not written');
  return made;
}

/** The audit's room, or a NotFoundError saying it has none. */
export function requireRoom(db: Database.Database, auditId: string): RoomRow {
  const room = getRoom(db, auditId);
  if (!room) throw new NotFoundError('This audit has no room yet: start the room first.');
  return room;
}
