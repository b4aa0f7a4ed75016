import type { Migration } from './types.ts';

/**
 * Re-vote rounds on the phones (docs/spec/room.md): `round_clears` is `room_clears` for a
 * re-vote round, the sequence number of a phone's "clear" of its answer to an item in a round,
 * kept once the row of `round_responses` is gone, so that an older resend never revives a
 * cleared answer. `round_responses.device_seq` (migration 0060) holds the answers' numbers. A
 * clear goes with its round's item (a cancelled round takes its clears along) and with its
 * participant.
 */
export const m0065RoundClears: Migration = {
  version: 65,
  name: 'round-clears',
  up(db) {
    db.exec(`
      CREATE TABLE round_clears (
        audit_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        round INTEGER NOT NULL CHECK (round >= 2),
        device_seq INTEGER NOT NULL,
        PRIMARY KEY (audit_id, participant_id, item_id, round),
        FOREIGN KEY (audit_id, participant_id) REFERENCES participants (audit_id, id) ON DELETE CASCADE,
        FOREIGN KEY (audit_id, round, item_id) REFERENCES round_items (audit_id, round, item_id)
          ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
