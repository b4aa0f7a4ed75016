import type { Migration } from './types.ts';

/**
 * The consultant's deliverables: white-label firm branding and the commentary.
 *
 * - `settings`: the settings of this installation, one row (`id = 1`, made here): the firm's
 *   name (empty when none) and logo (a PNG or JPEG data: URL, null when none), set once and
 *   shown on every report that does not choose otherwise.
 * - `audits.firm_branding`: whose firm branding an audit's report carries, `installation`
 *   (the settings', the default, so every existing audit follows the settings), `own` (the
 *   audit's `firm_name` and `firm_logo`) or `none`.
 * - `audits.commentary`: the consultant's summary and recommendations in their own words
 *   (empty when none); `dimension_commentary`: one text per dimension of the audit's
 *   instrument, a row only while it is not empty.
 */
export const m0080BrandingAndCommentary: Migration = {
  version: 80,
  name: 'branding-and-commentary',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        firm_name TEXT NOT NULL DEFAULT '',
        firm_logo TEXT,
        updated_at TEXT
      ) STRICT;
      INSERT INTO settings (id) VALUES (1);

      ALTER TABLE audits ADD COLUMN firm_branding TEXT NOT NULL DEFAULT 'installation'
        CHECK (firm_branding IN ('installation', 'own', 'none'));
      ALTER TABLE audits ADD COLUMN firm_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE audits ADD COLUMN firm_logo TEXT;
      ALTER TABLE audits ADD COLUMN commentary TEXT NOT NULL DEFAULT '';

      CREATE TABLE dimension_commentary (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        dimension_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (audit_id, dimension_id)
      ) STRICT;
    `);
  },
};
