import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { closeStorage, openStorage } from '../../../electron/core/db/storage.ts';
import { tempLocation } from '../../fixtures/temp-storage.ts';

const AUDIT = '0b6a4c1e-2f3d-4e5a-8b7c-9d0e1f2a3b4c';

/** A database at the version before 0065, with a revealed audit, an open round and an answer in it written the old way. */
async function previousVersionDatabase() {
  const location = tempLocation();
  const old = await openDatabase(location.databasePath, {
    migrations: migrations.filter((m) => m.version < 65),
  });
  old.exec(`
    INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01');
    INSERT INTO audits (id, organization_id, title, audit_date, status, instrument_id, instrument_version,
      revealed_at, created_at, updated_at)
    VALUES ('${AUDIT}', 'o1', 'Offsite', '2026-11-23', 'in-progress', 'reality-check', '1.0.0',
      '2026-11-23T11:00:00.000Z', '2026-11-23T09:00:00.000Z', '2026-11-23T11:00:00.000Z');
    INSERT INTO participants (audit_id, id, position, name, role, code) VALUES
      ('${AUDIT}', 'p1', 0, 'Ana', '', 'P1'), ('${AUDIT}', 'p2', 1, 'Ben', '', 'P2');
    INSERT INTO responses (audit_id, participant_id, item_id, value, note, updated_at, device_seq) VALUES
      ('${AUDIT}', 'p1', 'leadership-1', 1, '', 't1', 3), ('${AUDIT}', 'p2', 'leadership-1', 5, '', 't1', 0);
    INSERT INTO rounds VALUES ('${AUDIT}', 2, 't2', NULL);
    INSERT INTO round_items VALUES ('${AUDIT}', 2, 'leadership-1', 0);
    INSERT INTO round_responses (audit_id, participant_id, item_id, round, value, note, updated_at, device_seq)
      VALUES ('${AUDIT}', 'p1', 'leadership-1', 2, 3, 'closer now', 't3', 7);
  `);
  expect(old.pragma('user_version', { simple: true })).toBe(60);
  old.close();
  return location;
}

describe('migration 0065-round-clears', () => {
  it('keeps every round and answer of the previous version and adds round_clears with its keys and cascades', async () => {
    const storage = await openStorage(await previousVersionDatabase());
    const db = storage.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(
      db.prepare('SELECT participant_id, round, value, note, device_seq FROM round_responses').all(),
    ).toEqual([{ participant_id: 'p1', round: 2, value: 3, note: 'closer now', device_seq: 7 }]);
    expect(db.prepare('SELECT count(*) FROM round_clears').pluck().get()).toBe(0);

    db.exec(`INSERT INTO round_clears VALUES ('${AUDIT}', 'p2', 'leadership-1', 2, 9)`);
    // One clear per seat, item and round; only an item of the round, only a participant of the audit, round 2 or more.
    expect(() =>
      db.exec(`INSERT INTO round_clears VALUES ('${AUDIT}', 'p2', 'leadership-1', 2, 10)`),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.exec(`INSERT INTO round_clears VALUES ('${AUDIT}', 'p2', 'leadership-2', 2, 10)`),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.exec(`INSERT INTO round_clears VALUES ('${AUDIT}', 'zz', 'leadership-1', 2, 10)`),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.exec(`INSERT INTO round_clears VALUES ('${AUDIT}', 'p1', 'leadership-1', 1, 10)`),
    ).toThrow(/CHECK/);
    // A round taken back takes its clears along; so does a participant removed.
    db.exec(`INSERT INTO round_clears VALUES ('${AUDIT}', 'p1', 'leadership-1', 2, 11)`);
    db.exec(`DELETE FROM participants WHERE id = 'p1'`);
    expect(db.prepare('SELECT participant_id FROM round_clears').pluck().all()).toEqual(['p2']);
    db.exec(`DELETE FROM round_responses; DELETE FROM rounds`);
    expect(db.prepare('SELECT count(*) FROM round_clears').pluck().get()).toBe(0);
    closeStorage(storage);
  });
});
