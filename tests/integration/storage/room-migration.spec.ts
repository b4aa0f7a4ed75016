import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { migrations } from '../../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { tempDir } from '../../fixtures/temp-storage.ts';

/*
 * Migration 0050-room, from a database of the previous version (0040) with answers in it:
 * the answers keep their values with device_seq 0 (written in the app), and the room tables
 * hold their rules.
 */
describe('migration 0050-room', () => {
  it('keeps every answer (device_seq 0) and adds rooms and devices with their keys and cascades', async () => {
    const file = path.join(tempDir(), 'v40.db');
    const v40 = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= 40) });
    expect(v40.pragma('user_version', { simple: true })).toBe(40);
    v40.exec(`
      INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01');
      INSERT INTO audits (id, organization_id, title, audit_date, status, instrument_id, instrument_version, created_at, updated_at)
        VALUES ('a1', 'o1', 'Offsite', '2026-11-23', 'in-progress', 'reality-check', '1.0.0', 't0', 't0');
      INSERT INTO participants VALUES ('a1', 'p1', 0, 'Ana', '', 'P1'), ('a1', 'p2', 1, 'Ben', '', 'P2');
      INSERT INTO responses VALUES ('a1', 'p1', 'leadership-1', 4, 'kept', 't1'), ('a1', 'p2', 'leadership-1', NULL, '', 't1');
    `);
    v40.close();

    const db = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= 50) });
    expect(db.pragma('user_version', { simple: true })).toBe(50);
    expect(
      db
        .prepare('SELECT participant_id, value, note, device_seq FROM responses ORDER BY participant_id')
        .all(),
    ).toEqual([
      { participant_id: 'p1', value: 4, note: 'kept', device_seq: 0 },
      { participant_id: 'p2', value: null, note: '', device_seq: 0 },
    ]);

    db.exec(`
      INSERT INTO rooms (audit_id, room_token, join_code, created_at) VALUES ('a1', 'tok', 'ACDEFG', 't2');
      INSERT INTO room_devices VALUES ('h1', 'a1', 'p1', 't2', 't2'), ('h2', 'a1', NULL, 't2', 't2'), ('h3', 'a1', NULL, 't2', 't2');
      INSERT INTO room_clears VALUES ('a1', 'p2', 'leadership-2', 7);
    `);
    const room = db.prepare('SELECT locked, open_seats, host, port, presented_item FROM rooms').get();
    expect(room).toEqual({ locked: 0, open_seats: 0, host: null, port: null, presented_item: null });
    // One device per seat; seats that are not claimed do not clash.
    expect(() => db.exec("INSERT INTO room_devices VALUES ('h4', 'a1', 'p1', 't3', 't3')")).toThrow(/UNIQUE/);
    // A device for a participant of no audit, or in a room that does not exist, is refused.
    expect(() => db.exec("INSERT INTO room_devices VALUES ('h5', 'a1', 'nobody', 't3', 't3')")).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => db.exec("INSERT INTO room_devices VALUES ('h6', 'zz', NULL, 't3', 't3')")).toThrow(
      /FOREIGN KEY/,
    );
    expect(() =>
      db.exec("INSERT INTO rooms (audit_id, room_token, join_code, created_at) VALUES ('a1', 't', 'X', 't')"),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.exec('UPDATE rooms SET locked = 2')).toThrow(/CHECK/);

    // Removing a participant forgets the device that held the seat and their clears; the others stay.
    db.exec("DELETE FROM participants WHERE id = 'p1'");
    expect(db.prepare('SELECT token_hash FROM room_devices ORDER BY token_hash').pluck().all()).toEqual([
      'h2',
      'h3',
    ]);
    db.exec("DELETE FROM participants WHERE id = 'p2'");
    expect(db.prepare('SELECT count(*) FROM room_clears').pluck().get()).toBe(0);
    // Ending the room forgets its devices; deleting the audit forgets the room.
    db.exec("DELETE FROM rooms WHERE audit_id = 'a1'");
    expect(db.prepare('SELECT count(*) FROM room_devices').pluck().get()).toBe(0);
    db.exec(
      "INSERT INTO rooms (audit_id, room_token, join_code, created_at) VALUES ('a1', 'tok', 'ACDEFG', 't2')",
    );
    db.exec("DELETE FROM audits WHERE id = 'a1'");
    expect(db.prepare('SELECT count(*) FROM rooms').pluck().get()).toBe(0);
    db.close();
  });
});
