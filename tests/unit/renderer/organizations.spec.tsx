// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { changeText, planOutcomeText, spanText } from '../../../shared/scoring/trend.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Home } from '../../../renderer/views/Home/Home.tsx';
import { OrganizationPage } from '../../../renderer/views/Organization/OrganizationPage.tsx';
import { PlanReview } from '../../../renderer/views/PlanReview/PlanReview.tsx';
import { Results } from '../../../renderer/views/Results/Results.tsx';
import { CLIENT, writeClientHistory, type ClientHistory } from '../../fixtures/client-history.ts';
import { installBridge, type BridgeCalls } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
let calls: BridgeCalls;
let history: ClientHistory;
beforeAll(async () => {
  storage = await tempStorage();
  calls = installBridge(storage);
  history = await writeClientHistory(storage);
  await call(storage, 'audits.create', {
    organization: 'Zoë’s Bakery',
    title: 'First look',
    date: '2026-10-01',
  });
}, 60_000);
afterAll(() => closeStorage(storage));
afterEach(cleanup);

describe('the home view', () => {
  it('groups the audits by organisation, and finds an organisation or an audit by keyboard', async () => {
    render(<Home />);
    const groups = await screen.findAllByRole('region', { name: /audits?$/ });
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual([
      `${CLIENT} · 3 audits`,
      'Zoë’s Bakery · 1 audit',
    ]);
    expect(
      within(groups[0]!)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('td')?.textContent),
    ).toEqual([
      'Readiness audit 20263 participants · re-assessment',
      'Readiness audit 20253 participants · re-assessment',
      'Readiness audit 20243 participants',
    ]);
    expect(within(groups[0]!).getByRole('link', { name: CLIENT }).getAttribute('href')).toBe(
      `#/organizations/${history.organizationId}`,
    );

    fireEvent.keyDown(document.body, { key: '/' });
    const search = screen.getByLabelText(/Find an organisation or audit/);
    expect(document.activeElement).toBe(search);
    fireEvent.change(search, { target: { value: 'zoe' } });
    expect(screen.getByRole('status').textContent).toBe('1 audit of 1 organisation match “zoe”.');
    expect(screen.getAllByRole('region', { name: /audits?$/ })).toHaveLength(1);
    fireEvent.change(search, { target: { value: '2025' } });
    expect(screen.getByRole('status').textContent).toBe('1 audit of 1 organisation match “2025”.');
    expect(screen.getByRole('button', { name: 'Open Readiness audit 2025 (2025-11-19)' })).toBeTruthy();
    fireEvent.change(search, { target: { value: 'nothing like it' } });
    expect(screen.getByRole('status').textContent).toBe(
      'No organisation or audit matches “nothing like it”.',
    );
    fireEvent.keyDown(search, { key: 'Escape' });
    expect((search as HTMLInputElement).value).toBe('');
    expect(screen.getAllByRole('region', { name: /audits?$/ })).toHaveLength(2);
  });
});

describe('the organisation page', () => {
  it('lists every audit oldest first with its level, index and what changed, and the trend', async () => {
    const page = await call(storage, 'organizations.get', { id: history.organizationId });
    render(<OrganizationPage organizationId={history.organizationId} />);
    await screen.findByRole('heading', { name: CLIENT, level: 1 });
    const rows = within(screen.getByRole('region', { name: '3 audits, oldest first' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual([
      '2024-11-20',
      '2025-11-19',
      '2026-11-18',
    ]);
    const trend = page.trend!;
    expect(rows[0]!.textContent).toContain('First audit compared');
    expect(rows[2]!.textContent).toContain(`Index ${changeText(trend.audits[2]!.indexChange)} points`);
    expect(rows[2]!.textContent).toContain(`${roundForDisplay(trend.audits[2]!.index!)} %`);
    expect(rows[2]!.textContent).toMatch(/level up from Emerging; up: Customer Leadership, /);
    const view = screen.getByRole('region', { name: 'Progress since 2024-11-20' });
    expect(within(view).getByText(trend.compatibility)).toBeTruthy();
    expect(within(view).getByText(planOutcomeText(trend.planOutcome!))).toBeTruthy();
    expect(within(view).getAllByRole('img')).toHaveLength(trend.dimensions.length);
  });

  it('renames the organisation, and says why another organisation’s name is refused', async () => {
    render(<OrganizationPage organizationId={history.organizationId} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    const form = screen.getByRole('form', { name: 'Rename the organisation' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Zoë’s Bakery' } });
    fireEvent.submit(form);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'There is already an organisation called "Zoë’s Bakery"; choose another name.',
    );
    expect((await call(storage, 'organizations.get', { id: history.organizationId })).name).toBe(CLIENT);
  });
});

describe('the review of last time’s plan', () => {
  it('chooses each outcome by key from anywhere in the action, and a carried action joins the plan', async () => {
    const fourth = await call(storage, 'audits.duplicate', { id: history.auditIds[2], date: '2027-11-17' });
    await act(() => useAuditStore.getState().load(fourth.id));
    render(<PlanReview />);
    expect(screen.getByRole('status').textContent).toBe('0 of 1 reviewed.');
    const action = screen.getByRole('group', { name: /Call every customer we lose/ });
    fireEvent.keyDown(within(action).getByRole('radio', { name: /Done/ }), { key: '4' });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('1 of 1 reviewed: 1 carried into the new plan.'),
    );
    expect(within(action).getByRole('radio', { name: /Carry into the new plan/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(useAuditStore.getState().detail?.actions.map((a) => a.title)).toEqual([
      'Call every customer we lose',
    ]);
    const before = calls.length;
    fireEvent.keyDown(within(action).getByLabelText(/Note/), { key: '1' });
    expect(calls.slice(before)).toEqual([]);
    fireEvent.keyDown(within(action).getByRole('radio', { name: /Carry/ }), { key: '1' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 1 reviewed: 1 done.'));
    expect(useAuditStore.getState().detail?.actions).toEqual([]);
    fireEvent.keyDown(within(action).getByRole('radio', { name: /Done/ }), { key: '0' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 of 1 reviewed.'));
    await call(storage, 'audits.trash', { id: fourth.id });
  });
});

describe('the results of a re-assessment', () => {
  it('show the trend with the earlier audits, fetched once', async () => {
    const id = history.auditIds[2];
    const trend = await call(storage, 'audits.trend', { id });
    await act(() => useAuditStore.getState().load(id));
    const before = calls.length;
    const view = render(<Results />);
    const section = await screen.findByRole('region', { name: 'Progress since 2024-11-20' });
    const rows = within(section).getAllByRole('row').slice(1, 4);
    expect(
      rows.map((r) => [
        r.querySelector('.trend-index')?.textContent,
        r.querySelector('.trend-change')?.textContent,
      ]),
    ).toEqual(trend.audits.map((a) => [`${roundForDisplay(a.index!)} %`, changeText(a.indexChange)]));
    for (const [i, d] of trend.dimensions.entries()) {
      const cell = section.querySelector(`[data-dimension="${d.id}"]`);
      expect(cell?.textContent).toContain(
        spanText(trend.audits[0]!.dimensions[i]!.percent, trend.audits[2]!.dimensions[i]!.percent),
      );
    }
    view.rerender(<Results />);
    expect(calls.slice(before).filter((m) => m === 'audits.trend')).toEqual(['audits.trend']);
  });
});
