import type { Migration } from './types.ts';

/**
 * A re-assessment's review of last time's plan (docs/spec/product.md, "Clients and progress over
 * time"): one row per action of the earlier audit's plan, kept with the new audit.
 *
 * - The action's title, owner, due date, source and status are copied from the earlier plan, so
 *   the review stands when the earlier audit is purged or the re-assessment is exported alone.
 * - `outcome` is null until the action is reviewed; then done, in progress, dropped or carried.
 *   A carried action names the action of the new plan it became (`carried_action_id`); removing
 *   that action from the new plan puts the review entry back to unreviewed (the trigger), since
 *   a two-column foreign key with SET NULL would null the audit id too.
 */
export const m0070PlanReview: Migration = {
  version: 70,
  name: 'plan-review',
  up(db) {
    db.exec(`
      CREATE TABLE plan_reviews (
        audit_id TEXT NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        action_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        previous_status TEXT NOT NULL CHECK (previous_status IN ('open', 'in-progress', 'done', 'dropped')),
        outcome TEXT CHECK (outcome IN ('done', 'in-progress', 'dropped', 'carried')),
        carried_action_id TEXT,
        note TEXT NOT NULL DEFAULT '',
        reviewed_at TEXT,
        PRIMARY KEY (audit_id, action_id),
        CHECK ((outcome IS 'carried') = (carried_action_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX plan_reviews_by_position ON plan_reviews (audit_id, position);
      CREATE UNIQUE INDEX plan_reviews_by_carried_action ON plan_reviews (audit_id, carried_action_id)
        WHERE carried_action_id IS NOT NULL;

      CREATE TRIGGER plan_reviews_carried_action_exists BEFORE UPDATE OF carried_action_id ON plan_reviews
      WHEN NEW.carried_action_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM actions a WHERE a.audit_id = NEW.audit_id AND a.id = NEW.carried_action_id)
      BEGIN
        SELECT RAISE(ABORT, 'plan_reviews.carried_action_id names no action of the audit');
      END;
      CREATE TRIGGER plan_reviews_carried_action_on_insert BEFORE INSERT ON plan_reviews
      WHEN NEW.carried_action_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM actions a WHERE a.audit_id = NEW.audit_id AND a.id = NEW.carried_action_id)
      BEGIN
        SELECT RAISE(ABORT, 'plan_reviews.carried_action_id names no action of the audit');
      END;
      CREATE TRIGGER actions_unreview_carried AFTER DELETE ON actions
      BEGIN
        UPDATE plan_reviews SET outcome = NULL, carried_action_id = NULL, reviewed_at = NULL
        WHERE audit_id = OLD.audit_id AND carried_action_id = OLD.id;
      END;
    `);
  },
};
