import type { Migration } from './types.ts';

/**
 * Room mode (docs/spec/room.md): the room of an audit, the phones that joined it, and the
 * phone's own sequence number on each answer.
 *
 * - `rooms`: one per audit, kept while the room is stopped so a restart reuses its room token,
 *   join code and port (phones resume); forgotten, with its devices, when the room is ended.
 * - `room_devices`: a phone, known only by the SHA-256 of its device token (the token itself
 *   is never stored), and the seat it holds. A seat is held by one device at most. Removing a
 *   participant removes the device that held the seat (CASCADE: SET NULL on this two-column
 *   key would null the audit too); that phone joins again like a new one.
 * - `responses.device_seq`: the phone's sequence number that wrote the answer (0 when it was
 *   written in the app), so a resend changes nothing and an older answer never replaces a newer one.
 * - `room_clears`: the sequence number of a phone's "clear", for the same reason once the row
 *   is gone.
 */
export const m0050Room: Migration = {
  version: 50,
  name: 'room',
  up(db) {
    db.exec(`
      CREATE TABLE rooms (
        audit_id TEXT PRIMARY KEY REFERENCES audits (id) ON DELETE CASCADE,
        room_token TEXT NOT NULL UNIQUE,
        join_code TEXT NOT NULL UNIQUE,
        -- Where it listened last, so a restart reuses the address and port the phones know.
        host TEXT,
        port INTEGER CHECK (port BETWEEN 0 AND 65535),
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        open_seats INTEGER NOT NULL DEFAULT 0 CHECK (open_seats IN (0, 1)),
        -- The item the projector presents after the reveal; null: the first.
        presented_item TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE room_devices (
        token_hash TEXT PRIMARY KEY,
        audit_id TEXT NOT NULL REFERENCES rooms (audit_id) ON DELETE CASCADE,
        participant_id TEXT,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        UNIQUE (audit_id, participant_id),
        FOREIGN KEY (audit_id, participant_id) REFERENCES participants (audit_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX room_devices_by_seen ON room_devices (audit_id, last_seen_at);

      ALTER TABLE responses ADD COLUMN device_seq INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE room_clears (
        audit_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        device_seq INTEGER NOT NULL,
        PRIMARY KEY (audit_id, participant_id, item_id),
        FOREIGN KEY (audit_id, participant_id) REFERENCES participants (audit_id, id) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
