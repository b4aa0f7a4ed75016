// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, type Store } from '../../../electron/core/db/store.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Setup } from '../../../renderer/views/Setup/Setup.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStore } from '../../fixtures/temp-store.ts';

let store: Store;
beforeAll(async () => {
  store = await tempStore();
  installBridge(store);
});
afterAll(() => closeStore(store));
afterEach(cleanup);

describe('set-up details', () => {
  it('saves an edited field when the cursor leaves it, without the button', async () => {
    const audit = await call(store, 'audits.create', {
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
    expect((await call(store, 'audits.get', { id: audit.id })).title).toBe('Spring offsite');
  });

  it('does not save an empty required field, and keeps what was saved', async () => {
    const audit = await call(store, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    await act(() => useAuditStore.getState().load(audit.id));
    render(<Setup />);
    const organization = screen.getByLabelText('Organization');
    fireEvent.change(organization, { target: { value: '' } });
    fireEvent.blur(organization);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await call(store, 'audits.get', { id: audit.id })).organization).toBe('Acme');
  });
});
