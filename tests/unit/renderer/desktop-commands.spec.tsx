// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DesktopCommand, DesktopEvents } from '../../../shared/api/commands.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { runDesktopCommand, useDesktopCommands } from '../../../renderer/desktop/commands.ts';
import {
  importDroppedFiles,
  isAuditFileName,
  isResponseFileName,
} from '../../../renderer/desktop/file-drop.ts';
import { DesktopRequestListener, useDesktopRequests } from '../../../renderer/desktop/requests.ts';
import { useRouter } from '../../../renderer/router.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useAuditListStore } from '../../../renderer/stores/audit-list.ts';
import { usePreworkStore } from '../../../renderer/stores/prework.ts';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import { Home } from '../../../renderer/views/Home/Home.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

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
  useSessionStore.setState({ presentation: false });
  useDesktopRequests.setState({ pending: { newAudit: false, exportReport: false } });
  useAuditListStore.setState({ error: null, notice: null });
});

/** A stand-in for the preload's `window.realityCheckEvents`, which the test drives as the shell would. */
function fakeEvents() {
  const listeners = new Set<(command: DesktopCommand) => void>();
  const events: DesktopEvents = {
    onCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  Object.defineProperty(window, 'realityCheckEvents', { configurable: true, value: events });
  return {
    listeners,
    fire: (command: DesktopCommand) =>
      act(() => {
        listeners.forEach((l) => l(command));
        return Promise.resolve();
      }),
  };
}

function Shell({ children }: { children?: React.ReactNode }) {
  useDesktopCommands();
  return <>{children}</>;
}

describe('menu commands in the window', () => {
  it('subscribes while the app is mounted and unsubscribes after', () => {
    const { listeners } = fakeEvents();
    const { unmount } = render(<Shell />);
    expect(listeners.size).toBe(1);
    unmount();
    expect(listeners.size).toBe(0);
  });

  it('File ▸ New audit goes home and opens the new-audit form there', async () => {
    const { fire } = fakeEvents();
    useRouter.getState().go({ view: 'scoring', auditId: 'a1' });
    render(
      <Shell>
        <Home />
      </Shell>,
    );
    await fire({ command: 'new-audit' });
    expect(useRouter.getState().route).toEqual({ view: 'home' });
    expect(await screen.findByRole('form', { name: 'New audit' })).toBeTruthy();
    expect(useDesktopRequests.getState().pending.newAudit).toBe(false);
  });

  it('Export PDF report goes to the open audit’s report step and asks it to export; on home it does nothing', () => {
    runDesktopCommand({ command: 'export-report' });
    expect(useRouter.getState().route).toEqual({ view: 'home' });
    expect(useDesktopRequests.getState().pending.exportReport).toBe(false);
    useRouter.getState().go({ view: 'results', auditId: 'a1' });
    runDesktopCommand({ command: 'export-report' });
    expect(useRouter.getState().route).toEqual({ view: 'report', auditId: 'a1' });
    expect(useDesktopRequests.getState().pending.exportReport).toBe(true);
  });

  it('a view answers a request once, even one made before it was shown', () => {
    useDesktopRequests.getState().request('exportReport');
    const runs: string[] = [];
    const { rerender } = render(
      <DesktopRequestListener kind="exportReport" onRequest={() => runs.push('export')} />,
    );
    rerender(<DesktopRequestListener kind="exportReport" onRequest={() => runs.push('export')} />);
    expect(runs).toEqual(['export']);
    act(() => useDesktopRequests.getState().request('exportReport'));
    expect(runs).toEqual(['export', 'export']);
    act(() => useDesktopRequests.getState().request('newAudit'));
    expect(runs).toHaveLength(2);
  });

  it('toggles presentation mode, opens an audit, and reloads the list after an import from the menu', async () => {
    runDesktopCommand({ command: 'toggle-presentation' });
    expect(useSessionStore.getState().presentation).toBe(true);
    runDesktopCommand({ command: 'open-audit', auditId: 'abc' });
    expect(useRouter.getState().route).toEqual({ view: 'setup', auditId: 'abc' });
    expect(window.location.hash).toBe('#/audits/abc/setup');
    const created = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Made in the shell',
      date: '2026-11-23',
    });
    runDesktopCommand({ command: 'audits-changed' });
    await waitFor(() => expect(useAuditListStore.getState().audits.map((a) => a.id)).toContain(created.id));
  });
});

describe('audit files dropped onto the window', () => {
  it('imports each audit file and opens the last one', async () => {
    await act(() => importDroppedFiles([new File([EXAMPLE], 'acme.rca.json'), new File(['x'], 'logo.png')]));
    const route = useRouter.getState().route;
    expect(route.view).toBe('setup');
    const auditId = route.view === 'setup' ? route.auditId : '';
    expect((await call(storage, 'audits.get', { id: auditId })).organization).toBe('Acme Corp');
  });

  it('goes home to explain a file that is not an audit, and imports nothing', async () => {
    const before = (await call(storage, 'audits.list', {})).length;
    useRouter.getState().go({ view: 'results', auditId: 'a1' });
    await act(() => importDroppedFiles([new File(['{"not": "an audit"}'], 'other.rca.json')]));
    expect(useRouter.getState().route).toEqual({ view: 'home' });
    expect(useAuditListStore.getState().error).toMatch(/^Could not import other\.rca\.json:/);
    expect(await call(storage, 'audits.list', {})).toHaveLength(before);
  });

  it('takes drops of files anywhere on the window, so a stray drop never navigates away', async () => {
    render(<Shell />);
    const drop = (types: string[], files: File[]) => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types, files } });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const dragOver = (types: string[]) => {
      const event = new Event('dragover', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types, dropEffect: 'none' } });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(dragOver(['Files'])).toBe(true);
    expect(dragOver(['text/plain'])).toBe(false);
    expect(drop(['text/plain'], [])).toBe(false);
    const file = JSON.parse(EXAMPLE);
    file.audit.id = crypto.randomUUID();
    file.audit.title = 'Dropped on the window';
    expect(drop(['Files'], [new File([JSON.stringify(file)], 'dropped.rca.json')])).toBe(true);
    await waitFor(() =>
      expect(useRouter.getState().route).toEqual({ view: 'setup', auditId: file.audit.id }),
    );
  });

  it('merges a dropped response file into the open audit and shows Set-up, which says what it did', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Drop',
      date: '2026-11-23',
    });
    const answers = JSON.stringify({
      format: 'reality-check-responses',
      formatVersion: 1,
      instrument: { id: 'reality-check', version: '1.0.0' },
      audit: { id: audit.id },
      participant: { name: 'Sam Lee' },
      responses: [{ item: 'leadership-1', value: 3 }],
      submittedAt: '2026-11-20T09:12:00Z',
    });
    // With no audit open there is nothing to merge into: home says so, and nothing is imported.
    const audits = (await call(storage, 'audits.list', {})).length;
    await act(() => importDroppedFiles([new File([answers], 'sam.rcr.json')]));
    expect(useRouter.getState().route).toEqual({ view: 'home' });
    expect(useAuditListStore.getState().error).toMatch(/open the audit they are for/);
    expect(await call(storage, 'audits.list', {})).toHaveLength(audits);

    await act(() => useAuditStore.getState().load(audit.id));
    useRouter.getState().go({ view: 'scoring', auditId: audit.id });
    await act(() => importDroppedFiles([new File([answers], 'sam.rcr.json')]));
    expect(useRouter.getState().route).toEqual({ view: 'setup', auditId: audit.id });
    expect(usePreworkStore.getState().notice).toEqual({
      kind: 'info',
      text: 'Merged 1 answer as a new participant, P1.',
    });
    expect((await call(storage, 'audits.get', { id: audit.id })).participants.map((p) => p.name)).toEqual([
      'Sam Lee',
    ]);
    expect(useAuditStore.getState().detail?.participants.map((p) => p.name)).toEqual(['Sam Lee']);
  });

  it('recognises audit files by their .json ending, response files by .rcr.json', () => {
    expect(isResponseFileName('Kim.RCR.json')).toBe(true);
    expect(isResponseFileName('acme.rca.json')).toBe(false);
    expect(isAuditFileName('Acme.RCA.JSON')).toBe(true);
    expect(isAuditFileName('export.json')).toBe(true);
    expect(isAuditFileName('report.pdf')).toBe(false);
  });
});
