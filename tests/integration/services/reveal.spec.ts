import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { auditWithOneAnswer, call, steppingClock, tempStorage } from '../../fixtures/temp-storage.ts';

const WORKED = JSON.parse(readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8')) as {
  audit: Record<string, unknown>;
  consensus?: unknown[];
  discussion?: unknown[];
  actions?: unknown[];
};

let storage: Storage;
beforeEach(async () => {
  storage = await tempStorage({ clock: steppingClock() });
});
afterEach(() => closeStorage(storage));

const auditWithAnswer = () => auditWithOneAnswer(storage);

const answers = (auditId: string) =>
  storage.db
    .prepare('SELECT item_id, value, note FROM responses WHERE audit_id = ? ORDER BY item_id')
    .all(auditId);

describe('the reveal as a state of the audit', () => {
  it('starts the reveal once, then refuses to change or clear a blind answer, saying why', async () => {
    const { auditId, participantId } = await auditWithAnswer();
    expect((await call(storage, 'audits.get', { id: auditId })).revealedAt).toBeNull();
    const revealed = await call(storage, 'audits.startReveal', { id: auditId });
    expect(revealed.revealedAt).toMatch(/^2026-11-23T09:00:\d\d\.000Z$/);
    // Starting again keeps the moment it first started.
    expect((await call(storage, 'audits.startReveal', { id: auditId })).revealedAt).toBe(revealed.revealedAt);

    const before = answers(auditId);
    for (const [method, input] of [
      ['responses.save', { auditId, participantId, itemId: 'leadership-1', value: 1 }],
      ['responses.save', { auditId, participantId, itemId: 'leadership-2', value: 2, note: 'late' }],
      ['responses.clear', { auditId, participantId, itemId: 'leadership-1' }],
    ] as const) {
      expect(await invoke(storage, method, input)).toEqual({
        ok: false,
        error: {
          code: 'conflict',
          message:
            'The reveal of "Offsite" has started, so the blind answers are locked. ' +
            'To change an answer, the facilitator reopens blind scoring first.',
        },
      });
    }
    expect(answers(auditId)).toEqual(before);
  });

  it('reopens blind scoring, after which answers change again and the reveal can start anew', async () => {
    const { auditId, participantId } = await auditWithAnswer();
    await call(storage, 'audits.startReveal', { id: auditId });
    const reopened = await call(storage, 'audits.reopenScoring', { id: auditId });
    expect(reopened.revealedAt).toBeNull();
    await call(storage, 'responses.save', { auditId, participantId, itemId: 'leadership-1', value: 2 });
    expect(answers(auditId)).toEqual([{ item_id: 'leadership-1', value: 2, note: '' }]);
    expect((await call(storage, 'audits.startReveal', { id: auditId })).revealedAt).not.toBeNull();
  });

  it('refuses to reveal an audit nobody has answered, or one in the trash', async () => {
    const empty = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Empty',
      date: '2026-11-23',
    });
    expect(await invoke(storage, 'audits.startReveal', { id: empty.id })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Nobody has answered in "Empty" yet, so there is nothing to reveal.',
      },
    });
    const { auditId } = await auditWithAnswer();
    await call(storage, 'audits.trash', { id: auditId });
    const trashed = await invoke(storage, 'audits.startReveal', { id: auditId });
    expect(trashed).toMatchObject({ ok: false, error: { code: 'conflict', message: /in the trash/ } });
    expect(await invoke(storage, 'audits.startReveal', { id: 'no-such-audit' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('carries the reveal in the audit file, and reads old files with or without signs of a reveal', async () => {
    const { auditId } = await auditWithAnswer();
    const blind = await call(storage, 'files.export', { id: auditId });
    expect(blind.file.audit.revealedAt).toBeUndefined();
    const revealedAt = (await call(storage, 'audits.startReveal', { id: auditId })).revealedAt;
    const exported = await call(storage, 'files.export', { id: auditId });
    expect(exported.file.audit.revealedAt).toBe(revealedAt);

    const other = await tempStorage();
    try {
      const copy = await call(other, 'files.import', { text: exported.text });
      expect((await call(other, 'audits.get', { id: copy.auditId })).revealedAt).toBe(revealedAt);
      const blindCopy = await call(other, 'files.import', { text: blind.text });
      expect((await call(other, 'audits.get', { id: blindCopy.auditId })).revealedAt).toBeNull();

      // A file written before the reveal was kept: a consensus or an action means it happened.
      const old = await call(other, 'files.import', { text: JSON.stringify(WORKED) });
      expect(WORKED.audit.revealedAt).toBeUndefined();
      expect((await call(other, 'audits.get', { id: old.auditId })).revealedAt).not.toBeNull();
      const { consensus: _c, discussion: _d, actions: _a, ...bare } = WORKED;
      const unrevealed = await call(other, 'files.import', {
        text: JSON.stringify({ ...bare, audit: { ...WORKED.audit, id: undefined, status: 'in-progress' } }),
      });
      expect((await call(other, 'audits.get', { id: unrevealed.auditId })).revealedAt).toBeNull();

      const bad = await invoke(other, 'files.import', {
        text: JSON.stringify({ ...WORKED, audit: { ...WORKED.audit, revealedAt: 'yesterday' } }),
      });
      expect(bad).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: /audit\.revealedAt/ },
      });
    } finally {
      closeStorage(other);
    }
  });

  it('lists an audit with its completeness, whether its level is provisional, and whether it is revealed', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    const people = [
      await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana' }),
      await call(storage, 'participants.add', { auditId: audit.id, name: 'Ben' }),
    ];
    // Two people answering 8 of the 65 items: a level, but a provisional one.
    const items = [
      'leadership-1',
      'leadership-2',
      'leadership-3',
      'listening-1',
      'metrics-1',
      'accountability-1',
      'unified-1',
      'enabling-1',
    ];
    for (const p of people)
      for (const itemId of items)
        await call(storage, 'responses.save', { auditId: audit.id, participantId: p.id, itemId, value: 4 });
    const [listed] = await call(storage, 'audits.list', {});
    expect(listed).toMatchObject({ provisional: true, revealedAt: null });
    expect(listed!.completeness).toBeCloseTo(8 / 65, 10);
    const results = await call(storage, 'audits.results', { id: audit.id });
    expect(results).toMatchObject({ provisional: true, incomplete: people.map((p) => p.id) });
    await call(storage, 'audits.startReveal', { id: audit.id });
    const [after] = await call(storage, 'audits.list', {});
    expect(after).toMatchObject({ provisional: true, revealedAt: expect.any(String) });
  });
});
