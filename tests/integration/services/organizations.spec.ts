import { afterEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { trendOf } from '../../../shared/scoring/trend.ts';
import { CLIENT, writeClientHistory } from '../../fixtures/client-history.ts';
import { call, steppingClock, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage | undefined;
afterEach(() => {
  if (storage) closeStorage(storage);
  storage = undefined;
});

async function open(): Promise<Storage> {
  storage = await tempStorage({ clock: steppingClock() });
  return storage;
}

describe('a re-assessment', () => {
  it('carries over the participants, the priority contacts, and the earlier plan into its review', async () => {
    const s = await open();
    const { auditIds, plan2025 } = await writeClientHistory(s);
    const [, second, third] = await Promise.all(auditIds.map((id) => call(s, 'audits.get', { id })));
    expect(third!.previousAuditId).toBe(second!.id);
    expect(third!.participants.map((p) => p.name)).toEqual(second!.participants.map((p) => p.name));
    expect(third!.contacts.map((c) => [c.name, c.category, c.importance, c.performance])).toEqual([
      ['Late delivery complaint', 'rescue', 5, 2],
      ['Annual contract renewal', 'revenue', 4, 3],
    ]);
    // Every action of the 2025 plan, in its order; the one done there stays done; the rest as reviewed.
    expect(third!.planReview.map((r) => [r.title, r.status, r.outcome, r.owner])).toEqual([
      ['Name one owner for every key account', 'done', 'done', 'Tom'],
      ['Call every customer we lose', 'open', 'carried', 'Priya'],
      ['Monthly service review with the board', 'in-progress', 'done', 'Ines'],
      ['Replace the survey tool', 'open', 'dropped', ''],
    ]);
    // The carried one is an open action of the new plan, with the earlier action's owner and success measure.
    const carried = third!.planReview[1]!;
    expect(carried.action).toBe(plan2025['Call every customer we lose']);
    expect(third!.actions).toEqual([
      {
        id: carried.carriedAction,
        title: 'Call every customer we lose',
        description: '',
        owner: 'Priya',
        due: '',
        successMeasure: 'Call every customer we lose: checked at the next audit',
        status: 'open',
        source: 'custom',
      },
    ]);
    // The 2025 re-assessment's review of the 2024 plan: the open action waits, the done one is done.
    expect(second!.planReview.map((r) => [r.title, r.outcome])).toEqual([
      ['Visit five customers a quarter', null],
      ['Publish complaint figures', 'done'],
    ]);
  });

  it('undoes a carry when the review changes its mind, and a carried action removed from the plan is unreviewed again', async () => {
    const s = await open();
    const { auditIds, plan2025 } = await writeClientHistory(s);
    const third = auditIds[2];
    const actionId = plan2025['Call every customer we lose']!;
    const changed = await call(s, 'planReview.set', {
      auditId: third,
      actionId,
      outcome: 'in-progress',
      note: 'Half the regions',
    });
    expect(changed.actions).toEqual([]);
    expect(changed.planReview[1]).toMatchObject({
      outcome: 'in-progress',
      carriedAction: null,
      note: 'Half the regions',
    });

    const again = await call(s, 'planReview.set', { auditId: third, actionId, outcome: 'carried' });
    const carriedId = again.planReview[1]!.carriedAction!;
    expect(again.actions.map((a) => a.id)).toEqual([carriedId]);
    // Carrying twice adds nothing.
    expect(
      (await call(s, 'planReview.set', { auditId: third, actionId, outcome: 'carried' })).actions,
    ).toHaveLength(1);
    await call(s, 'actions.remove', { auditId: third, actionId: carriedId });
    const after = await call(s, 'audits.get', { id: third });
    expect(after.planReview[1]).toMatchObject({
      outcome: null,
      carriedAction: null,
      note: 'Half the regions',
    });
  });

  it('refuses an action that is not in the review, and a trashed audit, and writes nothing', async () => {
    const s = await open();
    const { auditIds, plan2025 } = await writeClientHistory(s);
    const missing = await invoke(s, 'planReview.set', {
      auditId: auditIds[2],
      actionId: 'nope',
      outcome: 'done',
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no action nope in the review of the earlier plan.' },
    });
    const wrong = await invoke(s, 'planReview.set', {
      auditId: auditIds[2],
      actionId: plan2025['Replace the survey tool']!,
      outcome: 'finished' as never,
    });
    expect(wrong.ok).toBe(false);
    await call(s, 'audits.trash', { id: auditIds[2] });
    const trashed = await invoke(s, 'planReview.set', {
      auditId: auditIds[2],
      actionId: plan2025['Replace the survey tool']!,
      outcome: 'done',
    });
    expect(trashed).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call(s, 'audits.restore', { id: auditIds[2] });
    expect((await call(s, 'audits.get', { id: auditIds[2] })).planReview[3]?.outcome).toBe('dropped');
  });

  it('keeps the review through an export and an import, and refuses a file whose review names no action', async () => {
    const s = await open();
    const { auditIds } = await writeClientHistory(s);
    const exported = await call(s, 'files.export', { id: auditIds[2] });
    const json = JSON.parse(exported.text) as { planReview: unknown[]; actions: { id: string }[] };
    expect(json.planReview).toHaveLength(4);
    const before = await call(s, 'audits.get', { id: auditIds[2] });
    await call(s, 'audits.trash', { id: auditIds[2] });
    await call(s, 'audits.purge', { id: auditIds[2] });
    const { auditId } = await call(s, 'files.import', { text: exported.text });
    const after = await call(s, 'audits.get', { id: auditId });
    expect(after.planReview).toEqual(before.planReview);
    expect(after.actions).toEqual(before.actions);
    expect((await call(s, 'files.export', { id: auditId })).text).toBe(exported.text);

    const broken = JSON.parse(exported.text) as { planReview: { carriedAction?: string }[] };
    broken.planReview[1]!.carriedAction = 'not-an-action';
    const parsed = parseAuditFileText(JSON.stringify(broken));
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'planReview[1].carriedAction: "not-an-action" is not in actions',
    ]);
    const audits = (await call(s, 'audits.list', {})).length;
    expect((await invoke(s, 'files.import', { text: JSON.stringify(broken) })).ok).toBe(false);
    expect(await call(s, 'audits.list', {})).toHaveLength(audits);
  });
});

describe('organisations', () => {
  it('lists each client with its audits, and gives its page with every audit oldest first and the trend', async () => {
    const s = await open();
    const { organizationId, auditIds } = await writeClientHistory(s);
    await call(s, 'audits.create', {
      organization: 'Another client',
      title: 'First look',
      date: '2026-10-01',
    });
    expect((await call(s, 'organizations.list', {})).map((o) => [o.name, o.audits, o.latestDate])).toEqual([
      ['Another client', 1, '2026-10-01'],
      [CLIENT, 3, '2026-11-18'],
    ]);
    const page = await call(s, 'organizations.get', { id: organizationId });
    expect(page.audits.map((a) => a.id)).toEqual(auditIds);
    const results = await Promise.all(auditIds.map((id) => call(s, 'audits.results', { id })));
    const details = await Promise.all(auditIds.map((id) => call(s, 'audits.get', { id })));
    expect(page.trend).toEqual(
      trendOf(
        details.map((d, i) => ({
          id: d.id,
          title: d.title,
          date: d.date,
          instrument: instrumentV1,
          results: results[i]!,
          review: d.planReview,
        })),
      ),
    );
    expect(page.trend?.audits.map((a) => a.level)).toEqual(results.map((r) => r.level));
    expect(page.trend?.planOutcome).toEqual({
      total: 4,
      done: 2,
      inProgress: 0,
      dropped: 1,
      carried: 1,
      unreviewed: 0,
    });
    expect(page.trend?.compatibility).toBe('Compared on 44 of 44 statements both versions share.');
    // The trend of the middle audit stops at it.
    const middle = await call(s, 'audits.trend', { id: auditIds[1] });
    expect(middle.audits.map((a) => a.auditId)).toEqual(auditIds.slice(0, 2));
  });

  it('leaves blind and trashed audits out of the trend', async () => {
    const s = await open();
    const { organizationId, auditIds } = await writeClientHistory(s);
    await call(s, 'audits.trash', { id: auditIds[1] });
    const fourth = await call(s, 'audits.duplicate', { id: auditIds[2], date: '2027-11-17' });
    const page = await call(s, 'organizations.get', { id: organizationId });
    expect(page.audits.map((a) => a.id)).toEqual([auditIds[0], auditIds[2], fourth.id]);
    expect(page.trend?.audits.map((a) => a.auditId)).toEqual([auditIds[0], auditIds[2]]);
    expect((await call(s, 'audits.trend', { id: fourth.id })).audits.map((a) => a.auditId)).toEqual([
      auditIds[0],
      auditIds[2],
      fourth.id,
    ]);
  });

  it('renames an organisation for all its audits, and refuses a name another organisation has', async () => {
    const s = await open();
    const { organizationId, auditIds } = await writeClientHistory(s);
    await call(s, 'audits.create', {
      organization: 'Another client',
      title: 'First look',
      date: '2026-10-01',
    });
    const renamed = await call(s, 'organizations.rename', {
      id: organizationId,
      name: 'Harbour Logistics Group',
    });
    expect(renamed).toMatchObject({ name: 'Harbour Logistics Group', audits: 3 });
    expect((await call(s, 'audits.get', { id: auditIds[0] })).organization).toBe('Harbour Logistics Group');
    const taken = await invoke(s, 'organizations.rename', { id: organizationId, name: 'Another client' });
    expect(taken).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'There is already an organisation called "Another client"; choose another name.',
      },
    });
    expect((await call(s, 'organizations.get', { id: organizationId })).name).toBe('Harbour Logistics Group');
    const missing = await invoke(s, 'organizations.get', { id: 'nope' });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no organisation with id nope.' },
    });
  });
});
