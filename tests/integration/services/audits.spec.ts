import { describe, expect, it } from 'vitest';
import { closeStorage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { call, steppingClock, tempStorage } from '../../fixtures/temp-storage.ts';

async function newAudit(
  storage: Awaited<ReturnType<typeof tempStorage>>,
  title = 'Offsite',
  date = '2026-11-23',
) {
  return call(storage, 'audits.create', { organization: 'Acme Corp', title, date, facilitator: 'Dana' });
}

describe('audits through the API', () => {
  it('creates an audit with the current instrument and lists audits newest first with their level', async () => {
    const storage = await tempStorage({ clock: steppingClock() });
    const older = await newAudit(storage, 'Spring review', '2026-03-01');
    const newer = await newAudit(storage, 'Q4 offsite', '2026-11-23');
    expect(newer).toMatchObject({
      instrument: { id: 'reality-check', version: '1.0.0' },
      status: 'in-progress',
      anonymous: true,
    });
    const p = await call(storage, 'participants.add', { auditId: newer.id, name: 'Ana', role: 'CEO' });
    for (const d of [
      'leadership',
      'listening',
      'metrics',
      'accountability',
      'unified',
      'enabling',
      'motivation',
    ]) {
      for (let i = 1; i <= 5; i++) {
        await call(storage, 'responses.save', {
          auditId: newer.id,
          participantId: p.id,
          itemId: `${d}-${i}`,
          value: 5,
        });
      }
    }
    const list = await call(storage, 'audits.list', {});
    expect(list.map((a) => [a.title, a.level, a.participants])).toEqual([
      ['Q4 offsite', 'Ready', 1],
      ['Spring review', null, 0],
    ]);
    expect(list[0]?.index).toBe(100);
    // The cached level follows the answers.
    await call(storage, 'responses.save', {
      auditId: newer.id,
      participantId: p.id,
      itemId: 'leadership-1',
      value: 1,
    });
    const relisted = await call(storage, 'audits.list', {});
    expect(relisted[0]?.index).toBeCloseTo(100 - 100 / 5 / 7, 10);
    expect(older.organization).toBe('Acme Corp');
    closeStorage(storage);
  });

  it('renames and edits details, branding and anonymity', async () => {
    const storage = await tempStorage();
    const audit = await newAudit(storage);
    const updated = await call(storage, 'audits.update', {
      id: audit.id,
      title: 'Renamed',
      organization: 'Acme Holdings',
      accentColor: '#336699',
      anonymous: false,
      status: 'complete',
    });
    expect(updated).toMatchObject({
      title: 'Renamed',
      organization: 'Acme Holdings',
      branding: { accentColor: '#336699', logo: null },
      anonymous: false,
      status: 'complete',
    });
    closeStorage(storage);
  });

  it('duplicates as a re-assessment: same organization and participants, no answers, linked', async () => {
    const storage = await tempStorage({ clock: steppingClock('2027-11-20T10:00:00Z') });
    const audit = await newAudit(storage);
    const ana = await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana', role: 'CEO' });
    await call(storage, 'participants.add', { auditId: audit.id, name: 'Ben' });
    await call(storage, 'responses.save', {
      auditId: audit.id,
      participantId: ana.id,
      itemId: 'leadership-1',
      value: 3,
    });
    await call(storage, 'consensus.set', { auditId: audit.id, itemId: 'leadership-1', value: 3 });
    const again = await call(storage, 'audits.duplicate', { id: audit.id });
    expect(again).toMatchObject({
      title: 'Offsite (re-assessment)',
      organization: 'Acme Corp',
      date: '2027-11-20',
      previousAuditId: audit.id,
      responses: [],
      consensus: [],
    });
    expect(again.participants.map((p) => [p.name, p.role, p.code])).toEqual([
      ['Ana', 'CEO', 'P1'],
      ['Ben', '', 'P2'],
    ]);
    closeStorage(storage);
  });

  it('moves to the trash, restores, and purges only from the trash', async () => {
    const storage = await tempStorage();
    const audit = await newAudit(storage);
    expect(await invoke(storage, 'audits.purge', { id: audit.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('not in the trash') as unknown },
    });
    await call(storage, 'audits.trash', { id: audit.id });
    expect(await call(storage, 'audits.list', {})).toEqual([]);
    expect((await call(storage, 'audits.list', { trash: true })).map((a) => a.id)).toEqual([audit.id]);
    expect(await invoke(storage, 'participants.add', { auditId: audit.id, name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await call(storage, 'audits.restore', { id: audit.id });
    expect((await call(storage, 'audits.list', {})).map((a) => a.id)).toEqual([audit.id]);
    await call(storage, 'audits.trash', { id: audit.id });
    await call(storage, 'audits.purge', { id: audit.id });
    expect(await call(storage, 'audits.list', { trash: true })).toEqual([]);
    expect(await invoke(storage, 'audits.get', { id: audit.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(storage.db.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(0);
    closeStorage(storage);
  });
});

describe('answers through the API', () => {
  it('saves an answer, keeps its note, takes "Not sure", and clears it', async () => {
    const storage = await tempStorage();
    const audit = await newAudit(storage);
    const p = await call(storage, 'participants.add', { auditId: audit.id, name: 'Zoë' });
    const base = { auditId: audit.id, participantId: p.id, itemId: 'metrics-2' };
    await call(storage, 'responses.save', { ...base, value: 2, note: 'We count logos, not value.' });
    const notSure = await call(storage, 'responses.save', { ...base, value: null });
    expect(notSure).toMatchObject({ value: null, note: 'We count logos, not value.' });
    const results = await call(storage, 'audits.results', { id: audit.id });
    expect(results.items.find((i) => i.id === 'metrics-2')).toMatchObject({ n: 0, unsure: 1 });
    expect(await call(storage, 'responses.clear', base)).toEqual({ cleared: true });
    expect((await call(storage, 'audits.get', { id: audit.id })).responses).toEqual([]);
    closeStorage(storage);
  });

  it('refuses values off the item’s scale, unknown items and unknown participants, saving nothing', async () => {
    const storage = await tempStorage();
    const audit = await newAudit(storage);
    const p = await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana' });
    const cases = [
      [
        { itemId: 'sign-scale', value: 4 },
        'invalid-input',
        /4 is off the scale of sign "sign-scale" \(0 to 3/,
      ],
      [{ itemId: 'leadership-1', value: 0 }, 'invalid-input', /0 is off the scale of statement/],
      [{ itemId: 'commit-value', value: 3 }, 'invalid-input', /0 to 2/],
      [{ itemId: 'nope', value: 1 }, 'invalid-input', /"nope" is not an item/],
      [{ itemId: 'leadership-1', value: 2.5 }, 'invalid-input', /value: must be a whole number/],
      [{ itemId: 'leadership-1', value: 3, participantId: 'ghost' }, 'not-found', /no participant ghost/],
    ] as const;
    for (const [change, code, message] of cases) {
      const result = await invoke(storage, 'responses.save', {
        auditId: audit.id,
        participantId: p.id,
        ...change,
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(message);
      }
    }
    expect(storage.db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(0);
    closeStorage(storage);
  });

  it('records and removes a consensus and discussion notes', async () => {
    const storage = await tempStorage();
    const audit = await newAudit(storage);
    await call(storage, 'consensus.set', {
      auditId: audit.id,
      itemId: 'unified-2',
      value: 2,
      note: 'Agreed after debate',
    });
    await call(storage, 'discussion.set', {
      auditId: audit.id,
      itemId: 'unified-2',
      note: 'Sales and service disagree.',
    });
    let detail = await call(storage, 'audits.get', { id: audit.id });
    expect(detail.consensus).toEqual([{ item: 'unified-2', value: 2, note: 'Agreed after debate' }]);
    expect(detail.discussion).toEqual([{ item: 'unified-2', note: 'Sales and service disagree.' }]);
    expect(
      await invoke(storage, 'consensus.set', { auditId: audit.id, itemId: 'unified-2', value: 6 }),
    ).toMatchObject({ ok: false });
    await call(storage, 'consensus.set', { auditId: audit.id, itemId: 'unified-2', value: null });
    await call(storage, 'discussion.set', { auditId: audit.id, itemId: 'unified-2', note: '' });
    detail = await call(storage, 'audits.get', { id: audit.id });
    expect([detail.consensus, detail.discussion]).toEqual([[], []]);
    closeStorage(storage);
  });

  it('keeps participants in order, renames, reorders and removes them with their answers', async () => {
    const storage = await tempStorage();
    const audit = await newAudit(storage);
    const [a, b, c] = [
      await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana' }),
      await call(storage, 'participants.add', { auditId: audit.id, name: 'Ben' }),
      await call(storage, 'participants.add', { auditId: audit.id, name: 'Chloé' }),
    ];
    await call(storage, 'responses.save', {
      auditId: audit.id,
      participantId: b.id,
      itemId: 'leadership-1',
      value: 2,
    });
    await call(storage, 'participants.update', {
      auditId: audit.id,
      participantId: a.id,
      name: 'Ana Souza',
      role: 'CEO',
    });
    const reordered = await call(storage, 'participants.reorder', {
      auditId: audit.id,
      participantIds: [c.id, a.id, b.id],
    });
    expect(reordered.map((p) => [p.name, p.code])).toEqual([
      ['Chloé', 'P3'],
      ['Ana Souza', 'P1'],
      ['Ben', 'P2'],
    ]);
    expect(
      await invoke(storage, 'participants.reorder', { auditId: audit.id, participantIds: [a.id, b.id] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await call(storage, 'participants.remove', { auditId: audit.id, participantId: b.id });
    const detail = await call(storage, 'audits.get', { id: audit.id });
    expect(detail.participants.map((p) => p.name)).toEqual(['Chloé', 'Ana Souza']);
    expect(detail.responses).toEqual([]);
    const d = await call(storage, 'participants.add', { auditId: audit.id, name: 'Dev' });
    expect(d.code).toBe('P2');
    closeStorage(storage);
  });

  it('keeps up to fifteen priority contacts and edits them', async () => {
    const storage = await tempStorage();
    const audit = await newAudit(storage);
    for (let i = 1; i <= 15; i++) {
      await call(storage, 'contacts.add', {
        auditId: audit.id,
        name: `Contact ${i}`,
        category: 'request',
        importance: 4,
        performance: 2,
      });
    }
    expect(
      await invoke(storage, 'contacts.add', {
        auditId: audit.id,
        name: 'One too many',
        category: 'rescue',
        importance: 5,
        performance: 1,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('at most 15') as unknown },
    });
    const [first] = (await call(storage, 'audits.get', { id: audit.id })).contacts;
    const edited = await call(storage, 'contacts.update', {
      auditId: audit.id,
      contactId: first!.id,
      performance: 5,
    });
    expect(edited).toMatchObject({ name: 'Contact 1', performance: 5 });
    const results = await call(storage, 'audits.results', { id: audit.id });
    expect(results.contacts.filter((c) => c.priorityGap)).toHaveLength(14);
    closeStorage(storage);
  });

  it('builds an action plan: accepted recommendations and custom actions, edited and removed', async () => {
    const storage = await tempStorage();
    const audit = await newAudit(storage);
    const accepted = await call(storage, 'actions.add', {
      auditId: audit.id,
      title: 'Interview recently lost customers',
      source: 'act-listening-low-1',
    });
    const custom = await call(storage, 'actions.add', {
      auditId: audit.id,
      title: 'Name an owner per contact',
    });
    expect(custom).toMatchObject({ source: 'custom', status: 'open', owner: '', due: '' });
    const edited = await call(storage, 'actions.update', {
      auditId: audit.id,
      actionId: accepted.id,
      owner: 'Ben Okafor',
      due: '2027-01-31',
      successMeasure: 'Ten interviews written up',
      status: 'in-progress',
    });
    expect(edited).toMatchObject({
      owner: 'Ben Okafor',
      due: '2027-01-31',
      status: 'in-progress',
      source: 'act-listening-low-1',
    });
    await call(storage, 'actions.remove', { auditId: audit.id, actionId: custom.id });
    expect((await call(storage, 'audits.get', { id: audit.id })).actions.map((a) => a.title)).toEqual([
      'Interview recently lost customers',
    ]);
    closeStorage(storage);
  });
});

describe('the audit’s records: one rule for participants, contacts and the plan', () => {
  it('marks the audit changed on every add, edit, reorder and remove', async () => {
    const storage = await tempStorage({ clock: steppingClock() });
    const audit = await newAudit(storage);
    const auditId = audit.id;
    let before = (await call(storage, 'audits.get', { id: auditId })).updatedAt;
    const changes = async (what: string, change: () => Promise<unknown>) => {
      await change();
      const after = (await call(storage, 'audits.get', { id: auditId })).updatedAt;
      expect(after > before, `${what} moves updatedAt on (${before} → ${after})`).toBe(true);
      before = after;
    };
    const ana = await call(storage, 'participants.add', { auditId, name: 'Ana' });
    const ben = await call(storage, 'participants.add', { auditId, name: 'Ben' });
    before = (await call(storage, 'audits.get', { id: auditId })).updatedAt;
    await changes('participants.update', () =>
      call(storage, 'participants.update', { auditId, participantId: ana.id, role: 'CEO' }),
    );
    await changes('participants.reorder', () =>
      call(storage, 'participants.reorder', { auditId, participantIds: [ben.id, ana.id] }),
    );
    await changes('participants.remove', () =>
      call(storage, 'participants.remove', { auditId, participantId: ben.id }),
    );
    const contact = {
      auditId,
      name: 'Billing dispute',
      category: 'rescue',
      importance: 5,
      performance: 2,
    } as const;
    let contactId = '';
    await changes(
      'contacts.add',
      async () => (contactId = (await call(storage, 'contacts.add', contact)).id),
    );
    await changes('contacts.update', () =>
      call(storage, 'contacts.update', { auditId, contactId, performance: 3 }),
    );
    await changes('contacts.remove', () => call(storage, 'contacts.remove', { auditId, contactId }));
    let actionId = '';
    await changes('actions.add', async () => {
      actionId = (await call(storage, 'actions.add', { auditId, title: 'Call ten lost customers' })).id;
    });
    await changes('actions.update', () =>
      call(storage, 'actions.update', { auditId, actionId, owner: 'Ana' }),
    );
    await changes('actions.remove', () => call(storage, 'actions.remove', { auditId, actionId }));
    closeStorage(storage);
  });
});
