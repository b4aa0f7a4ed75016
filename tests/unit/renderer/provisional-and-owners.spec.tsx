// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import { ActionPlan } from '../../../renderer/views/Actions/ActionPlan.tsx';
import { Home } from '../../../renderer/views/Home/Home.tsx';
import { Results } from '../../../renderer/views/Results/Results.tsx';
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

/** Two people who answered 8 of the 65 items: enough for a level, far too few to trust it. */
const EIGHT = [
  'leadership-1',
  'leadership-2',
  'leadership-3',
  'listening-1',
  'metrics-1',
  'accountability-1',
  'unified-1',
  'enabling-1',
];

async function thinAudit(title: string, reveal: boolean) {
  const audit = await call(storage, 'audits.create', { organization: 'Acme', title, date: '2026-11-23' });
  const people = [
    await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana Souza', role: 'CEO' }),
    await call(storage, 'participants.add', { auditId: audit.id, name: 'Ben Okafor', role: 'CFO' }),
  ];
  for (const p of people)
    for (const itemId of EIGHT)
      await call(storage, 'responses.save', { auditId: audit.id, participantId: p.id, itemId, value: 4 });
  if (reveal) await call(storage, 'audits.startReveal', { id: audit.id });
  await act(() => useAuditStore.getState().load(audit.id));
  return audit.id;
}

describe('provisional results', () => {
  it('calls the level provisional in the results and names who has not finished (codes in presentation mode)', async () => {
    await thinAudit('Thin', true);
    render(<Results />);
    const headline = await screen.findByText(/Readiness index 75 %/);
    const card = headline.closest('.headline') as HTMLElement;
    expect(within(card).getByText('Building')).toBeTruthy();
    expect(within(card).getByText('Provisional')).toBeTruthy();
    expect(card.textContent).toContain(
      'Provisional: 12 % of the answers are in, so the level may still change. Not finished: Ana Souza, Ben Okafor.',
    );
    cleanup();
    useSessionStore.setState({ presentation: true });
    render(<Results />);
    await screen.findByText(/Readiness index 75 %/);
    expect(screen.getByText(/Not finished: P1, P2\./)).toBeTruthy();
    expect(screen.queryByText(/Ana Souza|Ben Okafor/)).toBeNull();
  });

  it('shows a provisional level on the home list, and no level at all while scoring is blind', async () => {
    await thinAudit('Revealed thin audit', true);
    await thinAudit('Blind thin audit', false);
    render(<Home />);
    const row = async (title: string) => (await screen.findByRole('link', { name: title })).closest('tr')!;
    const revealed = await row('Revealed thin audit');
    await waitFor(() => expect(revealed.textContent).toContain('Building Provisional 75 %12 % answered'), {
      onTimeout: (e) => new Error(`${e.message}: ${revealed.textContent}`),
    });
    const blind = await row('Blind thin audit');
    expect(blind.textContent).toContain('Blind scoring12 % answered');
    expect(blind.textContent).not.toMatch(/Building|75 %/);
  });
});

describe('owners in the action plan', () => {
  it('pre-fills the suggested owner role on accepting, and offers the participants as owners', async () => {
    const auditId = await thinAudit('Owners', true);
    const { container } = render(<ActionPlan />);
    const accept = (await screen.findAllByRole('button', { name: /^Accept: / }))[0]!;
    const recommended = (await call(storage, 'audits.results', { id: auditId })).actions[0]!;
    expect(accept.getAttribute('aria-label')).toBe(`Accept: ${recommended.title}`);
    fireEvent.click(accept);
    const owner = await screen.findByRole<HTMLInputElement>('combobox', {
      name: `Owner of ${recommended.title}`,
    });
    expect(owner.value).toBe(recommended.ownerRole);
    expect(storage.db.prepare('SELECT owner FROM actions WHERE audit_id = ?').pluck().all(auditId)).toEqual([
      recommended.ownerRole,
    ]);
    const list = container.querySelector(`datalist#${owner.getAttribute('list')}`)!;
    const options = [...list.querySelectorAll('option')].map((o) => [o.value, o.textContent]);
    expect(options.slice(0, 2)).toEqual([
      ['Ana Souza', 'CEO'],
      ['Ben Okafor', 'CFO'],
    ]);
    expect(options.map(([value]) => value)).toContain(recommended.ownerRole);
    const custom = screen.getByRole('form', { name: 'Add your own action' });
    expect(within(custom).getByRole('combobox', { name: 'Owner' }).getAttribute('list')).toBe(
      owner.getAttribute('list'),
    );
  });
});
