// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Setup } from '../../../renderer/views/Setup/Setup.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

async function openAudit() {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Groups',
    date: '2026-11-23',
  });
  await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana Souza' });
  await call(storage, 'participants.add', { auditId: audit.id, name: 'Ben Okafor' });
  await act(() => useAuditStore.getState().load(audit.id));
  render(<Setup />);
  return audit.id;
}

describe('role groups in set-up', () => {
  it('adds the three suggested groups in one click, in order, and puts a participant in one', async () => {
    const auditId = await openAudit();
    // No group yet: no group select in the participant rows, no floor.
    expect(screen.queryByLabelText('Group of P1')).toBeNull();
    expect(screen.queryByLabelText(/Smallest group shown/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add Executive team, Managers, Front line' }));
    await waitFor(() => expect(screen.getByLabelText('Name of group 3')).toBeTruthy());
    const saved = await call(storage, 'audits.get', { id: auditId });
    expect(saved.groups.map((g) => g.name)).toEqual(['Executive team', 'Managers', 'Front line']);
    // All three exist: the suggestion is gone.
    expect(screen.queryByRole('button', { name: /^Add Executive/ })).toBeNull();

    const select = screen.getByLabelText('Group of P2');
    fireEvent.change(select, { target: { value: saved.groups[2]!.id } });
    await waitFor(async () =>
      expect((await call(storage, 'audits.get', { id: auditId })).participants[1]!.group).toBe(
        saved.groups[2]!.id,
      ),
    );
    const frontLine = screen.getByLabelText('Name of group 3').closest('li')!;
    expect(within(frontLine).getByText('1 person')).toBeTruthy();
  });

  it('renames and removes a group; its members stay, in no group', async () => {
    const auditId = await openAudit();
    await act(async () => {
      await useAuditStore.getState().addGroup('Execs');
    });
    const group = useAuditStore.getState().detail!.groups[0]!;
    fireEvent.change(screen.getByLabelText('Group of P1'), { target: { value: group.id } });
    const name = screen.getByLabelText('Name of group 1');
    fireEvent.change(name, { target: { value: 'Executive team' } });
    fireEvent.blur(name);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Executive team' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Remove Executive team' }));
    // It asks first, saying who is in it and where they go; Cancel has focus and keeps the group.
    const question = screen.getByRole('alertdialog', { name: 'Remove the group Executive team?' });
    expect(question.textContent).toContain(
      'It holds 1 participant. They stay in the audit with their answers, in no group',
    );
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Executive team' }));
    expect((await call(storage, 'audits.get', { id: auditId })).groups).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Executive team' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove the group' }),
    );
    await waitFor(() => expect(screen.queryByLabelText('Name of group 1')).toBeNull());
    const saved = await call(storage, 'audits.get', { id: auditId });
    expect(saved.groups).toEqual([]);
    expect(saved.participants.map((p) => [p.name, p.group])).toEqual([
      ['Ana Souza', ''],
      ['Ben Okafor', ''],
    ]);
  });

  it('saves the smallest group shown and refuses a floor out of range in the field', async () => {
    const auditId = await openAudit();
    await act(async () => {
      await useAuditStore.getState().addGroup('Managers');
    });
    const floor = screen.getByLabelText<HTMLInputElement>(/Smallest group shown/);
    expect(floor.value).toBe('3');
    fireEvent.change(floor, { target: { value: '5' } });
    fireEvent.blur(floor);
    await waitFor(async () =>
      expect((await call(storage, 'audits.get', { id: auditId })).minGroupSize).toBe(5),
    );
    fireEvent.change(screen.getByLabelText(/Smallest group shown/), { target: { value: '2' } });
    fireEvent.blur(screen.getByLabelText(/Smallest group shown/));
    expect((await call(storage, 'audits.get', { id: auditId })).minGroupSize).toBe(5);
  });
});
