import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/db/backup.ts';
import { LATEST_VERSION, migrations } from '../../../electron/core/db/migrations/index.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { closeStorage, openStorage } from '../../../electron/core/db/storage.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { call, tempLocation } from '../../fixtures/temp-storage.ts';

const AUDIT = '0b6a4c1e-2f3d-4e5a-8b7c-9d0e1f2a3b4c';

/** Every migration before 0060: the schema of the previous version, whatever it is. */
const before0060 = migrations.filter((m) => m.version < 60);

/** A database at the version before 0060 with one revealed audit, its people and their answers, written the old way. */
async function previousVersionDatabase() {
  const location = tempLocation();
  const old = await openDatabase(location.databasePath, { migrations: before0060 });
  old.exec(`
    INSERT INTO organizations VALUES ('o1', 'Acme', '2026-01-01');
    INSERT INTO audits (id, organization_id, title, audit_date, status, instrument_id, instrument_version,
      revealed_at, created_at, updated_at)
    VALUES ('${AUDIT}', 'o1', 'Offsite', '2026-11-23', 'in-progress', 'reality-check', '1.0.0',
      '2026-11-23T11:00:00.000Z', '2026-11-23T09:00:00.000Z', '2026-11-23T11:00:00.000Z');
    INSERT INTO participants VALUES ('${AUDIT}', 'p1', 0, 'Ana', 'CEO', 'P1'), ('${AUDIT}', 'p2', 1, 'Ben', '', 'P2'),
      ('${AUDIT}', 'p3', 2, 'Chloé', '', 'P3');
    INSERT INTO responses (audit_id, participant_id, item_id, value, note, updated_at) VALUES
      ('${AUDIT}', 'p1', 'leadership-1', 5, 'We visit customers', 't1'),
      ('${AUDIT}', 'p2', 'leadership-1', 1, '', 't1'),
      ('${AUDIT}', 'p3', 'leadership-1', 2, '', 't1'),
      ('${AUDIT}', 'p1', 'leadership-2', NULL, '', 't1');
    INSERT INTO consensus VALUES ('${AUDIT}', 'leadership-2', 3, '', 't2');
  `);
  old.close();
  return location;
}

describe('migration 0060-rounds-and-groups', () => {
  it('keeps every row of the previous version and reads each audit as before: round 1, no groups, a floor of 3', async () => {
    const location = await previousVersionDatabase();
    const storage = await openStorage(location);
    expect(storage.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(listBackups(location.backupsDir).map((b) => b.reason)).toEqual(['before-migration']);
    expect(storage.db.prepare('SELECT min_group_size FROM audits').pluck().all()).toEqual([3]);
    expect(storage.db.prepare('SELECT group_id FROM participants').pluck().all()).toEqual([null, null, null]);
    expect(
      storage.db.prepare('SELECT participant_id, item_id, value, note FROM responses ORDER BY rowid').all(),
    ).toEqual([
      { participant_id: 'p1', item_id: 'leadership-1', value: 5, note: 'We visit customers' },
      { participant_id: 'p2', item_id: 'leadership-1', value: 1, note: '' },
      { participant_id: 'p3', item_id: 'leadership-1', value: 2, note: '' },
      { participant_id: 'p1', item_id: 'leadership-2', value: null, note: '' },
    ]);

    const detail = await call(storage, 'audits.get', { id: AUDIT });
    expect(detail).toMatchObject({ minGroupSize: 3, groups: [], rounds: [], roundResponses: [] });
    expect(detail.participants.map((p) => [p.id, p.group])).toEqual([
      ['p1', ''],
      ['p2', ''],
      ['p3', ''],
    ]);
    // Exported as format 2 with nothing of rounds or groups, and scored exactly like that file.
    const exported = await call(storage, 'files.export', { id: AUDIT });
    const json = JSON.parse(exported.text) as Record<string, unknown>;
    expect(json).not.toHaveProperty('groups');
    expect(json).not.toHaveProperty('rounds');
    expect(json.audit).not.toHaveProperty('minGroupSize');
    const parsed = parseAuditFileText(exported.text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const results = await call(storage, 'audits.results', { id: AUDIT });
    expect(results).toEqual(scoreAudit(parsed.instrument, answersOf(parsed.file)));
    expect(results.items.find((i) => i.id === 'leadership-1')).toMatchObject({ n: 3, finalRound: 1 });
    expect(results.groups).toEqual([]);
    closeStorage(storage);
  });

  it('holds rounds and groups only as the rules allow', async () => {
    const storage = await openStorage(await previousVersionDatabase());
    const db = storage.db;
    db.exec(`INSERT INTO role_groups VALUES ('${AUDIT}', 'exec', 0, 'Executive team')`);
    db.exec(`UPDATE participants SET group_id = 'exec' WHERE id = 'p1'`);
    // A group the audit does not have, on update and on insert.
    expect(() => db.exec(`UPDATE participants SET group_id = 'board' WHERE id = 'p2'`)).toThrow(
      /names no group of the audit/,
    );
    expect(() =>
      db.exec(`INSERT INTO participants (audit_id, id, position, name, code, group_id)
               VALUES ('${AUDIT}', 'p4', 3, 'Dev', 'P4', 'board')`),
    ).toThrow(/names no group of the audit/);
    expect(() => db.exec(`UPDATE audits SET min_group_size = 2`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE audits SET min_group_size = 11`)).toThrow(/CHECK/);

    db.exec(`
      INSERT INTO rounds VALUES ('${AUDIT}', 2, '2026-11-23T11:10:00.000Z', NULL);
      INSERT INTO round_items VALUES ('${AUDIT}', 2, 'leadership-1', 0);
      INSERT INTO round_responses (audit_id, participant_id, item_id, round, value, updated_at)
        VALUES ('${AUDIT}', 'p2', 'leadership-1', 2, 4, 't3');
    `);
    // Round 1 is the responses table; a re-vote round is 2 or more.
    expect(() => db.exec(`INSERT INTO rounds VALUES ('${AUDIT}', 1, 't', 't')`)).toThrow(/CHECK/);
    // One open round at a time.
    expect(() => db.exec(`INSERT INTO rounds VALUES ('${AUDIT}', 3, 't', NULL)`)).toThrow(/UNIQUE/);
    // An answer only to an item of its round, once per participant, item and round.
    expect(() =>
      db.exec(`INSERT INTO round_responses (audit_id, participant_id, item_id, round, value, updated_at)
               VALUES ('${AUDIT}', 'p2', 'leadership-2', 2, 4, 't3')`),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.exec(`INSERT INTO round_responses (audit_id, participant_id, item_id, round, value, updated_at)
               VALUES ('${AUDIT}', 'p2', 'leadership-1', 2, 3, 't4')`),
    ).toThrow(/UNIQUE/);
    // The round-1 answer is still there beside the round-2 one.
    expect(
      db
        .prepare(
          `SELECT value FROM responses WHERE participant_id = 'p2' AND item_id = 'leadership-1'
           UNION ALL SELECT value FROM round_responses WHERE participant_id = 'p2'`,
        )
        .pluck()
        .all(),
    ).toEqual([1, 4]);

    // A removed group leaves its members in no group; a removed participant takes their round answers along.
    db.exec(`DELETE FROM role_groups WHERE id = 'exec'`);
    expect(db.prepare(`SELECT group_id FROM participants WHERE id = 'p1'`).pluck().get()).toBeNull();
    db.exec(`DELETE FROM participants WHERE id = 'p2'`);
    expect(db.prepare('SELECT count(*) FROM round_responses').pluck().get()).toBe(0);
    // Purging the audit removes its rounds and groups.
    db.exec(`INSERT INTO role_groups VALUES ('${AUDIT}', 'front', 0, 'Front line')`);
    db.exec(`DELETE FROM audits WHERE id = '${AUDIT}'`);
    for (const table of ['role_groups', 'rounds', 'round_items', 'participants']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    closeStorage(storage);
  });

  it('imports a version-1 file as before after the migration', async () => {
    const storage = await openStorage(await previousVersionDatabase());
    const text = readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8');
    const { auditId } = await call(storage, 'files.import', { text });
    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail).toMatchObject({ minGroupSize: 3, groups: [], rounds: [], roundResponses: [] });
    const parsed = parseAuditFileText(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(detail.responses).toHaveLength(parsed.file.responses.length);
    expect(await call(storage, 'audits.results', { id: auditId })).toEqual(
      scoreAudit(parsed.instrument, answersOf(parsed.file)),
    );
    closeStorage(storage);
  });
});
