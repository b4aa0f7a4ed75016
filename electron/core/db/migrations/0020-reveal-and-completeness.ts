import type { Migration } from './types.ts';

/**
 * The reveal as a state of the audit, and completeness in the cached summary.
 *
 * `revealed_at` is set when the facilitator starts the reveal: from then on the window opens
 * the reveal, results and plan, and the services refuse changes to blind answers. Audits that
 * already show a reveal (a consensus, a discussion note, an action, or status complete) are
 * taken as revealed when they were last changed. The list's cached summary gains whether the
 * level is provisional and the share of answers given; every summary is recomputed once.
 */
export const m0020RevealAndCompleteness: Migration = {
  version: 20,
  name: 'reveal-and-completeness',
  up(db) {
    db.exec(`
      ALTER TABLE audits ADD COLUMN revealed_at TEXT;
      ALTER TABLE audits ADD COLUMN summary_provisional INTEGER NOT NULL DEFAULT 1
        CHECK (summary_provisional IN (0, 1));
      ALTER TABLE audits ADD COLUMN summary_completeness REAL;

      UPDATE audits SET revealed_at = updated_at
      WHERE status = 'complete'
         OR EXISTS (SELECT 1 FROM consensus c WHERE c.audit_id = audits.id)
         OR EXISTS (SELECT 1 FROM discussion_notes d WHERE d.audit_id = audits.id)
         OR EXISTS (SELECT 1 FROM actions x WHERE x.audit_id = audits.id);
      UPDATE audits SET summary_stale = 1;
    `);
  },
};
