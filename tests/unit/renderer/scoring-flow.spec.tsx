// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import { SaveIndicator } from '../../../renderer/components/SaveIndicator.tsx';
import { Scoring } from '../../../renderer/views/Scoring/Scoring.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

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

async function auditWith(names: string[]) {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const people = [];
  for (const name of names) people.push(await call(storage, 'participants.add', { auditId: audit.id, name }));
  await act(() => useAuditStore.getState().load(audit.id));
  return { auditId: audit.id, people };
}

const saved = (auditId: string) =>
  storage.db
    .prepare(
      'SELECT participant_id AS p, item_id AS item, value FROM responses WHERE audit_id = ? ORDER BY rowid',
    )
    .all(auditId);

describe('blind scoring in the window, against the real services', () => {
  it('scores with the keyboard only: privacy screen, digits, N, arrows, and every answer in the database', async () => {
    const { auditId, people } = await auditWith(['Ana', 'Ben']);
    render(<Scoring />);
    fireEvent.click(screen.getByRole('button', { name: /Score as\s*Ana/ }));
    expect(screen.getByRole('dialog', { name: 'Hand the laptop to Ana' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I am Ana: start' }));
    const sheet = screen.getByLabelText('Scoring for Ana');
    act(() => {
      fireEvent.keyDown(sheet, { key: '4' }); // leadership-1 = 4, moves on
      fireEvent.keyDown(sheet, { key: 'n' }); // leadership-2 = Not sure
      fireEvent.keyDown(sheet, { key: '9' }); // ignored: not on the scale
      fireEvent.keyDown(sheet, { key: 'ArrowLeft' }); // back to leadership-2
      fireEvent.keyDown(sheet, { key: '2' }); // leadership-2 = 2
    });
    await waitFor(() => expect(useAuditStore.getState().save.pending).toBe(0));
    expect(saved(auditId)).toEqual([
      { p: people[0]!.id, item: 'leadership-1', value: 4 },
      { p: people[0]!.id, item: 'leadership-2', value: 2 },
    ]);
    expect(screen.getByText('3 of 6')).toBeTruthy();
  });

  it('uses 0–3 on failure signs and shows only codes in presentation mode', async () => {
    const { auditId } = await auditWith(['Chloé Martin']);
    useSessionStore.setState({ presentation: true });
    render(<Scoring />);
    expect(screen.queryByText(/Chloé/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Score as\s*P1/ }));
    fireEvent.click(screen.getByRole('button', { name: 'I am P1: start' }));
    fireEvent.click(screen.getByRole('button', { name: /^Failure signs/ }));
    const sheet = screen.getByLabelText('Scoring for P1');
    act(() => {
      fireEvent.keyDown(sheet, { key: '5' }); // not on the 0–3 scale: ignored
      fireEvent.keyDown(sheet, { key: '0' });
      fireEvent.keyDown(sheet, { key: '3' });
    });
    await waitFor(() => expect(useAuditStore.getState().save.pending).toBe(0));
    expect(saved(auditId).map((r: any) => [r.item, r.value])).toEqual([
      ['sign-destination', 0],
      ['sign-commitment', 3],
    ]);
    expect(screen.queryByText(/Chloé/)).toBeNull();
  });

  it('shows a failed save loudly, keeps the answer on screen, and saves it on retry', async () => {
    const { auditId, people } = await auditWith(['Dev']);
    render(<SaveIndicator />);
    await call(storage, 'audits.trash', { id: auditId }); // the next save is refused
    await act(async () => {
      await useAuditStore.getState().saveResponse(people[0]!.id, 'metrics-1', 5);
    });
    expect(screen.getByRole('alert').textContent).toMatch(/1 answer is not saved: .*in the trash/);
    expect(useAuditStore.getState().detail?.responses.map((r) => r.value)).toEqual([5]);
    expect(saved(auditId)).toEqual([]);
    await call(storage, 'audits.restore', { id: auditId });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(useAuditStore.getState().save.failed).toEqual([]));
    expect(saved(auditId)).toEqual([{ p: people[0]!.id, item: 'metrics-1', value: 5 }]);
    expect(screen.getByRole('status').textContent).toBe('All answers saved');
  });
});
