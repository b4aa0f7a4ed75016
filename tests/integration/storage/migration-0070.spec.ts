import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/db/backup.ts';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { closeStorage, openStorage } from '../../../electron/core/db/storage.ts';
import { call, tempLocation } from '../../fixtures/temp-storage.ts';

const AUDIT = '0b6a4c1e-2f3d-4e5a-8b7c-9d0e1f2a3b4c';

/** Every migration before 0070: the schema of the previous version. */
const before0070 = migrations.filter((m) => m.version < 70);

/** A database at the version before 0070 with one audit, its contacts and a plan of three actions, written the old way. */
async function previousVersionDatabase() {
  const location = tempLocation();
  const old = await openDatabase(location.databasePath, { migrations: before0070 });
  old.exec(`
    INSERT INTO organizations VALUES ('o1', 'Acme', '2025-01-01');
    INSERT INTO audits (id, organization_id, title, audit_date, status, instrument_id, instrument_version,
      revealed_at, created_at, updated_at)
    VALUES ('${AUDIT}', 'o1', 'Offsite', '2025-11-23', 'complete', 'reality-check', '1.0.0',
      '2025-11-23T11:00:00.000Z', '2025-11-23T09:00:00.000Z', '2025-11-23T11:00:00.000Z');
    INSERT INTO participants (audit_id, id, position, name, role, code) VALUES ('${AUDIT}', 'p1', 0, 'Ana', 'CEO', 'P1');
    INSERT INTO contacts VALUES ('${AUDIT}', 'c1', 0, 'Renewal', 'revenue', 4, 2, 'Due in March');
    INSERT INTO actions VALUES
      ('${AUDIT}', 'a1', 0, 'Visit customers', '', 'Ana', '2026-03-01', 'Five visits', 'open', 'custom', 't', 't'),
      ('${AUDIT}', 'a2', 1, 'Publish figures', '', '', '', '', 'done', 'custom', 't', 't'),
      ('${AUDIT}', 'a3', 2, 'New survey', '', '', '', '', 'in-progress', 'custom', 't', 't');
  `);
  old.close();
  return location;
}

describe('migration 0070-plan-review', () => {
  it('keeps every row and reads each audit as before, with no review; a re-assessment then reviews the old plan', async () => {
    const location = await previousVersionDatabase();
    const storage = await openStorage(location);
    expect(storage.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(listBackups(location.backupsDir).map((b) => b.reason)).toEqual(['before-migration']);
    const detail = await call(storage, 'audits.get', { id: AUDIT });
    expect(detail.planReview).toEqual([]);
    expect(detail.actions.map((a) => [a.id, a.status])).toEqual([
      ['a1', 'open'],
      ['a2', 'done'],
      ['a3', 'in-progress'],
    ]);
    const exported = JSON.parse((await call(storage, 'files.export', { id: AUDIT })).text) as object;
    expect(exported).not.toHaveProperty('planReview');

    const again = await call(storage, 'audits.duplicate', { id: AUDIT, date: '2026-11-23' });
    expect(again.contacts.map((c) => [c.id, c.name, c.note])).toEqual([['c1', 'Renewal', 'Due in March']]);
    expect(again.planReview.map((r) => [r.action, r.title, r.owner, r.due, r.status, r.outcome])).toEqual([
      ['a1', 'Visit customers', 'Ana', '2026-03-01', 'open', null],
      ['a2', 'Publish figures', '', '', 'done', 'done'],
      ['a3', 'New survey', '', '', 'in-progress', null],
    ]);
    expect(again.actions).toEqual([]);
    closeStorage(storage);
  });

  it('holds a review only as the rules allow', async () => {
    const storage = await openStorage(await previousVersionDatabase());
    const { db } = storage;
    const insert = (action: string, outcome: string | null, carried: string | null) =>
      db
        .prepare(
          `INSERT INTO plan_reviews (audit_id, action_id, position, title, source, previous_status, outcome, carried_action_id)
           VALUES (?, ?, 0, 'T', 'custom', 'open', ?, ?)`,
        )
        .run(AUDIT, action, outcome, carried);
    // Only the four outcomes; a carried entry names an action of the audit, and only a carried one does.
    expect(() => insert('x1', 'finished', null)).toThrow(/CHECK/);
    expect(() => insert('x1', 'carried', null)).toThrow(/CHECK/);
    expect(() => insert('x1', 'done', 'a1')).toThrow(/CHECK/);
    expect(() => insert('x1', 'carried', 'nope')).toThrow(/names no action of the audit/);
    insert('x1', 'carried', 'a1');
    expect(() => insert('x1', null, null)).toThrow(/UNIQUE/);
    // One review entry per carried action.
    expect(() => insert('x2', 'carried', 'a1')).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare(`UPDATE plan_reviews SET carried_action_id = 'nope' WHERE action_id = 'x1'`).run(),
    ).toThrow(/names no action of the audit/);
    // Removing the carried action puts the entry back to unreviewed.
    db.prepare(`DELETE FROM actions WHERE id = 'a1'`).run();
    expect(db.prepare(`SELECT outcome, carried_action_id FROM plan_reviews`).get()).toEqual({
      outcome: null,
      carried_action_id: null,
    });
    // Purging the audit removes its review.
    db.exec(`DELETE FROM audits WHERE id = '${AUDIT}'`);
    expect(db.prepare('SELECT count(*) FROM plan_reviews').pluck().get()).toBe(0);
    closeStorage(storage);
  });
});
