// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import { Scoring } from '../../../renderer/views/Scoring/Scoring.tsx';
import { Participants } from '../../../renderer/views/Setup/Participants.tsx';
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

describe('presentation mode', () => {
  it('survives a reload of the window; who is scoring does not', async () => {
    useSessionStore.getState().togglePresentation();
    useSessionStore.setState({ scorer: 'p1', handOver: true });
    vi.resetModules(); // a reload: the storage module starts afresh from the window's storage
    const reloaded = await import('../../../renderer/stores/session.ts');
    expect(reloaded.useSessionStore.getState()).toMatchObject({
      presentation: true,
      scorer: null,
      handOver: false,
    });
    reloaded.useSessionStore.getState().togglePresentation();
    vi.resetModules();
    const again = await import('../../../renderer/stores/session.ts');
    expect(again.useSessionStore.getState().presentation).toBe(false);
  });

  it('tells each person how to recognise their code, without a name on the projector', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    await call(storage, 'participants.add', { auditId: audit.id, name: 'Zoë Łukasz' });
    await call(storage, 'participants.add', { auditId: audit.id, name: 'Ben Okafor' });
    await act(() => useAuditStore.getState().load(audit.id));

    render(<Participants />);
    expect(screen.getByText(/tell each person their code before scoring starts/)).toBeTruthy();
    expect(screen.getAllByTitle('Anonymous code').map((c) => c.textContent)).toEqual(['P1', 'P2']);
    cleanup();

    useSessionStore.setState({ presentation: true });
    render(<Scoring />);
    fireEvent.click(screen.getByRole('button', { name: /Score as\s*P2/ }));
    const screenText = screen.getByRole('dialog', { name: 'Hand the laptop to P2' }).textContent;
    expect(screenText).toContain('P2 is a participant’s code: it stands beside each name in Set-up');
    expect(screenText).not.toMatch(/Zoë|Ben/);
  });
});
