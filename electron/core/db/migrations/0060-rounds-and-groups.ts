import type { Migration } from './types.ts';

/**
 * Re-vote rounds and role groups (docs/spec/scoring.md, scoring model 1.1; docs/spec/interfaces.md,
 * format version 2).
 *
 * - Round 1 stays in `responses`, untouched. A re-vote round (2, 3, …) is a row of `rounds`
 *   with the items it opened (`round_items`), and its answers live in `round_responses`, one
 *   per (participant, item, round): an earlier round is never overwritten. An answer can only
 *   name an item of its round (foreign key). At most one round of an audit is open at a time
 *   (the partial unique index). `device_seq` is the room's phone sequence number, as on
 *   `responses` (0 when written in the app).
 * - `role_groups` in audit order; `participants.group_id` names one of the audit's groups or
 *   is null. A two-column foreign key with SET NULL would null the audit id too, and
 *   `ADD COLUMN` cannot add a two-column key, so two triggers refuse a group the audit does
 *   not have and a third ungroups the members of a removed group.
 * - `audits.min_group_size`: groups smaller than this are suppressed; 3 unless set.
 * - `merged_response_files`: the response files (pre-work forms) merged into an audit, by
 *   the SHA-256 of their content, so merging the same file again changes nothing. The row
 *   goes with the participant the file added or filled.
 */
export const m0060RoundsAndGroups: Migration = {
  version: 60,
  name: 'rounds-and-groups',
  up(db) {
    db.exec(`
      ALTER TABLE audits ADD COLUMN min_group_size INTEGER NOT NULL DEFAULT 3
        CHECK (min_group_size BETWEEN 3 AND 10);

      CREATE TABLE role_groups (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (audit_id, id)
      ) STRICT;
      CREATE INDEX role_groups_by_position ON role_groups (audit_id, position);

      ALTER TABLE participants ADD COLUMN group_id TEXT;
      CREATE INDEX participants_by_group ON participants (audit_id, group_id);

      CREATE TRIGGER participants_group_on_insert BEFORE INSERT ON participants
      WHEN NEW.group_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM role_groups g WHERE g.audit_id = NEW.audit_id AND g.id = NEW.group_id)
      BEGIN
        SELECT RAISE(ABORT, 'participants.group_id names no group of the audit');
      END;
      CREATE TRIGGER participants_group_on_update BEFORE UPDATE OF group_id ON participants
      WHEN NEW.group_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM role_groups g WHERE g.audit_id = NEW.audit_id AND g.id = NEW.group_id)
      BEGIN
        SELECT RAISE(ABORT, 'participants.group_id names no group of the audit');
      END;
      CREATE TRIGGER role_groups_ungroup_members AFTER DELETE ON role_groups
      BEGIN
        UPDATE participants SET group_id = NULL WHERE audit_id = OLD.audit_id AND group_id = OLD.id;
      END;

      CREATE TABLE rounds (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        round INTEGER NOT NULL CHECK (round >= 2),
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        PRIMARY KEY (audit_id, round)
      ) STRICT;
      CREATE UNIQUE INDEX rounds_one_open ON rounds (audit_id) WHERE closed_at IS NULL;

      CREATE TABLE round_items (
        audit_id TEXT NOT NULL,
        round INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (audit_id, round, item_id),
        FOREIGN KEY (audit_id, round) REFERENCES rounds (audit_id, round) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE round_responses (
        audit_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        round INTEGER NOT NULL CHECK (round >= 2),
        value INTEGER,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        device_seq INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (audit_id, participant_id, item_id, round),
        FOREIGN KEY (audit_id, participant_id) REFERENCES participants (audit_id, id) ON DELETE CASCADE,
        FOREIGN KEY (audit_id, round, item_id) REFERENCES round_items (audit_id, round, item_id)
          ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX round_responses_by_item ON round_responses (audit_id, round, item_id);

      CREATE TABLE merged_response_files (
        audit_id TEXT NOT NULL,
        digest TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        PRIMARY KEY (audit_id, digest),
        FOREIGN KEY (audit_id, participant_id) REFERENCES participants (audit_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX merged_response_files_by_participant ON merged_response_files (audit_id, participant_id);
    `);
  },
};
