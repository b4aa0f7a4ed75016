// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useRouter } from '../../../renderer/router.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useSettingsStore } from '../../../renderer/stores/settings.ts';
import { Home } from '../../../renderer/views/Home/Home.tsx';
import { Settings } from '../../../renderer/views/Settings/Settings.tsx';
import { Branding } from '../../../renderer/views/Setup/Branding.tsx';
import { installBridge, type BridgeCalls } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
let calls: BridgeCalls;
beforeAll(async () => {
  storage = await tempStorage();
  calls = installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(async () => {
  cleanup();
  await call(storage, 'settings.update', { firmName: '', firmLogo: null });
  useSettingsStore.setState({ settings: null, error: null });
});

/** A tiny real PNG (1×1), as a file the user picks. */
function pngFile(name = 'firm.png'): File {
  const bytes = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  return new File([bytes], name, { type: 'image/png' });
}

const storedSettings = () => call(storage, 'settings.get', {});

describe('the Settings view', () => {
  it('is reachable from Home, starts in the firm name, saves it with Enter, and Escape goes back', async () => {
    act(() => useRouter.getState().go({ view: 'home' }));
    render(<Home />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(useRouter.getState().route).toEqual({ view: 'settings' });
    cleanup();

    render(<Settings />);
    const name = await screen.findByLabelText('Firm name');
    expect(document.activeElement).toBe(name);
    expect(screen.getByRole('button', { name: 'Save firm name' })).toHaveProperty('disabled', true);
    fireEvent.change(name, { target: { value: 'Harbour & Finch' } });
    fireEvent.submit(name.closest('form')!);
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    expect(await storedSettings()).toEqual({ firmName: 'Harbour & Finch', firmLogo: null });

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useRouter.getState().route).toEqual({ view: 'home' });
  });

  it('adds, shows and removes the firm’s logo, and refuses a GIF with a reason, writing nothing', async () => {
    render(<Settings />);
    const add = await screen.findByLabelText('Add firm logo');
    fireEvent.change(add, { target: { files: [new File(['GIF89a'], 'firm.gif', { type: 'image/gif' })] } });
    expect((await screen.findByRole('alert')).textContent).toContain('The logo must be a PNG or JPEG image.');
    expect((await storedSettings()).firmLogo).toBeNull();

    fireEvent.change(screen.getByLabelText('Add firm logo'), { target: { files: [pngFile()] } });
    const logo = await screen.findByRole('img', { name: 'Firm logo' });
    expect((await storedSettings()).firmLogo).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(logo.getAttribute('src')).toBe((await storedSettings()).firmLogo);
    fireEvent.click(screen.getByRole('button', { name: 'Remove logo' }));
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Firm logo' })).toBeNull());
    expect((await storedSettings()).firmLogo).toBeNull();
  });
});

describe('an audit’s firm branding in Set-up', () => {
  it('names the installation’s firm, and keeps another firm’s name for this audit, or none', async () => {
    await call(storage, 'settings.update', { firmName: 'Harbour & Finch' });
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    await act(() => useAuditStore.getState().load(audit.id));
    const before = calls.length;
    render(<Branding />);
    const group = screen.getByRole('group', { name: /Your firm beside the client/ });
    const installation = await within(group).findByLabelText('The firm set in Settings: Harbour & Finch');
    expect(installation).toHaveProperty('checked', true);

    fireEvent.click(within(group).getByLabelText('Another firm for this audit'));
    const own = await within(group).findByLabelText('Firm name for this audit');
    fireEvent.change(own, { target: { value: 'Baltic Consulting' } });
    fireEvent.keyDown(own, { key: 'Enter' });
    await waitFor(async () =>
      expect((await call(storage, 'audits.get', { id: audit.id })).branding.firm).toEqual({
        use: 'own',
        name: 'Baltic Consulting',
        logo: null,
      }),
    );
    fireEvent.click(within(group).getByLabelText('No firm: the report shows only the client'));
    await waitFor(async () =>
      expect((await call(storage, 'audits.get', { id: audit.id })).branding.firm.use).toBe('none'),
    );
    expect(within(group).queryByLabelText('Firm name for this audit')).toBeNull();
    // The installation's firm was asked for once, not again with each change.
    expect(calls.slice(before).filter((c) => c === 'settings.get')).toEqual(['settings.get']);
  });
});
