import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';
import type { MethodInput, MethodName } from '../../../shared/api/methods.ts';
import { MAX_ROUNDS } from '../../../shared/limits.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { call, steppingClock, tempStorage } from '../../fixtures/temp-storage.ts';

/** The error a call gets, with nothing written. */
async function refused<M extends MethodName>(storage: Storage, method: M, input: MethodInput<M>) {
  const before = tableCounts(storage.db);
  const result = await invoke(storage, method, input);
  expect(tableCounts(storage.db)).toEqual(before);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

/**
 * Three participants; leadership-1 split 1/5/3 (misaligned: sd 1.63, range 4), leadership-2
 * agreed 4/4/4. Not revealed yet.
 */
async function splitAudit() {
  const storage = await tempStorage({ clock: steppingClock() });
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const auditId = audit.id;
  const people: string[] = [];
  for (const name of ['Ana', 'Ben', 'Chloé']) {
    people.push((await call(storage, 'participants.add', { auditId, name })).id);
  }
  const [ana, ben, chloe] = people as [string, string, string];
  const answers: [string, string, number][] = [
    [ana, 'leadership-1', 1],
    [ben, 'leadership-1', 5],
    [chloe, 'leadership-1', 3],
    [ana, 'leadership-2', 4],
    [ben, 'leadership-2', 4],
    [chloe, 'leadership-2', 4],
  ];
  for (const [participantId, itemId, value] of answers) {
    await call(storage, 'responses.save', { auditId, participantId, itemId, value });
  }
  return { storage, auditId, ana, ben, chloe };
}

/** What `rca score --json` would print for the audit's exported file. */
async function scoreOfExport(storage: Storage, auditId: string) {
  const parsed = parseAuditFileText((await call(storage, 'files.export', { id: auditId })).text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return scoreAudit(parsed.instrument, answersOf(parsed.file));
}

describe('re-vote rounds (docs/spec/scoring.md, "Re-vote rounds")', () => {
  it('open only after the reveal, on the misaligned items offered by default', async () => {
    const { storage, auditId } = await splitAudit();
    expect(await call(storage, 'rounds.list', { auditId })).toEqual({ rounds: [], open: null, next: null });
    expect(await refused(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] })).toEqual({
      code: 'conflict',
      message: 'The reveal of "Offsite" has not started yet; a re-vote round comes after the reveal.',
    });
    await call(storage, 'audits.startReveal', { id: auditId });
    expect(await call(storage, 'rounds.list', { auditId })).toEqual({
      rounds: [],
      open: null,
      next: { round: 2, suggested: ['leadership-1'] },
    });
    const opened = await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1', 'leadership-2'] });
    expect(opened).toMatchObject({ round: 2, items: ['leadership-1', 'leadership-2'], closedAt: null });
    expect(await call(storage, 'rounds.list', { auditId })).toEqual({
      rounds: [opened],
      open: 2,
      next: null,
    });
    expect((await call(storage, 'audits.get', { id: auditId })).rounds).toEqual([opened]);
    expect((await refused(storage, 'rounds.open', { auditId, itemIds: ['leadership-3'] })).message).toBe(
      'Re-vote round 2 is still open; close it before opening another.',
    );
    closeStorage(storage);
  });

  it('refuses unknown and repeated items, naming each', async () => {
    const { storage, auditId } = await splitAudit();
    await call(storage, 'audits.startReveal', { id: auditId });
    const error = await refused(storage, 'rounds.open', {
      auditId,
      itemIds: ['leadership-1', 'no-such-item', 'leadership-1'],
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message.split('\n')).toEqual([
      expect.stringMatching(/^itemIds\[1\]: "no-such-item" is not an item of/),
      'itemIds[2]: "leadership-1" is listed twice',
    ]);
    expect((await refused(storage, 'rounds.open', { auditId, itemIds: [] })).message).toBe(
      'itemIds: must name at least one item',
    );
    closeStorage(storage);
  });

  it('takes blind answers to the round’s items only, keeps round 1, and scores the final round', async () => {
    const { storage, auditId, ana, ben, chloe } = await splitAudit();
    await call(storage, 'audits.startReveal', { id: auditId });
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
    const save = (
      participantId: string,
      value: number | null,
      extra: { itemId?: string; round?: number } = {},
    ) =>
      ({
        auditId,
        round: extra.round ?? 2,
        participantId,
        itemId: extra.itemId ?? 'leadership-1',
        value,
      }) as const;

    expect(await refused(storage, 'rounds.saveResponse', save(ana, 3, { itemId: 'leadership-2' }))).toEqual({
      code: 'invalid-input',
      message: 'itemId: "leadership-2" is not re-voted in round 2',
    });
    expect((await refused(storage, 'rounds.saveResponse', save(ana, 7))).message).toMatch(
      /^value: 7 is off the scale/,
    );
    expect(await refused(storage, 'rounds.saveResponse', save('nobody', 3))).toEqual({
      code: 'not-found',
      message: 'There is no participant nobody in this audit.',
    });
    expect(await refused(storage, 'rounds.saveResponse', save(ana, 3, { round: 3 }))).toEqual({
      code: 'not-found',
      message: 'There is no re-vote round 3 in this audit.',
    });
    // Round 1 stays locked: the round is where answers change now.
    expect(
      (
        await refused(storage, 'responses.save', {
          auditId,
          participantId: ana,
          itemId: 'leadership-1',
          value: 3,
        })
      ).code,
    ).toBe('conflict');

    const saved = await call(storage, 'rounds.saveResponse', { ...save(ana, 3), note: 'Heard Ben out' });
    expect(saved).toMatchObject({
      participant: ana,
      item: 'leadership-1',
      round: 2,
      value: 3,
      note: 'Heard Ben out',
    });
    // A note is kept unless a new one is given, as in responses.save.
    expect((await call(storage, 'rounds.saveResponse', save(ana, 3))).note).toBe('Heard Ben out');
    await call(storage, 'rounds.saveResponse', save(ben, 4));
    await call(storage, 'rounds.saveResponse', save(chloe, null));
    await call(storage, 'rounds.saveResponse', save(chloe, 3));

    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail.responses.filter((r) => r.item === 'leadership-1').map((r) => r.value)).toEqual([1, 5, 3]);
    expect(detail.roundResponses.map((r) => [r.round, r.value])).toEqual([
      [2, 3],
      [2, 4],
      [2, 3],
    ]);

    const results = await call(storage, 'audits.results', { id: auditId });
    expect(results).toEqual(await scoreOfExport(storage, auditId));
    const leadership1 = results.items.find((i) => i.id === 'leadership-1');
    expect(leadership1).toMatchObject({ finalRound: 2, n: 3, misaligned: false, converged: true });
    expect(leadership1?.rounds?.map((r) => [r.round, r.n, r.median])).toEqual([
      [1, 3, 3],
      [2, 3, 3],
    ]);
    closeStorage(storage);
  });

  it('shows a participant the previous round as counts and their own answers, nothing of this round’s others', async () => {
    const { storage, auditId, ana, ben } = await splitAudit();
    await call(storage, 'audits.startReveal', { id: auditId });
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1', 'leadership-3'] });
    await call(storage, 'rounds.saveResponse', {
      auditId,
      round: 2,
      participantId: ben,
      itemId: 'leadership-1',
      value: 4,
    });
    const seen = await call(storage, 'rounds.feedback', { auditId, participantId: ana });
    expect(seen).toEqual({
      round: 2,
      open: true,
      participant: ana,
      items: [
        {
          item: 'leadership-1',
          previousRound: 1,
          previous: { counts: [1, 0, 1, 0, 1], unsure: 0 },
          ownPrevious: { round: 1, value: 1 },
          own: null,
        },
        // Nobody answered leadership-3 before: nothing to show.
        { item: 'leadership-3', previousRound: null, previous: null, ownPrevious: null, own: null },
      ],
    });
    expect(JSON.stringify(seen)).not.toContain(ben);
    await call(storage, 'rounds.saveResponse', {
      auditId,
      round: 2,
      participantId: ana,
      itemId: 'leadership-1',
      value: 2,
      note: 'n',
    });
    expect((await call(storage, 'rounds.feedback', { auditId, participantId: ana })).items[0]?.own).toEqual({
      value: 2,
      note: 'n',
    });
    await call(storage, 'rounds.close', { auditId, round: 2 });
    expect((await refused(storage, 'rounds.feedback', { auditId, participantId: ana })).message).toBe(
      'No re-vote round of "Offsite" is open.',
    );

    // Round 3 on leadership-1: round 2 is the previous one (Ana 2, Ben 4); Chloé skipped it, so her own is round 1's.
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
    const chloe = (await call(storage, 'audits.get', { id: auditId })).participants[2]!.id;
    expect((await call(storage, 'rounds.feedback', { auditId, participantId: chloe })).items).toEqual([
      {
        item: 'leadership-1',
        previousRound: 2,
        previous: { counts: [0, 1, 0, 1, 0], unsure: 0 },
        ownPrevious: { round: 1, value: 3 },
        own: null,
      },
    ]);
    closeStorage(storage);
  });

  it('locks a closed round’s answers, suggests its items still split, and never changes an earlier round', async () => {
    const { storage, auditId, ana, ben, chloe } = await splitAudit();
    await call(storage, 'audits.startReveal', { id: auditId });
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1', 'leadership-2'] });
    // Still split on leadership-1 (1 and 5); leadership-2 agreed again.
    for (const [participantId, itemId, value] of [
      [ana, 'leadership-1', 1],
      [ben, 'leadership-1', 5],
      [chloe, 'leadership-2', 4],
    ] as const) {
      await call(storage, 'rounds.saveResponse', { auditId, round: 2, participantId, itemId, value });
    }
    const closed = await call(storage, 'rounds.close', { auditId, round: 2 });
    expect(closed.closedAt).not.toBeNull();
    expect(await call(storage, 'rounds.close', { auditId, round: 2 })).toEqual(closed);
    const locked = 'Re-vote round 2 is closed, so its answers are locked.';
    expect(
      await refused(storage, 'rounds.saveResponse', {
        auditId,
        round: 2,
        participantId: chloe,
        itemId: 'leadership-1',
        value: 3,
      }),
    ).toEqual({ code: 'conflict', message: locked });
    expect(
      (
        await refused(storage, 'rounds.clearResponse', {
          auditId,
          round: 2,
          participantId: ana,
          itemId: 'leadership-1',
        })
      ).message,
    ).toBe(locked);
    expect((await call(storage, 'rounds.list', { auditId })).next).toEqual({
      round: 3,
      suggested: ['leadership-1'],
    });

    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
    await call(storage, 'rounds.saveResponse', {
      auditId,
      round: 3,
      participantId: ana,
      itemId: 'leadership-1',
      value: 4,
    });
    expect(
      await call(storage, 'rounds.clearResponse', {
        auditId,
        round: 3,
        participantId: ana,
        itemId: 'leadership-1',
      }),
    ).toEqual({ cleared: true });
    expect(
      await call(storage, 'rounds.clearResponse', {
        auditId,
        round: 3,
        participantId: ana,
        itemId: 'leadership-1',
      }),
    ).toEqual({ cleared: false });
    await call(storage, 'rounds.saveResponse', {
      auditId,
      round: 3,
      participantId: ana,
      itemId: 'leadership-1',
      value: 4,
    });
    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail.roundResponses.map((r) => `${r.round}:${r.item}:${r.value}`)).toEqual([
      '2:leadership-1:1',
      '2:leadership-1:5',
      '2:leadership-2:4',
      '3:leadership-1:4',
    ]);
    // The final round of leadership-1 is 3 now: one answer, Ana's 4.
    const results = await call(storage, 'audits.results', { id: auditId });
    expect(results).toEqual(await scoreOfExport(storage, auditId));
    expect(results.items.find((i) => i.id === 'leadership-1')).toMatchObject({
      finalRound: 3,
      n: 1,
      mean: 4,
    });
    expect(results.items.find((i) => i.id === 'leadership-2')).toMatchObject({ finalRound: 2, n: 1 });
    closeStorage(storage);
  });

  it('takes back an open round nobody answered, and refuses once it has answers', async () => {
    const { storage, auditId, ana } = await splitAudit();
    await call(storage, 'audits.startReveal', { id: auditId });
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-2'] });
    expect(await call(storage, 'rounds.cancel', { auditId, round: 2 })).toEqual({ round: 2 });
    expect(await call(storage, 'rounds.list', { auditId })).toMatchObject({ rounds: [], next: { round: 2 } });
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
    await call(storage, 'rounds.saveResponse', {
      auditId,
      round: 2,
      participantId: ana,
      itemId: 'leadership-1',
      value: 2,
    });
    expect(await refused(storage, 'rounds.cancel', { auditId, round: 2 })).toEqual({
      code: 'conflict',
      message: 'Re-vote round 2 has 1 answer already; close it instead, so they are kept.',
    });
    await call(storage, 'rounds.close', { auditId, round: 2 });
    expect((await refused(storage, 'rounds.cancel', { auditId, round: 2 })).message).toBe(
      'Re-vote round 2 is closed, so its answers are locked.',
    );
    closeStorage(storage);
  });

  it('keeps round 1 as it was: blind scoring cannot reopen once a round was opened', async () => {
    const { storage, auditId } = await splitAudit();
    await call(storage, 'audits.startReveal', { id: auditId });
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
    expect(await refused(storage, 'audits.reopenScoring', { id: auditId })).toEqual({
      code: 'conflict',
      message:
        '"Offsite" has re-vote rounds, so its blind answers stay as the team saw them. Open another re-vote round to score items again.',
    });
    closeStorage(storage);
  });

  it('removes a participant’s round answers with them, and refuses rounds in an audit in the trash', async () => {
    const { storage, auditId, ana, ben } = await splitAudit();
    await call(storage, 'audits.startReveal', { id: auditId });
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
    await call(storage, 'rounds.saveResponse', {
      auditId,
      round: 2,
      participantId: ana,
      itemId: 'leadership-1',
      value: 2,
    });
    await call(storage, 'rounds.saveResponse', {
      auditId,
      round: 2,
      participantId: ben,
      itemId: 'leadership-1',
      value: 4,
    });
    await call(storage, 'participants.remove', { auditId, participantId: ana });
    expect(
      (await call(storage, 'audits.get', { id: auditId })).roundResponses.map((r) => r.participant),
    ).toEqual([ben]);
    await call(storage, 'audits.trash', { id: auditId });
    expect((await refused(storage, 'rounds.close', { auditId, round: 2 })).message).toMatch(
      /is in the trash/,
    );
    closeStorage(storage);
  });

  it(`allows ${MAX_ROUNDS} re-vote rounds and no more`, async () => {
    const { storage, auditId } = await splitAudit();
    await call(storage, 'audits.startReveal', { id: auditId });
    for (let round = 2; round <= MAX_ROUNDS + 1; round++) {
      await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] });
      await call(storage, 'rounds.close', { auditId, round });
    }
    expect((await call(storage, 'rounds.list', { auditId })).next).toBeNull();
    expect(await refused(storage, 'rounds.open', { auditId, itemIds: ['leadership-1'] })).toEqual({
      code: 'conflict',
      message: `An audit has at most ${MAX_ROUNDS} re-vote rounds; this one has had them all.`,
    });
    closeStorage(storage);
  });
});
