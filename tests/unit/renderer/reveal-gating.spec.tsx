// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { useRouter } from '../../../renderer/router.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import { Scoring } from '../../../renderer/views/Scoring/Scoring.tsx';
import { Workspace } from '../../../renderer/views/Workspace/Workspace.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

const items = instrumentSections(instrumentV1).flatMap((s) =>
  s.items.map((i) => ({ id: i.id, min: s.scale.min })),
);

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(() => {
  cleanup();
  useSessionStore.setState({ scorer: null, handOver: false, presentation: false });
});

/** An audit where each person has answered the given number of items. */
async function auditWith(people: { name: string; answered: number }[]) {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const ids: string[] = [];
  for (const person of people) {
    const p = await call(storage, 'participants.add', { auditId: audit.id, name: person.name });
    ids.push(p.id);
    for (const item of items.slice(0, person.answered))
      await call(storage, 'responses.save', {
        auditId: audit.id,
        participantId: p.id,
        itemId: item.id,
        value: item.min,
      });
  }
  return { auditId: audit.id, ids };
}

const revealedAt = (auditId: string) =>
  storage.db.prepare('SELECT revealed_at FROM audits WHERE id = ?').pluck().get(auditId) as string | null;
const steps = () => screen.getByRole('navigation', { name: 'Workshop steps' });
const stepLink = (name: RegExp) =>
  steps().querySelector(`a`) &&
  [...steps().querySelectorAll('a')].find((a) => name.test(a.textContent ?? ''));

describe('blindness in the window', () => {
  it('keeps the reveal, results, plan and report closed during blind scoring, in the steps and by address', async () => {
    const { auditId } = await auditWith([
      { name: 'Ana', answered: items.length },
      { name: 'Ben', answered: 3 },
    ]);
    render(<Workspace auditId={auditId} step="scoring" />);
    await screen.findByRole('heading', { name: 'Blind scoring' });
    for (const name of [/Reveal and discuss/, /Results/, /Action plan/, /Report/]) {
      expect(stepLink(name)).toBeUndefined();
      expect(steps().textContent).toMatch(name);
    }
    expect(stepLink(/Set-up/)).toBeDefined();
    expect(stepLink(/Priority contacts/)).toBeDefined();
    cleanup();

    for (const step of ['reveal', 'results', 'actions', 'report'] as const) {
      render(<Workspace auditId={auditId} step={step} />);
      await screen.findByRole('heading', { name: /opens at the reveal$|^The reveal has not started$/ });
      expect(screen.queryByText(/Statements by participant|Team is split|Recommended|Export PDF/)).toBeNull();
      cleanup();
    }
  });

  it('says when everyone has finished, offers the reveal, then opens the steps and locks the answers', async () => {
    const { auditId, ids } = await auditWith([
      { name: 'Ana', answered: items.length },
      { name: 'Ben', answered: items.length },
    ]);
    render(<Workspace auditId={auditId} step="scoring" />);
    expect((await screen.findByText('Everyone has finished scoring')).getAttribute('role')).toBe('status');
    fireEvent.click(screen.getByRole('button', { name: 'Start the reveal' }));
    await waitFor(() => expect(revealedAt(auditId)).not.toBeNull());
    await waitFor(() => expect(useRouter.getState().route).toEqual({ view: 'reveal', auditId }));
    await waitFor(() => expect(stepLink(/Reveal and discuss/)).toBeDefined());
    // Nobody can start scoring again, and the service refuses a changed answer.
    expect(screen.getByText('The reveal has started')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Score as\s*Ana/ }).disabled).toBe(true);
    let refused = true;
    await act(async () => {
      refused = await useAuditStore.getState().saveResponse(ids[0]!, items[0]!.id, 5);
    });
    expect(refused).toBe(false);
    expect(useAuditStore.getState().save.failed[0]?.message).toMatch(
      /reveal .* has started, so the blind answers are locked/,
    );
    act(() => useAuditStore.setState({ save: { pending: 0, lastSavedAt: null, failed: [], drafts: {} } }));

    // Reopening asks first.
    fireEvent.click(screen.getByRole('button', { name: 'Reopen blind scoring…' }));
    expect(revealedAt(auditId)).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the reveal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reopen blind scoring…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reopen blind scoring' }));
    await waitFor(() => expect(revealedAt(auditId)).toBeNull());
    await waitFor(() => expect(stepLink(/Reveal and discuss/)).toBeUndefined());
  });

  it('starts the reveal early only after a confirmation naming who has not finished, by code in presentation mode', async () => {
    const { auditId } = await auditWith([
      { name: 'Chloé Martin', answered: 6 },
      { name: 'Dev Patel', answered: items.length },
    ]);
    useSessionStore.setState({ presentation: true });
    render(<Workspace auditId={auditId} step="scoring" />);
    await screen.findByText(`Still to finish: P1 (6 of ${items.length}).`);
    expect(screen.queryByText(/Chloé|Dev Patel/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start the reveal early…' }));
    expect(revealedAt(auditId)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep scoring' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start the reveal early…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start the reveal' }));
    await waitFor(() => expect(revealedAt(auditId)).not.toBeNull());
  });

  it('tells a person still on the scoring sheet that the reveal has started, and saves nothing', async () => {
    const { auditId, ids } = await auditWith([{ name: 'Ana', answered: 2 }]);
    await call(storage, 'audits.startReveal', { id: auditId });
    await act(() => useAuditStore.getState().load(auditId));
    useSessionStore.setState({ scorer: ids[0]!, handOver: false });
    render(<Scoring />);
    expect(screen.getByText(/The reveal has started, so answers are locked/)).toBeTruthy();
    fireEvent.keyDown(document.body, { key: '4' });
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLButtonElement).disabled)).toBe(true);
    await waitFor(() => expect(useAuditStore.getState().save.pending).toBe(0));
    expect(storage.db.prepare('SELECT count(*) FROM responses WHERE audit_id = ?').pluck().get(auditId)).toBe(
      2,
    );
  });
});
