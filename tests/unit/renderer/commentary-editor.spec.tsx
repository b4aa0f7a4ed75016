// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { SaveIndicator } from '../../../renderer/components/SaveIndicator.tsx';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Report } from '../../../renderer/views/Report/Report.tsx';
import { installBridge, type BridgeCalls } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
let calls: BridgeCalls;
beforeAll(async () => {
  storage = await tempStorage();
  calls = installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

const WAIT = { timeout: 5000 };

async function openAudit(): Promise<string> {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana Souza' });
  await act(() => useAuditStore.getState().load(audit.id));
  render(
    <>
      <SaveIndicator />
      <Report />
    </>,
  );
  return audit.id;
}

const stored = (auditId: string) => ({
  summary: storage.db.prepare('SELECT commentary FROM audits WHERE id = ?').pluck().get(auditId),
  dimensions: storage.db
    .prepare('SELECT dimension_id, text FROM dimension_commentary WHERE audit_id = ? ORDER BY rowid')
    .all(auditId),
});

describe('the commentary editor in the Report step', () => {
  it('saves the summary once typing pauses, in one call, and lists the names an anonymous report replaces in it', async () => {
    const auditId = await openAudit();
    const field = screen.getByLabelText('Summary and recommendations');
    field.focus();
    const before = calls.length;
    fireEvent.change(field, { target: { value: 'As Ana' } });
    fireEvent.change(field, { target: { value: 'As Ana Souza said, start with the customer destination.' } });
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    await waitFor(
      () => expect(stored(auditId).summary).toBe('As Ana Souza said, start with the customer destination.'),
      WAIT,
    );
    expect(calls.slice(before).filter((c) => c === 'commentary.set')).toEqual(['commentary.set']);
    expect(document.activeElement).toBe(field);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All answers saved'));
    // The check before the export shows the name and its code, in context.
    const table = await screen.findByRole('table');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('row')
          .slice(1)
          .map((r) => r.textContent),
      ).toEqual([
        'Commentary on the executive summaryAs Ana Souza said, start with the customer destination.Ana Souza → P1',
      ]),
    );
  });

  it('keeps a text per dimension, saved on leaving the field, and removes one emptied', async () => {
    const auditId = await openAudit();
    fireEvent.click(screen.getByText(/Commentary per dimension \(optional\)/));
    const metrics = screen.getByLabelText('3. Metrics');
    fireEvent.change(metrics, { target: { value: 'Measure fewer things, and act on them.' } });
    fireEvent.blur(metrics);
    await waitFor(() =>
      expect(stored(auditId).dimensions).toEqual([
        { dimension_id: 'metrics', text: 'Measure fewer things, and act on them.' },
      ]),
    );
    await waitFor(() => expect(screen.getByText(/: 1 of 7 written/)).toBeTruthy());
    fireEvent.change(metrics, { target: { value: '' } });
    fireEvent.blur(metrics);
    await waitFor(() => expect(stored(auditId).dimensions).toEqual([]));
    expect(screen.getByLabelText<HTMLTextAreaElement>('3. Metrics').value).toBe('');
  });

  it('says loudly when a text could not be saved, keeps it on screen, and saves it on Try again', async () => {
    const auditId = await openAudit();
    await call(storage, 'audits.trash', { id: auditId });
    const field = screen.getByLabelText('Summary and recommendations');
    fireEvent.change(field, { target: { value: 'Our view.' } });
    fireEvent.blur(field);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^1 commentary is not saved: The audit "Offsite" is in the trash/);
    expect((field as HTMLTextAreaElement).value).toBe('Our view.');
    expect(stored(auditId).summary).toBe('');
    await call(storage, 'audits.restore', { id: auditId });
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(stored(auditId).summary).toBe('Our view.'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('counts the characters only near the limit', async () => {
    await openAudit();
    const field = screen.getByLabelText('Summary and recommendations');
    fireEvent.change(field, { target: { value: 'Short.' } });
    expect(screen.queryByText(/of 20,000 characters/)).toBeNull();
    fireEvent.change(field, { target: { value: 'x'.repeat(19_000) } });
    expect(screen.getByText('19,000 of 20,000 characters')).toBeTruthy();
    expect(field.getAttribute('maxLength')).toBe('20000');
    fireEvent.blur(field);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All answers saved'));
  });
});
