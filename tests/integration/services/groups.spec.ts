import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';
import type { MethodInput, MethodName } from '../../../shared/api/methods.ts';
import { MAX_GROUPS } from '../../../shared/limits.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

async function refused<M extends MethodName>(storage: Storage, method: M, input: MethodInput<M>) {
  const before = tableCounts(storage.db);
  const result = await invoke(storage, method, input);
  expect(tableCounts(storage.db)).toEqual(before);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

async function newAudit() {
  const storage = await tempStorage();
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  return { storage, auditId: audit.id };
}

describe('role groups (docs/spec/scoring.md, "Role groups and the perception gap")', () => {
  it('are added, renamed, reordered and removed, each name once', async () => {
    const { storage, auditId } = await newAudit();
    const exec = await call(storage, 'groups.add', { auditId, name: 'Executive team' });
    const mgr = await call(storage, 'groups.add', { auditId, name: 'Managers' });
    const front = await call(storage, 'groups.add', { auditId, name: 'Front line' });
    expect(exec).toEqual({ id: expect.any(String), name: 'Executive team' });
    expect(await refused(storage, 'groups.add', { auditId, name: 'front LINE' })).toEqual({
      code: 'conflict',
      message: 'There is a group named "front LINE" in this audit already.',
    });
    expect(
      (await refused(storage, 'groups.update', { auditId, groupId: mgr.id, name: 'Front line' })).code,
    ).toBe('conflict');
    // Renaming a group to its own name in other letters is a rename, not a clash.
    expect(await call(storage, 'groups.update', { auditId, groupId: mgr.id, name: 'managers' })).toEqual({
      id: mgr.id,
      name: 'managers',
    });
    expect(await call(storage, 'groups.reorder', { auditId, groupIds: [front.id, exec.id, mgr.id] })).toEqual(
      [front, exec, { id: mgr.id, name: 'managers' }],
    );
    expect(
      (await refused(storage, 'groups.reorder', { auditId, groupIds: [front.id, exec.id] })).message,
    ).toBe('groupIds: must list every group of the audit exactly once');
    expect(await call(storage, 'groups.remove', { auditId, groupId: front.id })).toEqual({ id: front.id });
    expect(await refused(storage, 'groups.remove', { auditId, groupId: front.id })).toEqual({
      code: 'not-found',
      message: `There is no group ${front.id} in this audit.`,
    });
    expect((await call(storage, 'audits.get', { id: auditId })).groups.map((g) => g.name)).toEqual([
      'Executive team',
      'managers',
    ]);
    expect((await refused(storage, 'groups.add', { auditId, name: '  ' })).code).toBe('invalid-input');
    closeStorage(storage);
  });

  it('hold participants: put in one on adding or later, taken out with null or when the group goes', async () => {
    const { storage, auditId } = await newAudit();
    const exec = await call(storage, 'groups.add', { auditId, name: 'Executive team' });
    const front = await call(storage, 'groups.add', { auditId, name: 'Front line' });
    const ana = await call(storage, 'participants.add', { auditId, name: 'Ana', groupId: exec.id });
    const ben = await call(storage, 'participants.add', { auditId, name: 'Ben' });
    expect([ana.group, ben.group]).toEqual([exec.id, '']);
    expect(
      await call(storage, 'participants.update', { auditId, participantId: ben.id, groupId: front.id }),
    ).toMatchObject({
      name: 'Ben',
      group: front.id,
    });
    expect(
      await refused(storage, 'participants.update', { auditId, participantId: ben.id, groupId: 'board' }),
    ).toEqual({
      code: 'not-found',
      message: 'There is no group board in this audit.',
    });
    expect(
      (await refused(storage, 'participants.add', { auditId, name: 'Dev', groupId: 'board' })).code,
    ).toBe('not-found');
    // A group of another audit is no group of this one.
    const other = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Other',
      date: '2026-11-24',
    });
    const dev = await call(storage, 'participants.add', { auditId: other.id, name: 'Dev' });
    expect(
      await refused(storage, 'participants.update', {
        auditId: other.id,
        participantId: dev.id,
        groupId: front.id,
      }),
    ).toEqual({ code: 'not-found', message: `There is no group ${front.id} in this audit.` });
    // Renaming keeps the group.
    expect(
      await call(storage, 'participants.update', { auditId, participantId: ben.id, name: 'Ben O' }),
    ).toMatchObject({
      group: front.id,
    });
    expect(
      await call(storage, 'participants.update', { auditId, participantId: ana.id, groupId: null }),
    ).toMatchObject({
      group: '',
    });
    await call(storage, 'groups.remove', { auditId, groupId: front.id });
    expect(
      (await call(storage, 'audits.get', { id: auditId })).participants.map((p) => [p.name, p.group]),
    ).toEqual([
      ['Ana', ''],
      ['Ben O', ''],
    ]);
    closeStorage(storage);
  });

  it('set the group-size floor through audits.update, 3 to 10', async () => {
    const { storage, auditId } = await newAudit();
    expect((await call(storage, 'audits.get', { id: auditId })).minGroupSize).toBe(3);
    expect((await call(storage, 'audits.update', { id: auditId, minGroupSize: 5 })).minGroupSize).toBe(5);
    expect(await refused(storage, 'audits.update', { id: auditId, minGroupSize: 2 })).toEqual({
      code: 'invalid-input',
      message: 'minGroupSize: must be 3 to 10',
    });
    expect((await refused(storage, 'audits.update', { id: auditId, minGroupSize: 4.5 })).message).toBe(
      'minGroupSize: must be a whole number',
    );
    closeStorage(storage);
  });

  it('score each group from its members’ answers, suppressed below the floor, as rca score scores the export', async () => {
    const { storage, auditId } = await newAudit();
    await call(storage, 'audits.update', { id: auditId, minGroupSize: 3 });
    const exec = await call(storage, 'groups.add', { auditId, name: 'Executive team' });
    const front = await call(storage, 'groups.add', { auditId, name: 'Front line' });
    // Executives say 5 to every Customer Leadership statement, the front line 2.
    const leadership = [
      'leadership-1',
      'leadership-2',
      'leadership-3',
      'leadership-4',
      'leadership-5',
      'leadership-6',
    ];
    for (const [group, value] of [
      [exec.id, 5],
      [front.id, 2],
    ] as const) {
      for (let n = 0; n < 3; n++) {
        const p = await call(storage, 'participants.add', {
          auditId,
          name: `Person ${group} ${n}`,
          groupId: group,
        });
        for (const itemId of leadership) {
          await call(storage, 'responses.save', { auditId, participantId: p.id, itemId, value });
        }
      }
    }
    const parsed = parseAuditFileText((await call(storage, 'files.export', { id: auditId })).text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const results = await call(storage, 'audits.results', { id: auditId });
    expect(results).toEqual(scoreAudit(parsed.instrument, answersOf(parsed.file)));
    expect(results.groups.map((g) => [g.name, g.size, g.suppressed])).toEqual([
      ['Executive team', 3, false],
      ['Front line', 3, false],
    ]);
    expect(results.perceptionGaps[0]).toMatchObject({
      dimension: 'leadership',
      gap: 75,
      high: exec.id,
      low: front.id,
      flagged: true,
    });
    expect(results.actions.some((a) => a.group === 'perception-gap')).toBe(true);
    // A floor of 4: both groups are too small, nothing but their sizes is shown.
    await call(storage, 'audits.update', { id: auditId, minGroupSize: 4 });
    const floored = await call(storage, 'audits.results', { id: auditId });
    expect(floored.groups).toEqual([
      { id: exec.id, name: 'Executive team', size: 3, suppressed: true },
      { id: front.id, name: 'Front line', size: 3, suppressed: true },
    ]);
    expect(floored.perceptionGaps).toEqual([]);
    // The team's own figures do not depend on the groups.
    expect(floored.dimensions).toEqual(results.dimensions);
    closeStorage(storage);
  });

  it('come along to a re-assessment, with each participant in theirs', async () => {
    const { storage, auditId } = await newAudit();
    await call(storage, 'audits.update', { id: auditId, minGroupSize: 4 });
    const exec = await call(storage, 'groups.add', { auditId, name: 'Executive team' });
    await call(storage, 'participants.add', { auditId, name: 'Ana', groupId: exec.id });
    const again = await call(storage, 'audits.duplicate', { id: auditId });
    expect(again.minGroupSize).toBe(4);
    expect(again.groups).toEqual([exec]);
    expect(again.participants.map((p) => [p.name, p.group])).toEqual([['Ana', exec.id]]);
    closeStorage(storage);
  });

  it(`allows ${MAX_GROUPS} groups in an audit and no more`, async () => {
    const { storage, auditId } = await newAudit();
    for (let n = 1; n <= MAX_GROUPS; n++) await call(storage, 'groups.add', { auditId, name: `Group ${n}` });
    expect(await refused(storage, 'groups.add', { auditId, name: 'One more' })).toEqual({
      code: 'conflict',
      message: `An audit has at most ${MAX_GROUPS} groups; remove one before adding another.`,
    });
    closeStorage(storage);
  });
});
