import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke, toApiError } from '../../../electron/core/services/dispatch.ts';
import { MAX_ACTIONS, MAX_PARTICIPANTS } from '../../../shared/limits.ts';
import { bigAuditJson, bigAuditText, bigName } from '../../fixtures/big-audit.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';
import { HOSTILE_NAMES } from '../../fixtures/hostile-text.ts';

async function failure(storage: Storage, method: string, input: unknown) {
  const result = await invoke(storage, method, input);
  if (result.ok) throw new Error(`${method} succeeded`);
  return result.error;
}

/** True when a message names none of the big audit's participants (nor their notes). */
function namesNobody(message: string): boolean {
  return !message.includes('Namesake') && !message.includes(bigName(0));
}

describe('big and hostile input through the API', () => {
  it('refuses an audit file over a limit up front, with the figure and the maximum, writing nothing', async () => {
    const storage = await tempStorage();
    const before = tableCounts(storage.db);
    const error = await failure(storage, 'files.import', { text: bigAuditText(MAX_PARTICIPANTS + 1) });
    expect(error).toEqual({
      code: 'invalid-input',
      message: 'participants: the file lists 5,001 participants; an audit may have at most 5,000',
    });
    expect(tableCounts(storage.db)).toEqual(before);

    const huge = await failure(storage, 'files.import', { text: ' '.repeat(50_000_001) });
    expect(huge.message).toBe('text: the file is 50.1 MB; an audit file may be at most 50 MB');
    expect(tableCounts(storage.db)).toEqual(before);
    closeStorage(storage);
  });

  it('lists at most 50 problems and counts the rest, for a file and for any call', async () => {
    const storage = await tempStorage();
    const file = bigAuditJson(1600);
    for (const r of file.responses.slice(0, 100_000)) r.value = 99;
    const error = await failure(storage, 'files.import', { text: JSON.stringify(file) });
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toBe('… and 99,950 more problems');
    expect(namesNobody(error.message)).toBe(true);

    const { auditId } = await call(storage, 'files.import', { text: bigAuditText(3) });
    const reorder = await failure(storage, 'participants.reorder', {
      auditId,
      participantIds: Array.from({ length: 300 }, () => ''),
    });
    expect(reorder.message.split('\n')).toHaveLength(51);
    expect(reorder.message.split('\n').at(-1)).toBe('… and 250 more problems');
    closeStorage(storage);
  });

  it('keeps an audit within the limits when people and actions are added one by one', async () => {
    const storage = await tempStorage();
    const { auditId } = await call(storage, 'files.import', { text: bigAuditText(MAX_PARTICIPANTS) });
    const error = await failure(storage, 'participants.add', { auditId, name: 'One Too Many' });
    expect(error).toEqual({
      code: 'conflict',
      message: 'An audit has at most 5,000 participants; remove one before adding another.',
    });
    expect(storage.db.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(MAX_PARTICIPANTS);

    const withPlan = bigAuditJson(1);
    const plan = Array.from({ length: MAX_ACTIONS }, (_, i) => ({
      title: `Action ${i + 1}`,
      status: 'open',
      source: 'custom',
    }));
    const other = await call(storage, 'files.import', {
      text: JSON.stringify({ ...withPlan, audit: { ...withPlan.audit, title: 'Planned' }, actions: plan }),
    });
    const action = await failure(storage, 'actions.add', { auditId: other.auditId, title: 'One more' });
    expect(action.message).toBe('A plan has at most 1,000 actions; remove one before adding another.');
    closeStorage(storage);
  });

  it('refuses names and titles with control characters, and saves nothing', async () => {
    const storage = await tempStorage();
    const created = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    const before = tableCounts(storage.db);
    for (const [what, value] of HOSTILE_NAMES) {
      const added = await invoke(storage, 'participants.add', { auditId: created.id, name: value });
      expect(added.ok, what).toBe(false);
      const renamed = await invoke(storage, 'audits.update', { id: created.id, title: value });
      expect(renamed.ok, what).toBe(false);
      const made = await invoke(storage, 'audits.create', {
        organization: value,
        title: 'T',
        date: '2026-11-23',
      });
      expect(made.ok, what).toBe(false);
    }
    expect(tableCounts(storage.db)).toEqual(before);
    expect((await call(storage, 'audits.get', { id: created.id })).title).toBe('Offsite');
    closeStorage(storage);
  });

  it('refuses to report an audit over the limits up front, anonymous or not, naming nobody', async () => {
    const storage = await tempStorage();
    const { auditId } = await call(storage, 'files.import', { text: bigAuditText(2) });
    // An audit an older version (or a hand-edited database) let grow past the limit.
    const insert = storage.db.prepare(
      'INSERT INTO participants (audit_id, id, position, name, role, code) VALUES (?, ?, ?, ?, ?, ?)',
    );
    storage.db.transaction(() => {
      for (let i = 2; i <= MAX_PARTICIPANTS; i++) insert.run(auditId, `x${i}`, i, bigName(i), '', `X${i}`);
    })();
    for (const anonymous of [true, false]) {
      const error = await failure(storage, 'report.export', { id: auditId, anonymous });
      expect(error).toEqual({
        code: 'conflict',
        message:
          'This audit has 5,001 participants; a report can show at most 5,000. Remove participants before making the report.',
      });
    }
    closeStorage(storage);
  });

  it('refuses to report an audit holding more free text than the limit', async () => {
    const storage = await tempStorage();
    const { auditId } = await call(storage, 'files.import', { text: bigAuditText(100) });
    storage.db
      .prepare("UPDATE responses SET note = CASE WHEN rowid % 2 = 0 THEN ? ELSE '' END")
      .run('n'.repeat(20_000));
    const error = await failure(storage, 'report.export', { id: auditId, anonymous: true });
    expect(error).toEqual({
      code: 'conflict',
      message:
        'The notes of this audit hold 65,000,000 characters in all; a report can show at most 5,000,000.',
    });
    closeStorage(storage);
  });

  it('never passes on the text of an unexpected error, which may quote names', async () => {
    const storage = await tempStorage();
    const error = toApiError(
      new SyntaxError(
        `Invalid regular expression: /${bigName(0)}|${bigName(1)}/: Regular expression too large`,
      ),
      storage,
    );
    expect(error.code).toBe('internal');
    expect(namesNobody(error.message)).toBe(true);
    expect(error.message).toBe(
      'Something went wrong inside Reality Check (SyntaxError). Nothing was changed; please report the steps that led here.',
    );
    closeStorage(storage);
  });
});
