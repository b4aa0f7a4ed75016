// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { methodNames, methods } from '../../../shared/api/methods.ts';
import type { AuditDetail } from '../../../shared/api/models.ts';
import type { StepId } from '../../../renderer/router.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Workspace } from '../../../renderer/views/Workspace/Workspace.tsx';
import { installBridge, type BridgeCalls } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * Every edit's answer brings the row it changed, which the audit store puts into the audit on
 * screen; the results are fetched again once per change, when a view shows them. So the window
 * never reloads the audit after an edit, never scores it twice, and fetches nothing when moving
 * between steps: these tests count the calls it makes, and compare what it shows with what the
 * services would load afresh.
 */

let storage: Storage;
let calls: BridgeCalls;
beforeAll(async () => {
  storage = await tempStorage();
  calls = installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

/**
 * The detail with the lists the database orders by insertion sorted, so only content is
 * compared; `updatedAt` is the audit's as loaded (the window shows it nowhere).
 */
function comparable(detail: AuditDetail | null) {
  if (!detail) return null;
  const by = <T,>(rows: readonly T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  const { updatedAt: _updatedAt, ...rest } = detail;
  return {
    ...rest,
    responses: by(detail.responses, (r) => `${r.participant}/${r.item}`),
    consensus: by(detail.consensus, (c) => c.item),
    discussion: by(detail.discussion, (d) => d.item),
  };
}

/** Runs one store action and returns the calls it made. */
async function callsOf(action: () => Promise<unknown>): Promise<string[]> {
  const before = calls.length;
  await act(async () => {
    await action();
  });
  return calls.slice(before);
}

/** The store shows the detail a fresh load would, and once asked, the same results. */
async function expectShowsWhatIsSaved(auditId: string, method: string) {
  const s = useAuditStore.getState();
  expect(comparable(s.detail), method).toEqual(
    comparable(await call(storage, 'audits.get', { id: auditId })),
  );
  // The change made the results stale: they are fetched once, then not again.
  expect(s.resultsRevision, method).not.toBe(s.revision);
  expect(await callsOf(() => useAuditStore.getState().refreshResults()), method).toEqual(['audits.results']);
  expect(await callsOf(() => useAuditStore.getState().refreshResults()), method).toEqual([]);
  expect(useAuditStore.getState().results, method).toEqual(
    await call(storage, 'audits.results', { id: auditId }),
  );
}

async function newAudit(title: string) {
  const audit = await call(storage, 'audits.create', { organization: 'Acme', title, date: '2026-11-23' });
  await act(() => useAuditStore.getState().load(audit.id));
  return audit.id;
}

describe('an edit in the window', () => {
  it('sends one call, shows the saved change from its answer, and fetches the results once when asked', async () => {
    const auditId = await newAudit('Edits');
    const s = () => useAuditStore.getState();
    const edits: [string, () => Promise<unknown>][] = [
      ['participants.add', () => s().addParticipant({ name: 'Ana Souza', role: 'CEO' })],
      ['participants.add', () => s().addParticipant({ name: 'Ben Okafor' })],
      // A pre-work form's answers fill Ben's seat (docs/spec/interfaces.md, "The response file").
      [
        'files.merge',
        () =>
          s().mergeResponseFile(
            JSON.stringify({
              format: 'reality-check-responses',
              formatVersion: 1,
              instrument: { id: 'reality-check', version: '1.0.0' },
              audit: { id: auditId },
              participant: { seat: s().detail!.participants.find((p) => p.name === 'Ben Okafor')!.id },
              responses: [{ item: 'leadership-3', value: 2, note: 'From the pre-work form.' }],
              submittedAt: '2026-11-20T09:12:00Z',
            }),
          ),
      ],
      ['participants.update', () => s().editParticipant(s().detail!.participants[1]!.id, { role: 'CFO' })],
      [
        'participants.reorder',
        () =>
          s().reorderParticipants(
            s()
              .detail!.participants.map((p) => p.id)
              .reverse(),
          ),
      ],
      ['responses.save', () => s().saveResponse(s().detail!.participants[0]!.id, 'leadership-1', 1)],
      [
        'responses.save',
        () => s().saveResponse(s().detail!.participants[1]!.id, 'leadership-1', 5, 'We do.'),
      ],
      ['responses.save', () => s().saveResponse(s().detail!.participants[1]!.id, 'leadership-2', null)],
      ['responses.clear', () => s().clearResponse(s().detail!.participants[1]!.id, 'leadership-2')],
      [
        'contacts.add',
        () => s().addContact({ name: 'Billing call', category: 'rescue', importance: 5, performance: 2 }),
      ],
      [
        'contacts.add',
        () => s().addContact({ name: 'Renewal', category: 'revenue', importance: 4, performance: 4 }),
      ],
      ['contacts.update', () => s().editContact(s().detail!.contacts[1]!.id, { performance: 1 })],
      ['contacts.remove', () => s().removeContact(s().detail!.contacts[0]!.id)],
      ['audits.update', () => s().update({ title: 'Edits, renamed', anonymous: false })],
      ['audits.startReveal', () => s().startReveal()],
      ['consensus.set', () => s().saveConsensus('leadership-1', 3)],
      ['discussion.set', () => s().saveDiscussion('leadership-1', 'Ben meets customers; Ana does not.')],
      ['actions.add', () => s().addAction({ title: 'Visit a customer', owner: 'Ana', source: 'custom' })],
      ['actions.add', () => s().addAction({ title: 'Call a lost customer', source: 'custom' })],
      ['actions.update', () => s().editAction(s().detail!.actions[0]!.id, { status: 'done' })],
      ['actions.remove', () => s().removeAction(s().detail!.actions[1]!.id)],
      ['consensus.set', () => s().saveConsensus('leadership-1', null)],
      ['audits.reopenScoring', () => s().reopenScoring()],
      ['groups.add', () => s().addGroup('Executive team')],
      ['groups.add', () => s().addGroup('Front line')],
      ['groups.update', () => s().renameGroup(s().detail!.groups[1]!.id, 'Customer teams')],
      [
        'groups.reorder',
        () =>
          s().reorderGroups(
            s()
              .detail!.groups.map((g) => g.id)
              .reverse(),
          ),
      ],
      [
        'participants.update',
        () => s().editParticipant(s().detail!.participants[0]!.id, { groupId: s().detail!.groups[0]!.id }),
      ],
      ['groups.remove', () => s().removeGroup(s().detail!.groups[0]!.id)],
      ['participants.remove', () => s().removeParticipant(s().detail!.participants[0]!.id)],
      // A re-vote round needs the reveal, and blind scoring cannot reopen once a round exists.
      ['audits.startReveal', () => s().startReveal()],
      ['rounds.open', () => s().openRound(['leadership-1'])],
      ['rounds.cancel', () => s().cancelRound(2)],
      ['rounds.open', () => s().openRound(['leadership-1'])],
      [
        'rounds.saveResponse',
        () => s().saveRoundResponse(2, s().detail!.participants[0]!.id, 'leadership-1', 3),
      ],
      [
        'rounds.clearResponse',
        () => s().clearRoundResponse(2, s().detail!.participants[0]!.id, 'leadership-1'),
      ],
      [
        'rounds.saveResponse',
        () => s().saveRoundResponse(2, s().detail!.participants[0]!.id, 'leadership-1', 2),
      ],
      ['rounds.close', () => s().closeRound(2)],
    ];
    // Every method declared as an audit edit has its store action, exercised here.
    expect([...new Set(edits.map(([method]) => method))].sort()).toEqual(
      methodNames.filter((method) => methods[method].editsAudit).sort(),
    );
    for (const [method, edit] of edits) {
      expect(await callsOf(edit), method).toEqual([method]);
      expect(s().save.failed, method).toEqual([]);
      await expectShowsWhatIsSaved(auditId, method);
    }
    // The edits really happened: the results the window holds are the final audit's.
    expect(s().detail?.title).toBe('Edits, renamed');
    expect(s().detail?.participants.map((p) => p.name)).toEqual(['Ana Souza']);
    expect(s().results?.items.find((i) => i.id === 'leadership-1')?.n).toBe(1);
  });

  it('shows a refused edit as its error and changes nothing on screen', async () => {
    await newAudit('Refused');
    const before = useAuditStore.getState().detail;
    const message = await useAuditStore.getState().editContact('no-such-contact', { performance: 1 });
    expect(message).toMatch(/There is no contact no-such-contact/);
    expect(useAuditStore.getState().detail).toBe(before);
  });
});

describe('the steps of an open audit', () => {
  it('load the audit and its results once; moving between steps fetches nothing, an edit its results once', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Steps',
      date: '2026-11-23',
    });
    const ana = await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana Souza' });
    await call(storage, 'responses.save', {
      auditId: audit.id,
      participantId: ana.id,
      itemId: 'leadership-1',
      value: 4,
    });
    await call(storage, 'audits.startReveal', { id: audit.id });

    const opened = calls.length;
    const view = render(<Workspace auditId={audit.id} step="setup" />);
    await screen.findByRole('heading', { name: 'Set-up' });
    expect(calls.slice(opened).sort()).toEqual(['audits.get', 'audits.results']);

    const moved = calls.length;
    const headings: [StepId, string][] = [
      ['reveal', 'Reveal and discuss'],
      ['results', 'Results'],
      ['contacts', 'Priority contacts'],
      ['actions', 'Action plan'],
      ['results', 'Results'],
      ['contacts', 'Priority contacts'],
    ];
    for (const [step, heading] of headings) {
      view.rerender(<Workspace auditId={audit.id} step={step} />);
      await screen.findByRole('heading', { name: heading, level: 2 });
    }
    expect(calls.slice(moved)).toEqual([]);

    // A contact added on the Contacts step: the call, the results fetched once, its gap on screen.
    const form = screen.getByRole('form', { name: 'Add a contact' });
    fireEvent.change(within(form).getByLabelText('Contact'), { target: { value: 'Billing dispute call' } });
    fireEvent.change(within(form).getByLabelText('Importance'), { target: { value: '5' } });
    fireEvent.change(within(form).getByLabelText('Performance'), { target: { value: '2' } });
    const added = calls.length;
    fireEvent.submit(form);
    expect(await screen.findByText(/Priority gap #1/)).toBeTruthy();
    expect(calls.slice(added)).toEqual(['contacts.add', 'audits.results']);

    // The Results step shows that contact's gap without asking for the results again.
    const shown = calls.length;
    view.rerender(<Workspace auditId={audit.id} step="results" />);
    expect(await screen.findByText(/Billing dispute call/)).toBeTruthy();
    expect(calls.slice(shown)).toEqual([]);
  });
});
