import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/db/backup.ts';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { closeStorage, openStorage } from '../../../electron/core/db/storage.ts';
import { reportInputFor } from '../../../electron/core/services/report.ts';
import { call, tempLocation } from '../../fixtures/temp-storage.ts';

const AUDIT = '0b6a4c1e-2f3d-4e5a-8b7c-9d0e1f2a3b4c';

/**
 * A database at 0060 with one audit written the old way. Opening it runs every later migration
 * in one go: 0080, and whatever numbers come between (0070, organisations), so this test holds
 * whether or not they exist.
 */
async function version0060Database() {
  const location = tempLocation();
  const old = await openDatabase(location.databasePath, {
    migrations: migrations.filter((m) => m.version <= 60),
  });
  old.exec(`
    INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01');
    INSERT INTO audits (id, organization_id, title, audit_date, status, instrument_id, instrument_version,
      accent_color, created_at, updated_at)
    VALUES ('${AUDIT}', 'o1', 'Offsite', '2026-11-23', 'complete', 'reality-check', '1.0.0', '#0f766e',
      '2026-11-23T09:00:00.000Z', '2026-11-23T11:00:00.000Z');
    INSERT INTO participants (audit_id, id, position, name, role, code) VALUES ('${AUDIT}', 'p1', 0, 'Ana', 'CEO', 'P1');
    INSERT INTO responses (audit_id, participant_id, item_id, value, note, updated_at) VALUES
      ('${AUDIT}', 'p1', 'leadership-1', 4, 'We visit customers', 't1');
  `);
  expect(old.pragma('user_version', { simple: true })).toBe(60);
  old.close();
  return location;
}

describe('migration 0080-branding-and-commentary', () => {
  it('keeps every audit as it was: no firm branding set, the installation’s chosen, no commentary', async () => {
    const location = await version0060Database();
    const storage = await openStorage(location);
    expect(storage.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(80);
    expect(listBackups(location.backupsDir).map((b) => b.reason)).toEqual(['before-migration']);
    expect(storage.db.prepare('SELECT * FROM settings').all()).toEqual([
      { id: 1, firm_name: '', firm_logo: null, updated_at: null },
    ]);
    expect(
      storage.db
        .prepare('SELECT firm_branding, firm_name, firm_logo, commentary, accent_color FROM audits')
        .all(),
    ).toEqual([
      {
        firm_branding: 'installation',
        firm_name: '',
        firm_logo: null,
        commentary: '',
        accent_color: '#0f766e',
      },
    ]);

    const detail = await call(storage, 'audits.get', { id: AUDIT });
    expect(detail.branding).toEqual({
      accentColor: '#0f766e',
      logo: null,
      firm: { use: 'installation', name: '', logo: null },
    });
    expect(detail.commentary).toEqual({ summary: '', dimensions: [] });
    expect(detail.responses.map((r) => r.note)).toEqual(['We visit customers']);
    expect(await call(storage, 'settings.get', {})).toEqual({ firmName: '', firmLogo: null });
    // The file and the report carry nothing new: the report looks as it did.
    const exported = JSON.parse((await call(storage, 'files.export', { id: AUDIT })).text) as Record<
      string,
      { branding?: unknown }
    >;
    expect(exported).not.toHaveProperty('commentary');
    expect(exported.audit?.branding).toEqual({ accentColor: '#0f766e' });
    expect(reportInputFor(storage, AUDIT)).not.toHaveProperty('firm');
    closeStorage(storage);
  });

  it('holds the new rows only as the rules allow', async () => {
    const storage = await openStorage(await version0060Database());
    const db = storage.db;
    expect(() => db.exec(`UPDATE audits SET firm_branding = 'mine'`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO settings (id) VALUES (2)`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO settings (id) VALUES (1)`)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() =>
      db.exec(`INSERT INTO dimension_commentary VALUES ('no-such-audit', 'leadership', 'x', 't')`),
    ).toThrow(/FOREIGN KEY/);
    db.exec(`INSERT INTO dimension_commentary VALUES ('${AUDIT}', 'leadership', 'Strong', 't')`);
    expect(() =>
      db.exec(`INSERT INTO dimension_commentary VALUES ('${AUDIT}', 'leadership', 'Again', 't')`),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    // The commentary goes with its audit.
    await call(storage, 'audits.trash', { id: AUDIT });
    await call(storage, 'audits.purge', { id: AUDIT });
    expect(db.prepare('SELECT count(*) FROM dimension_commentary').pluck().get()).toBe(0);
    closeStorage(storage);
  });
});
