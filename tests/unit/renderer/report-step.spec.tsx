// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Report } from '../../../renderer/views/Report/Report.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

/** An audit in progress, half answered, whose notes and plan name participants. */
async function namedAudit(): Promise<string> {
  const audit = await call(storage, 'audits.create', {
    organization: 'Müller AG',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const auditId = audit.id;
  const ana = await call(storage, 'participants.add', { auditId, name: 'Ana Souza' });
  await call(storage, 'participants.add', { auditId, name: 'Will Turner' });
  await call(storage, 'responses.save', {
    auditId,
    participantId: ana.id,
    itemId: 'metrics-2',
    value: 2,
    note: 'As Will Turner said, nobody at Müller AG owns this.',
  });
  await call(storage, 'actions.add', { auditId, title: 'Brief the board', owner: 'ANA' });
  return auditId;
}

describe('the Report step', () => {
  it('lists every replacement of the anonymous report in context before the export', async () => {
    const auditId = await namedAudit();
    await act(() => useAuditStore.getState().load(auditId));
    render(<Report />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Note by Ana Souza (P1) on Statement 3.2As Will Turner said, nobody at Müller AG owns this.Will Turner → P2',
      'Action 1 of the plan, ownerANAANA → P1',
    ]);
    expect(within(rows[0]!).getByText('Will Turner', { selector: 'mark' })).toBeTruthy();
    expect(screen.getByText(/replaces 2 names in 2 texts people typed/)).toBeTruthy();
    expect(screen.getByText('muller-ag-offsite-2026-11-23-readiness-report.pdf')).toBeTruthy();

    // With names shown, there is nothing to replace and no list.
    fireEvent.click(screen.getByLabelText(/Anonymous: show participants as/));
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
  });

  it('warns that the cover will say Draft and that the level is provisional, naming who is incomplete', async () => {
    const auditId = await namedAudit();
    await act(() => useAuditStore.getState().load(auditId));
    render(<Report />);
    const notes = await screen.findAllByRole('note');
    expect(notes.map((n) => n.textContent)).toEqual([
      expect.stringContaining('still in progress: the cover and every page will say Draft'),
      expect.stringMatching(
        /The level is provisional: 1 % of the possible answers are in.*Not every item answered by: P1, P2\./,
      ),
    ]);
    await call(storage, 'audits.update', { id: auditId, status: 'complete' });
    await act(() => useAuditStore.getState().load(auditId));
    await waitFor(() =>
      expect(screen.getAllByRole('note').map((n) => n.textContent)).toEqual([
        expect.stringContaining('The level is provisional'),
      ]),
    );
  });

  it('says so when no typed text names a participant', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'T',
      date: '2026-11-23',
    });
    await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana Souza' });
    await act(() => useAuditStore.getState().load(audit.id));
    render(<Report />);
    expect(await screen.findByText(/No participant’s name appears in the notes/)).toBeTruthy();
  });
});
