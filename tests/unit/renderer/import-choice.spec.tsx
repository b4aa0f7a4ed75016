// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { storageLocation } from '../../../electron/core/db/location.ts';
import { closeStorage, openStorageReadOnly, type Storage } from '../../../electron/core/db/storage.ts';
import { ReadOnlyBanner } from '../../../renderer/components/ReadOnlyBanner.tsx';
import { useRouter } from '../../../renderer/router.ts';
import { useAuditListStore } from '../../../renderer/stores/audit-list.ts';
import { useStorageStatusStore } from '../../../renderer/stores/storage-status.ts';
import { Home } from '../../../renderer/views/Home/Home.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/**
 * The home view's Import asks when the file's audit is already here (the README's promise):
 * open that audit, or import a copy. The real Home view on the real services and database.
 */

const EXAMPLE = readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../fixtures/audits/acme-worked-example.rca.json',
  ),
  'utf8',
);

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(() => {
  cleanup();
  useRouter.getState().go({ view: 'home' });
  useAuditListStore.setState({ error: null, notice: null, pendingImport: null });
});

async function chooseFile(text: string, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input on the home view');
  await userEvent.upload(input, new File([text], name, { type: 'application/json' }));
}

const titles = async () => (await call(storage, 'audits.list', {})).map((a) => a.title).sort();

describe('importing an audit that is already here', () => {
  it('imports a new file straight away, then asks for the same file again and opens the existing audit', async () => {
    render(<Home />);
    await chooseFile(EXAMPLE, 'acme.rca.json');
    await waitFor(() => expect(useRouter.getState().route.view).toBe('setup'));
    const route = useRouter.getState().route;
    const firstId = route.view === 'setup' ? route.auditId : '';
    const before = await titles();
    expect(before).toHaveLength(1);

    useRouter.getState().go({ view: 'home' });
    await chooseFile(EXAMPLE, 'acme.rca.json');
    const dialog = await screen.findByRole('alertdialog', { name: 'This audit is already here' });
    expect(dialog.textContent).toContain('acme.rca.json holds “');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Open the audit on this computer' }),
    );
    expect(await titles()).toEqual(before); // nothing imported while it asks
    await userEvent.click(screen.getByRole('button', { name: 'Open the audit on this computer' }));
    expect(useRouter.getState().route).toEqual({ view: 'setup', auditId: firstId });
    expect(await titles()).toEqual(before);
  });

  it('imports a second, separate copy when asked to', async () => {
    render(<Home />);
    const before = await titles();
    await chooseFile(EXAMPLE, 'acme.rca.json');
    await userEvent.click(await screen.findByRole('button', { name: 'Import the file as a copy' }));
    await waitFor(() => expect(useRouter.getState().route.view).toBe('setup'));
    expect(await titles()).toHaveLength(before.length + 1);
    expect(useAuditListStore.getState().notice?.text).toMatch(/^Imported acme\.rca\.json as a copy of “/);
  });

  it('imports nothing when cancelled', async () => {
    render(<Home />);
    const before = await titles();
    await chooseFile(EXAMPLE, 'acme.rca.json');
    await screen.findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useRouter.getState().route).toEqual({ view: 'home' });
    expect(await titles()).toEqual(before);
  });
});

describe('the read-only banner', () => {
  it('shows nothing for a database that can be written', async () => {
    useStorageStatusStore.setState({ status: null });
    render(<ReadOnlyBanner />);
    await waitFor(() =>
      expect(useStorageStatusStore.getState().status).toEqual({ readOnly: false, message: '' }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the database is open read-only, why, and what still works', async () => {
    const readOnly = openStorageReadOnly(
      storageLocation({ databasePath: storage.location.databasePath }),
      'Reality Check opened the database at /data/reality-check.db read-only because the disk holding it is full.',
    );
    installBridge(readOnly);
    try {
      useStorageStatusStore.setState({ status: null });
      render(<ReadOnlyBanner />);
      const banner = await screen.findByRole('alert');
      expect(banner.textContent).toBe(
        'Read-only. Reality Check opened the database at /data/reality-check.db read-only because the disk holding it is full. ' +
          'You can read the audits, export audit files and reports; changes cannot be saved.',
      );
    } finally {
      closeStorage(readOnly);
      installBridge(storage);
    }
  });
});
