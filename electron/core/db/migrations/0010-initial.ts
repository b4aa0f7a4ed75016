import type { Migration } from './types.ts';

/** The first schema: organizations, audits and everything a workshop records. */
export const m0010Initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX organizations_by_name ON organizations (name);

      CREATE TABLE audits (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations (id),
        title TEXT NOT NULL,
        audit_date TEXT NOT NULL,
        facilitator TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('in-progress', 'complete')),
        instrument_id TEXT NOT NULL,
        instrument_version TEXT NOT NULL,
        accent_color TEXT,
        logo TEXT,
        anonymous INTEGER NOT NULL DEFAULT 1 CHECK (anonymous IN (0, 1)),
        previous_audit_id TEXT REFERENCES audits (id) ON DELETE SET NULL,
        -- Level and index as last computed by shared/ scoring, so the list of audits need not
        -- rescore every audit; summary_stale = 1 after any change to answers.
        summary_level TEXT,
        summary_index REAL,
        summary_stale INTEGER NOT NULL DEFAULT 1 CHECK (summary_stale IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX audits_by_recency ON audits (deleted_at, audit_date DESC, created_at DESC);
      CREATE INDEX audits_by_organization ON audits (organization_id);
      CREATE INDEX audits_by_previous ON audits (previous_audit_id);

      CREATE TABLE participants (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        code TEXT NOT NULL,
        PRIMARY KEY (audit_id, id)
      ) STRICT;

      CREATE TABLE responses (
        audit_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        value INTEGER,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (audit_id, participant_id, item_id),
        FOREIGN KEY (audit_id, participant_id) REFERENCES participants (audit_id, id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE consensus (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        value INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (audit_id, item_id)
      ) STRICT;

      CREATE TABLE discussion_notes (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (audit_id, item_id)
      ) STRICT;

      CREATE TABLE contacts (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('rescue', 'revenue', 'request', 'relationship')),
        importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5),
        performance INTEGER NOT NULL CHECK (performance BETWEEN 1 AND 5),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (audit_id, id)
      ) STRICT;

      CREATE TABLE actions (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL DEFAULT '',
        success_measure TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
        source TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (audit_id, id)
      ) STRICT;
    `);
  },
};
