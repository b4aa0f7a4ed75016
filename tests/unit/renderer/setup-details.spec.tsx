// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Setup } from '../../../renderer/views/Setup/Setup.tsx';
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

describe('set-up details', () => {
  it('saves an edited field when the cursor leaves it, without the button', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    await act(() => useAuditStore.getState().load(audit.id));
    render(<Setup />);
    const title = screen.getByLabelText('Audit title');
    fireEvent.change(title, { target: { value: 'Spring offsite' } });
    fireEvent.blur(title);
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    expect((await call(storage, 'audits.get', { id: audit.id })).title).toBe('Spring offsite');
  });

  it('does not send a form with an empty required field, and saves once the field is filled again', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    await act(() => useAuditStore.getState().load(audit.id));
    render(<Setup />);
    const organization = screen.getByLabelText('Organization');
    const title = screen.getByLabelText('Audit title');
    const before = calls.length;
    fireEvent.change(organization, { target: { value: '' } });
    fireEvent.blur(organization);
    // Leaving another field of the invalid form sends nothing either.
    fireEvent.change(title, { target: { value: 'Spring offsite' } });
    fireEvent.blur(title);
    expect((organization as HTMLInputElement).validity.valueMissing).toBe(true);
    fireEvent.change(organization, { target: { value: 'Acme Ltd' } });
    fireEvent.blur(organization);
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    // One save, of the valid form: the empty organization never left the window.
    expect(calls.slice(before)).toEqual(['audits.update']);
    expect(screen.queryByRole('alert')).toBeNull();
    const saved = await call(storage, 'audits.get', { id: audit.id });
    expect([saved.organization, saved.title]).toEqual(['Acme Ltd', 'Spring offsite']);
  });
});
